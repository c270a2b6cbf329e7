import Terminal
import TrainingCore

extension PrecisionRecallSimulation {
    public func view(_ state: State, size: ViewSize, theme: Theme) -> Frame {
        let chrome = SimulationChrome(title: Self.title, settings: state.settings, focus: state.focus.index,
                                      reading: reading(state),
                                      keyHelp: "←/→ threshold ∓0.05  r new data and model  ? help  q done")
        return chrome.frame(size: size, theme: theme) { width, height in
            body(state, width: width, height: height, theme: theme)
        }
    }

    func reading(_ state: State) -> String {
        if let failure = state.scored.failure { return "Training failed: \(failure)." }
        guard let m = state.atThreshold else { return "No scores." }
        let threshold = NumberText.fixed(state.settings.double("threshold"), digits: 2)
        let flagged = m.truePositives + m.falsePositives
        let positives = m.truePositives + m.falseNegatives
        var text = "At \(threshold): precision \(Self.metric(m.precision)) (\(m.truePositives) of \(flagged) flagged are positive), "
            + "recall \(Self.metric(m.recall)) (\(m.truePositives) of \(positives) positives found), F1 \(Self.metric(m.f1))"
        if let best = Self.bestF1(state.curve) {
            text += "; best F1 \(Self.metric(best.f1)) at \(NumberText.fixed(best.threshold, digits: 2))"
        }
        return text + "."
    }

    static func metric(_ value: Double) -> String { NumberText.fixed(value, digits: 2) }

    func body(_ state: State, width: Int, height: Int, theme: Theme) -> Frame {
        var parts: [Frame] = []
        if state.showHelp {
            let help = [
                "Precision: of the rows flagged positive (score ≥ threshold), the share that are positive.",
                "Recall: of the positive rows, the share flagged. F1 = 2·P·R / (P + R), high only when both are.",
                "Scores: a small MLP's P(positive) on \(state.scored.labels.count) held-out rows, one positive in four.",
            ]
            parts.append(Frame(styledLines: help.flatMap { StyledText(SimulationChrome.text($0, theme: theme), style: theme.style(.info)).wrapped(width: width) }, width: width))
        }
        parts.append(Frame(styledLines: numberLines(state, theme: theme, width: width), width: width))
        let used = parts.reduce(0) { $0 + $1.height + 1 }
        let plotHeight = max(8, min(18, height - used))
        let curve = prCurve(state)
        let trade = tradeOff(state)
        if width >= 100 {
            let left = (width - 2) / 2
            let a = curve.rendered(width: left, height: plotHeight, theme: theme)
            let b = trade.rendered(width: width - 2 - left, height: plotHeight, theme: theme)
            parts.append(Frame.sideBySide([a, b], spacing: 2).resized(width: width, height: plotHeight))
        } else {
            parts.append(curve.rendered(width: width, height: plotHeight, theme: theme))
            if height - used - plotHeight > 9 {
                parts.append(trade.rendered(width: width, height: max(8, min(plotHeight, height - used - plotHeight - 1)), theme: theme))
            }
        }
        return Frame.stacked(parts, spacing: 1, width: width)
    }

    /// `threshold 0.50   precision 0.78   recall 0.66   F1 0.71` and the counts.
    func numberLines(_ state: State, theme: Theme, width: Int) -> [StyledText] {
        guard let m = state.atThreshold else { return [] }
        var items: [StyledText] = []
        for (name, value, role) in [("threshold", NumberText.fixed(state.settings.double("threshold"), digits: 2), Theme.Role.warning),
                                    ("precision", Self.metric(m.precision), .series(0)), ("recall", Self.metric(m.recall), .series(1)),
                                    ("F1", Self.metric(m.f1), .series(2))] {
            var item = StyledText(name + " ", style: theme.style(.muted))
            item.append(value, style: theme.style(role, bold: true))
            items.append(item)
        }
        var counts = StyledText("flagged \(m.truePositives + m.falsePositives) of \(state.scored.labels.count): ", style: theme.style(.muted))
        counts.append("TP \(m.truePositives)  FP \(m.falsePositives)  FN \(m.falseNegatives)  TN \(m.trueNegatives)", style: theme.style(.text))
        items.append(counts)
        var lines: [StyledText] = []
        var line = StyledText()
        for item in items {
            if !line.isEmpty, line.cells + 3 + item.cells > width {
                lines.append(line)
                line = StyledText()
            }
            if !line.isEmpty { line.append("   ") }
            line.append(item)
        }
        if !line.isEmpty { lines.append(line) }
        return lines.map { $0.truncated(toCells: width) }
    }

    /// Precision against recall over every threshold, the current point marked by a small
    /// diamond.
    func prCurve(_ state: State) -> LinePlot {
        var series: [LinePlot.Series] = []
        if let curve = state.curve {
            series.append(LinePlot.Series("PR curve", x: curve.recall, y: curve.precision, role: .series(0)))
        }
        if let m = state.atThreshold {
            let r = m.recall, p = m.precision, dx = 0.025, dy = 0.04
            series.append(LinePlot.Series("threshold \(NumberText.fixed(state.settings.double("threshold"), digits: 2))",
                                          x: [r - dx, r, r + dx, r, r - dx], y: [p, p + dy, p, p - dy, p], role: .warning))
        }
        return LinePlot(title: "Precision against recall", series: series, xRange: -0.03...1.03, yRange: 0...1.05, xLabel: "recall")
    }

    /// Precision, recall and F1 against the threshold, with the current threshold marked.
    func tradeOff(_ state: State) -> LinePlot {
        guard let curve = state.curve, !curve.thresholds.isEmpty else {
            return LinePlot(title: "Against the threshold", series: [])
        }
        let n = curve.thresholds.count
        let precision = Array(curve.precision.prefix(n)), recall = Array(curve.recall.prefix(n))
        let f1 = zip(precision, recall).map { p, r in p + r > 0 ? 2 * p * r / (p + r) : 0 }
        let threshold = state.settings.double("threshold")
        return LinePlot(title: "Against the threshold", series: [
            LinePlot.Series("precision", x: curve.thresholds, y: precision, role: .series(0)),
            LinePlot.Series("recall", x: curve.thresholds, y: recall, role: .series(1)),
            LinePlot.Series("F1", x: curve.thresholds, y: f1, role: .series(2)),
        ], markers: [LinePlot.Marker(x: threshold, label: NumberText.fixed(threshold, digits: 2))],
        xRange: 0...1, yRange: 0...1.05, xLabel: "threshold")
    }
}
