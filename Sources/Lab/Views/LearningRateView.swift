import Terminal
import TrainingCore

/// The text of `lab lr-find`: the loss against the learning rate (log scale), the minimum and
/// the suggested rate marked, and how to use it.
public enum LearningRateView {
    /// The search drawn at `width` cells; `path` names the file.
    public static func frame(_ search: LearningRateSearch, path: String, width: Int, theme: Theme) -> Frame {
        var page = LabPage()
        let r = search.result
        page.heading("Learning-rate range test on \(path) with \(search.modelSummary)")
        page.paragraph("\(r.learningRates.count) mini-batches of \(search.spec.batchSize) from \(search.trainingCount) training rows, \(search.spec.optimizer == .adam ? "Adam" : "SGD"), the learning rate growing from \(LabFormat.short(r.learningRates.first ?? .nan)) to \(LabFormat.short(r.learningRates.last ?? .nan))" + (r.stoppedAtDivergence ? ", stopped when the loss blew up." : "."))
        let x = r.learningRates.map { log10($0) }
        // Keep the blow-up from flattening the useful part: show up to 1.5× the starting loss.
        let finite = (r.losses + r.smoothedLosses).filter(\.isFinite)
        let start = r.smoothedLosses.first { $0.isFinite } ?? 1
        let top = min(finite.max() ?? 1, 1.5 * start)
        let bottom = min(0, finite.min() ?? 0)
        let plot = LinePlot(title: "Loss against learning rate (x: log10 of the rate)",
                            series: [LinePlot.Series("loss", x: x, y: r.losses, role: .muted),
                                     LinePlot.Series("smoothed", x: x, y: r.smoothedLosses, role: .series(0))],
                            markers: [LinePlot.Marker(x: log10(r.suggestedLearningRate), label: "suggested", role: .good),
                                      LinePlot.Marker(x: log10(r.steepestDescentRate), label: "steepest", role: .warning)],
                            yRange: top > bottom ? bottom...top : nil, xLabel: "log10(learning rate)")
        page.add(plot)
        var line = StyledText("Suggested learning rate: ", style: Style(bold: true))
        line.append(LabFormat.short(r.suggestedLearningRate), style: theme.style(.accent, bold: true))
        line.append(" (a decade below \(LabFormat.short(r.steepestDescentRate)), where the smoothed loss fell fastest; it was lowest at \(LabFormat.short(r.minimumLossRate)))")
        page.lines([line])
        page.paragraph("Train with it: lesson lab train \(path) --target \(search.target) --lr \(LabFormat.short(r.suggestedLearningRate))" + (search.spec.optimizer == .sgd ? " --optimizer sgd" : "") + ". Where the loss falls fastest is the useful range; where it turns up, the rate is too high.",
                       role: .info)
        return page.render(width: width, theme: theme)
    }

    /// log10 by the core's deterministic log.
    static func log10(_ x: Double) -> Double {
        x > 0 ? DeterministicMath.log(x) / DeterministicMath.log(10) : -.infinity
    }
}
