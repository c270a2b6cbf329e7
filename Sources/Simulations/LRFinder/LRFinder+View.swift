import Terminal
import TrainingCore

extension LRFinder {
    /// log₁₀ by the core's deterministic logarithm.
    static func log10(_ x: Double) -> Double {
        x > 0 ? DeterministicMath.log(x) / DeterministicMath.log(10) : -.infinity
    }

    func reading(_ state: State) -> String {
        if let failure = state.failure { return "Could not run the sweep: \(failure)" }
        guard let run = state.run else { return "Press t to run the sweep." }
        if let shown = state.shown {
            let rate = run.report.learningRates[min(shown, run.report.learningRates.count - 1)]
            return "Sweeping… step \(shown) of \(run.report.learningRates.count), learning rate \(NumberText.short(rate))."
        }
        let report = run.report
        var text = "Suggested lr \(NumberText.short(report.suggestedLearningRate)): a tenth of \(NumberText.short(report.steepestDescentRate)), where the smoothed loss falls fastest (it bottoms out at \(NumberText.short(report.minimumLossRate)))"
        if let divergence = run.divergenceRate {
            text += "; it blows up by \(NumberText.short(divergence))"
        }
        text += ". Training at it takes the loss from \(NumberText.short(run.checkStart)) to \(NumberText.short(run.checkEnd)) in \(run.checkLosses.count) steps."
        return text
    }

    public func view(_ state: State, size: ViewSize, theme: Theme) -> Frame {
        let chrome = SimulationChrome(
            title: Self.title, settings: state.settings, focus: state.focus.index, reading: reading(state),
            keyHelp: "←/→ Space optimizer  t replay the sweep  r new data  ? how it works  q done")
        return chrome.frame(size: size, theme: theme) { width, height in
            body(state, width: width, height: height, theme: theme)
        }
    }

    private func body(_ state: State, width: Int, height: Int, theme: Theme) -> Frame {
        guard let run = state.run else { return Frame(width: width, height: 1) }
        var extra: [Frame] = []
        if state.showHelp {
            let text = "The sweep trains \(recipe.sweepSteps) steps, multiplying the learning rate by the same factor each step "
                + "from 1e-6 to 10. The loss is smoothed (β = 0.9); the sweep stops when it exceeds 4× its minimum. "
                + "Take a rate a decade below where the loss falls fastest (marked steepest): the minimum is already at the edge of blowing up."
            extra.append(Paragraph(text, style: theme.style(.muted)).rendered(width: width, theme: theme))
        }
        let room = max(10, height - extra.reduce(0) { $0 + $1.height })
        let sweep = sweepPlot(state, run: run, theme: theme)
        let check = checkPlot(run)
        let panels: Frame
        if width >= 110 {
            panels = HStack(spacing: 2, [StackItem(sweep, size: .flexible(3)), StackItem(check, size: .flexible(2))])
                .rendered(width: width, height: min(room, 22), theme: theme)
        } else if width >= 60 {
            let sweepHeight = max(10, min(room * 3 / 5, 18))
            panels = Frame.stacked([
                sweep.rendered(width: width, height: sweepHeight, theme: theme),
                check.rendered(width: width, height: max(8, min(room - sweepHeight, 12)), theme: theme),
            ], width: width)
        } else {
            panels = sweep.rendered(width: width, height: max(10, min(room, 16)), theme: theme)
        }
        return Frame.stacked([panels] + extra, width: width)
    }

    private func sweepPlot(_ state: State, run: LRFinderRun, theme: Theme) -> LinePlot {
        let report = run.report
        let count = min(state.shown ?? report.learningRates.count, report.learningRates.count)
        let x = report.learningRates.prefix(count).map(Self.log10)
        var markers: [LinePlot.Marker] = []
        if state.shown == nil {
            markers.append(LinePlot.Marker(x: Self.log10(report.suggestedLearningRate),
                                           label: "suggested \(NumberText.short(report.suggestedLearningRate))", role: .good))
            markers.append(LinePlot.Marker(x: Self.log10(report.steepestDescentRate), label: "steepest", role: .warning))
            if let divergence = run.divergenceRate {
                markers.append(LinePlot.Marker(x: Self.log10(divergence), label: "blow-up", role: .bad))
            }
        }
        return LinePlot(
            title: "loss during the sweep (\(state.optimizerName))",
            series: [LinePlot.Series("smoothed loss", x: Array(x), y: Array(report.smoothedLosses.prefix(count)), role: .series(0))],
            markers: markers,
            xRange: Self.log10(LRFinderRecipe.start)...Self.log10(LRFinderRecipe.end),
            xLabel: SimulationChrome.text("log₁₀ learning rate", theme: theme))
    }

    private func checkPlot(_ run: LRFinderRun) -> LinePlot {
        LinePlot(title: "training at lr \(NumberText.short(run.report.suggestedLearningRate))",
                 series: [LinePlot.Series("loss", x: run.checkLosses.indices.map { Double($0 + 1) }, y: run.checkLosses, role: .series(1))],
                 xLabel: "step")
    }
}
