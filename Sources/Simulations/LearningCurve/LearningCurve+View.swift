import Terminal
import TrainingCore

extension LearningCurve {
    /// Scores below this are drawn at it (a memorising model can score far below 0 on few
    /// points); the table and the snapshot keep the real values.
    static let plotFloor = -0.5

    public func view(_ state: State, size: ViewSize, theme: Theme) -> Frame {
        let chrome = SimulationChrome(title: Self.title, settings: state.settings, focus: state.focus.index,
                                      reading: reading(state),
                                      keyHelp: "←/→ change capacity  r new data  ? help  q done")
        return chrome.frame(size: size, theme: theme) { width, height in
            body(state, width: width, height: height, theme: theme)
        }
    }

    func reading(_ state: State) -> String {
        let points = averagedPoints(state)
        guard let reading = LearningCurveReading.read(points, referenceSize: Self.referenceSize),
              let reference = points.first(where: { $0.size == Self.referenceSize }), let last = points.last else {
            return "Training the curve… (\(state.runs.compactMap { $0 }.count)/\(state.runs.count) runs)"
        }
        let change = "validation score \(NumberText.fixed(reference.validationScore, digits: 2)) at \(reference.size) points → \(NumberText.fixed(last.validationScore, digits: 2)) at \(last.size)"
        return "Reading: \(reading.explanation) (\(change))."
    }

    private func body(_ state: State, width: Int, height: Int, theme: Theme) -> Frame {
        if state.showHelp { return help(width: width, theme: theme) }
        let plot = curvePlot(state, theme: theme)
        let table = scoreTable(state, theme: theme)
        if width >= 100 {
            let tableWidth = 40
            let plotFrame = plot.rendered(width: width - tableWidth - 2, height: max(10, min(height, 24)), theme: theme)
            let tableFrame = table.rendered(width: tableWidth, theme: theme)
            return Frame.sideBySide([plotFrame, Frame(width: 2, height: 1), tableFrame])
                .resized(width: width, height: max(plotFrame.height, tableFrame.height))
        }
        let tableFrame = table.rendered(width: width, theme: theme)
        let plotHeight = max(8, min(18, height - tableFrame.height - 1))
        let plotFrame = plot.rendered(width: width, height: plotHeight, theme: theme)
        if width < 60 || plotHeight + tableFrame.height + 1 > height { return plotFrame }
        return Frame.stacked([plotFrame, Frame(width: width, height: 1), tableFrame], width: width)
    }

    /// Training and validation scores against size on a log axis, each point joined to the
    /// next by a dotted segment.
    private func curvePlot(_ state: State, theme: Theme) -> Scatter {
        let points = averagedPoints(state)
        let ascii = theme.glyphs == .ascii
        var marks: [ScatterPoint] = []
        let series: [(group: Int, value: (LearningCurvePoint) -> Double)] = [(0, \.trainScore), (1, \.validationScore)]
        for (group, value) in series {
            for (a, b) in zip(points, points.dropFirst()) {
                let ya = max(Self.plotFloor, value(a)), yb = max(Self.plotFloor, value(b))
                guard ya.isFinite, yb.isFinite else { continue }
                let steps = 48  // enough for one dot per column at 200 columns
                for step in 1..<steps {
                    let f = Double(step) / Double(steps)
                    // Evenly in log(size): x = a·(b/a)^f, by repeated multiplication.
                    let x = Double(a.size) * DeterministicMath.pow(Double(b.size) / Double(a.size), f)
                    marks.append(ScatterPoint(x: x, y: ya + (yb - ya) * f, group: group, mark: .custom(ascii ? "." : "·")))
                }
            }
        }
        for (group, value) in series {
            for point in points where value(point).isFinite {
                marks.append(ScatterPoint(x: Double(point.size), y: max(Self.plotFloor, value(point)), group: group))
            }
        }
        let lowest = points.flatMap { [$0.trainScore, $0.validationScore] }.filter(\.isFinite).min() ?? 0
        let bottom = max(Self.plotFloor, min(0, (lowest * 5).rounded(.down) / 5))
        let pending = state.runs.contains { $0 == nil }
        let title = "\(Self.r2(theme)) score by training-set size (log scale)" + (pending ? " (training…)" : "")
        return Scatter(title: title, points: marks, groupNames: ["train", "validation"],
                       xRange: Double(Self.sizes.first ?? 10)...Double(Self.sizes.last ?? 320),
                       yRange: bottom...1, logX: true, xLabel: "training points")
    }

    /// "R²", or "R^2" where only ASCII can be shown.
    static func r2(_ theme: Theme) -> String { theme.glyphs == .ascii ? "R^2" : "R²" }

    private func scoreTable(_ state: State, theme: Theme) -> Table {
        let points = averagedPoints(state)
        let rows = Self.sizes.map { size -> [String] in
            guard let point = points.first(where: { $0.size == size }) else { return [String(size), "…", "…", "…"] }
            return [String(size), NumberText.fixed(point.trainScore, digits: 2),
                    NumberText.fixed(point.validationScore, digits: 2), NumberText.fixed(point.gap, digits: 2)]
        }
        let reference = Self.sizes.firstIndex(of: Self.referenceSize)
        return Table(title: "Mean of \(Self.repeats) data draws",
                     columns: [.init("points", alignment: .right), .init("train \(Self.r2(theme))", alignment: .right),
                               .init("val \(Self.r2(theme))", alignment: .right), .init("gap", alignment: .right)],
                     rows: rows, highlightedRow: reference)
    }

    private func help(width: Int, theme: Theme) -> Frame {
        let lines: [StyledText] = [
            StyledText("How to read it", style: theme.style(.heading, bold: true)),
            StyledText("complexity: ", style: theme.style(.accent, bold: true)) + StyledText(parameters[0].help),
            StyledText("\(Self.r2(theme)) is 1 for a perfect fit, 0 for predicting the mean; the noise caps it near 0.85."),
            StyledText("A wide gap that narrows as the set grows: the model is data-hungry, more data helps. Two low curves that flatten together: the model is too simple, more data will not help."),
            StyledText("Reading: more data helps when validation gains more than 0.05 from \(Self.referenceSize) to \(Self.sizes.last ?? 320) points; else a training score under 0.75 means a low plateau."),
            StyledText("Keys: r draws new data, ? closes this help.", style: theme.style(.muted)),
        ]
        return Frame(styledLines: lines.flatMap { $0.wrapped(width: width) }, width: width)
    }
}
