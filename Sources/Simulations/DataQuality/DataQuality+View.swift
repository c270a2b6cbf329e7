import Terminal

extension DataQuality {
    public func view(_ state: State, size: ViewSize, theme: Theme) -> Frame {
        let chrome = SimulationChrome(title: Self.title, settings: state.settings, focus: state.focus.index,
                                      reading: reading(state),
                                      keyHelp: "←/→ change  ↑/↓ Tab focus  Space next stage  r new sample  t retrain  ? help  q done")
        return chrome.frame(size: size, theme: theme) { width, height in
            body(state, width: width, height: height, theme: theme)
        }
    }

    /// One line: what the current stage did to the data, and the test accuracy.
    func reading(_ state: State) -> String {
        if let failure = state.failure { return "Training failed: \(failure)." }
        let data = state.data
        let wrong = data.training.filter(\.isMislabeled).count
        let accuracy = state.testAccuracy.map { "test accuracy \(NumberText.percent($0)) on clean data" }
            ?? "training… step \(state.training?.stepsDone ?? 0) of \(trainingSteps)"
        switch state.settings.choice("stage") {
        case "cleaned", "augmented":
            guard let cleaning = data.cleaning else { return accuracy }
            let removed = cleaning.droppedAsOutliers + cleaning.droppedByVote
            let bad = removed.filter { $0.isMislabeled || $0.isOutlier }.count
            let prefix = state.settings.choice("stage") == "augmented"
                ? "Augmented: \(cleaning.kept.count) cleaned points + \(Self.augmentationCopies) jittered copies each = \(data.training.count); "
                : "Cleaning dropped \(removed.count) points (\(bad) really bad, \(removed.count - bad) good); "
            let left = data.training.filter(\.isMislabeled).count
            return prefix + "\(left) wrong label\(left == 1 ? "" : "s") left; " + accuracy + "."
        default:
            let outliers = data.training.filter(\.isOutlier).count
            let share = data.training.isEmpty ? 0 : Double(wrong) / Double(data.training.count)
            return "Raw: \(wrong) of \(data.training.count) labels are wrong (\(NumberText.percent(share, digits: 0))) and \(outliers) outliers; " + accuracy + "."
        }
    }

    func body(_ state: State, width: Int, height: Int, theme: Theme) -> Frame {
        var top: [Frame] = []
        if state.showHelp {
            top.append(Frame(styledLines: helpLines(theme: theme, width: width), width: width))
        }
        let side = width >= 90
        let statsWidth = side ? 30 : width
        let mapWidth = side ? width - statsWidth - 2 : width
        let stats = statsLines(state, theme: theme, width: statsWidth)
        let reserved = top.reduce(0) { $0 + $1.height + 1 } + (side ? 0 : stats.count + 1)
        let mapHeight = max(8, min(24, height - reserved))
        let map = heatMap(state).rendered(width: mapWidth, height: mapHeight, theme: theme)
        if side {
            let panel = Frame(styledLines: stats, width: statsWidth)
            top.append(Frame.sideBySide([map, panel], spacing: 2).resized(width: width, height: max(map.height, panel.height)))
        } else {
            top.append(map)
            top.append(Frame(styledLines: stats, width: width))
        }
        return Frame.stacked(top, spacing: 1, width: width)
    }

    func heatMap(_ state: State) -> HeatMap {
        let points = state.data.training.map { point in
            ScatterPoint(x: point.x, y: point.y, group: point.label,
                         mark: point.isMislabeled || point.isOutlier ? .outlier : .dot)
        }
        // The ✕ marks both kinds of bad point, so the legend says so (its default reads "outlier").
        return HeatMap(title: "P(class 1) of the trained MLP on the training points", values: state.map, range: 0...1,
                       xRange: NoisyMoons.xRange, yRange: NoisyMoons.yRange, points: points,
                       groupNames: ["label 0", "label 1"], markLabels: MarkLabels(outlier: "wrong label or outlier"))
    }

    /// The numbers beside (or under) the map: the pipeline with the current stage marked, the
    /// training set, what cleaning did, the test accuracy.
    func statsLines(_ state: State, theme: Theme, width: Int) -> [StyledText] {
        let data = state.data
        let stage = state.settings.choice("stage")
        var lines: [StyledText] = []
        var pipeline = StyledText()
        for (index, name) in ["raw", "cleaned", "augmented"].enumerated() {
            if index > 0 { pipeline.append(SimulationChrome.text(" → ", theme: theme), style: theme.style(.muted)) }
            pipeline.append(name == stage ? "[\(name)]" : name, style: name == stage ? theme.style(.accent, bold: true) : theme.style(.muted))
        }
        lines.append(pipeline)
        lines.append(StyledText())
        func row(_ label: String, _ value: String, _ role: Theme.Role = .text) {
            var line = StyledText(TextWidth.pad(label, toCells: 15), style: theme.style(.muted))
            line.append(value, style: theme.style(role, bold: role != .text))
            lines.append(line)
        }
        let wrong = data.training.filter(\.isMislabeled).count
        let outliers = data.training.filter(\.isOutlier).count
        row("training set", String(data.training.count))
        row("wrong labels", "\(wrong) (\(NumberText.percent(data.training.isEmpty ? 0 : Double(wrong) / Double(data.training.count), digits: 0)))", wrong > 0 ? .bad : .good)
        row("outliers", String(outliers), outliers > 0 ? .bad : .good)
        if let cleaning = data.cleaning {
            let removed = cleaning.droppedAsOutliers + cleaning.droppedByVote
            row("removed", "\(removed.count) of \(data.raw.count)")
            row("  bad ones", String(removed.filter { $0.isMislabeled || $0.isOutlier }.count), .good)
            row("  good ones", String(removed.filter { !$0.isMislabeled && !$0.isOutlier }.count), .warning)
        }
        if stage == "augmented" {
            row("copies", "\(Self.augmentationCopies) × jitter σ \(NumberText.short(Self.augmentationJitter))")
        }
        lines.append(StyledText())
        if let accuracy = state.testAccuracy {
            row("test accuracy", NumberText.percent(accuracy), .accent)
        } else if let training = state.training {
            row("training", "step \(training.stepsDone) of \(trainingSteps)", .warning)
        }
        row("test set", "\(testCount) clean")
        row("model", SimulationChrome.text("MLP 2→32→32→2", theme: theme))
        return lines.map { $0.truncated(toCells: width) }
    }

    func helpLines(theme: Theme, width: Int) -> [StyledText] {
        [
            "quality: percent of clean labels; (100 − quality)% × ½ of the labels are flipped, and a few far outliers added.",
            "cleaned: drop points far from all others, then points whose 21 nearest neighbours mostly carry the other label.",
            "augmented: the cleaned points plus two jittered copies of each. The test set is always clean.",
        ].flatMap { StyledText($0, style: theme.style(.info)).wrapped(width: width) }
    }
}
