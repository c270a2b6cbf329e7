import Terminal

extension Complexity {
    public func view(_ state: State, size: ViewSize, theme: Theme) -> Frame {
        let chrome = SimulationChrome(title: Self.title, settings: state.settings, focus: state.focus.index,
                                      reading: reading(state),
                                      keyHelp: "←/→ change  ↑/↓ Tab focus  t replay  r new data  ? help  q done")
        return chrome.frame(size: size, theme: theme) { width, height in
            body(state, width: width, height: height, theme: theme)
        }
    }

    /// Losses below this are drawn at it: a memorised training set reaches 1e-14, which would
    /// squash every other line against the top of a log axis. The snapshot keeps the real values.
    static let plotFloor = 1e-3

    /// The one-line reading under the plots.
    func reading(_ state: State) -> String {
        guard let fit = state.fit else { return "No run: the training could not be set up." }
        let numbers = "train \(NumberText.fixed(fit.finalTrainLoss, digits: 3)), validation \(NumberText.fixed(fit.finalValidationLoss, digits: 3))"
        return "Verdict: \(state.verdict.explanation) (\(numbers))."
    }

    private func body(_ state: State, width: Int, height: Int, theme: Theme) -> Frame {
        if state.showHelp { return help(width: width, theme: theme) }
        let loss = lossPlot(state)
        let sweep = sweepPlot(state)
        if width < 60 {
            // Compact: the curves, then the sweep's best complexity in words.
            let best = state.sweep.compactMap { $0 }.filter { $0.validationLoss.isFinite }.min { $0.validationLoss < $1.validationLoss }
            let line = best.map { "Sweep: lowest validation loss at complexity \($0.complexity)." } ?? "Sweep: training…"
            return VStack([StackItem(loss, size: .flexible(1)), StackItem(Paragraph(line, style: theme.style(.muted)))])
                .rendered(width: width, height: max(6, min(height, 18)), theme: theme)
        }
        if width < 100 {
            let each = max(8, min(16, (height - 1) / 2))
            return VStack(spacing: 1, [StackItem(loss, size: .fixed(each)), StackItem(sweep, size: .fixed(each))])
                .rendered(width: width, height: min(height, 2 * each + 1), theme: theme)
        }
        let top = max(10, min(20, height * 11 / 20))
        let row = HStack(spacing: 2, [loss, sweep]).rendered(width: width, height: top, theme: theme)
        let rest = height - top - 1
        guard rest >= 9 else { return row }
        let fit = fitPlot(state, theme: theme).rendered(width: width, height: min(rest, 16), theme: theme)
        return Frame.stacked([row, Frame(width: width, height: 1), fit], width: width)
    }

    private func lossPlot(_ state: State) -> LinePlot {
        guard let fit = state.fit else { return LinePlot(title: "Loss by epoch", series: []) }
        let shown = min(fit.epochs.count, state.replayShown ?? fit.epochs.count)
        let epochs = Array(fit.epochs.prefix(shown))
        var markers: [LinePlot.Marker] = []
        let validation = fit.validationLoss
        if let lowest = validation.indices.filter({ validation[$0].isFinite }).min(by: { validation[$0] < validation[$1] }),
           lowest < shown, lowest > 0, lowest < fit.epochs.count - 1 {
            markers.append(LinePlot.Marker(x: fit.epochs[lowest], label: "val min", role: .warning))
        }
        let title = state.replayShown == nil ? "Loss by epoch (log scale)" : "Loss by epoch (replay)"
        let floor = Self.plotFloor
        return LinePlot(
            title: title,
            series: [
                .init("train", x: epochs, y: fit.trainLoss.prefix(shown).map { max($0, floor) }, role: .series(0)),
                .init("validation", x: epochs, y: validation.prefix(shown).map { max($0, floor) }, role: .series(1)),
            ],
            markers: markers, logY: true,
            xRange: 0...(fit.epochs.last ?? 1), xLabel: "epoch")
    }

    private func sweepPlot(_ state: State) -> LinePlot {
        let done = state.sweep.compactMap { $0 }
        let x = done.map { Double($0.complexity) }
        let pending = state.sweep.count - done.count
        let title = pending > 0 ? "Final loss by complexity (training \(done.count)/\(state.sweep.count))"
                                : "Final loss by complexity (log scale)"
        let current = state.settings.int("complexity")
        return LinePlot(
            title: title,
            series: [
                .init("train", x: x, y: done.map { max($0.trainLoss, Self.plotFloor) }, role: .series(0)),
                .init("validation", x: x, y: done.map { max($0.validationLoss, Self.plotFloor) }, role: .series(1)),
            ],
            markers: [LinePlot.Marker(x: Double(current), label: "now \(current)", role: .accent)],
            logY: true, xRange: 1...100, xLabel: "complexity")
    }

    /// The training points and the fitted polynomial over the period.
    private func fitPlot(_ state: State, theme: Theme) -> Scatter {
        let ascii = theme.glyphs == .ascii
        var points: [ScatterPoint] = []
        if let fit = state.fit {
            for (x, y) in zip(fit.curveX, fit.curveY) {
                points.append(ScatterPoint(x: x, y: min(2.5, max(-2.5, y)), group: 1, mark: .custom(ascii ? "." : "•")))
            }
        }
        let pool = task.pool(seed: state.seed).evenlySpaced(task.trainingSize(dataPercent: state.settings.int("data")))
        for (x, y) in zip(pool.x, pool.y) {
            points.append(ScatterPoint(x: x, y: y, group: 0, mark: .custom(ascii ? "o" : "●")))
        }
        let degree = CurveFittingTask.degree(complexity: state.settings.int("complexity"))
        return Scatter(title: "Degree-\(degree) fit (dotted line) and the \(pool.count) training points",
                       points: points, xRange: 0...6.3, yRange: -2.5...2.5, xLabel: "x")
    }

    private func help(width: Int, theme: Theme) -> Frame {
        var lines: [StyledText] = [StyledText("How to read it", style: theme.style(.heading, bold: true))]
        for spec in parameters {
            lines.append(StyledText("\(spec.name): ", style: theme.style(.accent, bold: true)) + StyledText(spec.help))
        }
        lines.append(StyledText("Verdict: underfit when the training loss stays above 30% of the target variance; overfit when the training loss is under a quarter of the validation loss and validation has risen 5% above its minimum (or sits 30% of the variance above training); good otherwise."))
        lines.append(StyledText("Keys: t replays the training, r draws a new data sample, ? closes this help.", style: theme.style(.muted)))
        return Frame(styledLines: lines.flatMap { $0.wrapped(width: width) }, width: width)
    }
}
