import Terminal
import TrainingCore

/// The text of `lab lr-find`: the loss against the learning rate (log scale), the minimum and
/// the suggested rate marked, and how to use it.
public enum LearningRateView {
    /// The search drawn at `width` cells; `path` names the file.
    public static func frame(_ search: LearningRateSearch, path: String, delimiter: Character = ",", width: Int, theme: Theme) -> Frame {
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
        page.paragraph("Train with it: " + trainCommand(search, path: path, delimiter: delimiter) + ". Where the loss falls fastest is the useful range; where it turns up, the rate is too high.",
                       role: .info)
        return page.render(width: width, theme: theme)
    }

    /// The `lesson lab train` command that trains what the range test swept (the same columns,
    /// model, batch size, optimizer and seed) at the suggested rate: options left at their
    /// defaults are not written.
    public static func trainCommand(_ search: LearningRateSearch, path: String, delimiter: Character = ",") -> String {
        let spec = search.spec, data = search.data
        var words = ["lesson", "lab", "train", path]
        if delimiter != "," { words += ["--delimiter", delimiter == "\t" ? "tab" : String(delimiter)] }
        words += ["--target", search.target]
        if let group = data.group { words += ["--group", group] }
        if !data.ignore.isEmpty { words += ["--ignore", data.ignore.joined(separator: ",")] }
        if data.oneHot { words.append("--one-hot") }
        if spec.kind != .mlp { words += ["--model", spec.kind.rawValue] }
        if spec.kind == .mlp, spec.hidden != [32, 32] { words += ["--hidden", spec.hidden.map(String.init).joined(separator: ",")] }
        if spec.batchSize != 32 { words += ["--batch-size", String(spec.batchSize)] }
        if spec.optimizer != .adam { words += ["--optimizer", spec.optimizer.rawValue] }
        if spec.seed != 1 { words += ["--seed", String(spec.seed)] }
        words += ["--lr", LabFormat.short(search.result.suggestedLearningRate)]
        return words.map(shellWord).joined(separator: " ")
    }

    /// A word as a POSIX shell reads it: quoted when it holds anything but plain characters.
    static func shellWord(_ word: String) -> String {
        let plain = word.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "-_./,:=+@%".contains($0)) }
        return plain && !word.isEmpty ? word : "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// log10 by the core's deterministic log.
    static func log10(_ x: Double) -> Double {
        x > 0 ? DeterministicMath.log(x) / DeterministicMath.log(10) : -.infinity
    }
}
