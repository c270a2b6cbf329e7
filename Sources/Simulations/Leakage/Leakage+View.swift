import Terminal

extension Leakage {
    public func view(_ state: State, size: ViewSize, theme: Theme) -> Frame {
        let chrome = SimulationChrome(title: Self.title, settings: state.settings, focus: state.focus.index,
                                      reading: reading(state),
                                      keyHelp: "←/→ Space switch split  r new sample  t retrain  ? help  q done")
        return chrome.frame(size: size, theme: theme) { width, height in
            body(state, width: width, theme: theme)
        }
    }

    func reading(_ state: State) -> String {
        if let failure = state.failure { return "Training failed: \(failure)." }
        guard let run = state.run else {
            return "Training… step \(state.training?.stepCount ?? 0) of \(trainingSteps)."
        }
        let val = NumberText.percent(run.validationAccuracy, digits: 0)
        let new = NumberText.percent(run.newEntityAccuracy, digits: 0)
        let both = state.split.entitiesOnBothSides
        if state.settings.choice("split") == "sample" {
            return "Split by sample: validation \(val), new entities \(new); \(both) of \(state.split.entityCount) entities sit on both sides, so validation rewards recognising them."
        }
        return "Split by entity: validation \(val), new entities \(new); no entity is on both sides, so validation tells what to expect on new ones."
    }

    func body(_ state: State, width: Int, theme: Theme) -> Frame {
        var parts: [Frame] = []
        if state.showHelp {
            let help = [
                "Each entity (a patient) has \(samplesPerEntity) samples (scans) that share a private signature much stronger than the class signal.",
                "split=sample shuffles samples into training and validation; split=entity keeps each entity's samples together.",
                "New entities are \(newEntityCount) more, never seen: their accuracy is what the model would really get.",
            ]
            parts.append(Frame(styledLines: help.flatMap { StyledText($0, style: theme.style(.info)).wrapped(width: width) }, width: width))
        }
        parts.append(splitPicture(state.split, width: width, theme: theme))
        parts.append(scores(state, width: width, theme: theme))
        return Frame.stacked(parts, spacing: 1, width: width)
    }

    /// One cell per entity: how many of its samples went to validation (`·` none, `█` all,
    /// partial blocks for an entity split across both sides).
    func splitPicture(_ split: GroupedSplit, width: Int, theme: Theme) -> Frame {
        let ascii = theme.glyphs == .ascii
        let k = split.samplesPerEntity
        let perRow = Self.cellsPerRow(entities: split.entityCount, width: width)
        var lines: [StyledText] = [
            StyledText("Where each entity's \(k) samples went (one cell per entity)", style: theme.style(.heading, bold: true)),
        ]
        var line = StyledText()
        for (index, count) in split.validationSamplesPerEntity.enumerated() {
            if index > 0, index % perRow == 0 {
                lines.append(line)
                line = StyledText()
            }
            line.append(Self.glyph(count: count, of: k, ascii: ascii), style: Self.role(count: count, of: k, theme: theme))
        }
        if !line.isEmpty { lines.append(line) }
        var legend = StyledText()
        // Every partial glyph the picture can use (▂▄▆: more of the entity in validation).
        var both: [Int] = []
        for count in 1..<max(2, k) where !both.contains(where: { Self.glyph(count: $0, of: k, ascii: ascii) == Self.glyph(count: count, of: k, ascii: ascii) }) {
            both.append(count)
        }
        for (counts, text) in [([0], " all in training   "), (both, " on both sides   "), ([k], " all in validation")] {
            for count in counts {
                legend.append(Self.glyph(count: count, of: k, ascii: ascii), style: Self.role(count: count, of: k, theme: theme))
            }
            legend.append(text, style: theme.style(.muted))
        }
        lines.append(legend)
        var summary = StyledText("\(split.entitiesOnBothSides) of \(split.entityCount)", style: theme.style(split.entitiesOnBothSides > 0 ? .bad : .good, bold: true))
        summary.append(" entities have samples in both training and validation", style: theme.style(.text))
        lines.append(summary)
        return Frame(styledLines: lines.flatMap { Self.fit($0, width: width) }, width: width)
    }

    /// The line as it is when it fits (keeping its spacing), else wrapped by words.
    static func fit(_ line: StyledText, width: Int) -> [StyledText] {
        line.cells <= width ? [line] : line.wrapped(width: width)
    }

    /// Entities per row: a round number that fits the width.
    static func cellsPerRow(entities: Int, width: Int) -> Int {
        for candidate in [100, 50, 40, 25, 20, 10] where candidate <= width && candidate <= max(10, entities) {
            return candidate
        }
        return max(1, width)
    }

    static func glyph(count: Int, of total: Int, ascii: Bool) -> String {
        if count == 0 { return ascii ? "." : "·" }
        if count >= total { return ascii ? "#" : "█" }
        if ascii { return String(min(9, count)) }
        let partial = ["▂", "▄", "▆"]
        return partial[min(partial.count - 1, (count * partial.count) / max(1, total))]
    }

    static func role(count: Int, of total: Int, theme: Theme) -> Style {
        if count == 0 { return theme.style(.muted) }
        if count >= total { return theme.style(.series(1), bold: true) }
        return theme.style(.warning, bold: true)
    }

    /// The two accuracies as bars, the gap, and the set sizes.
    func scores(_ state: State, width: Int, theme: Theme) -> Frame {
        var lines: [StyledText] = []
        guard let run = state.run else {
            let done = state.training?.stepCount ?? 0
            lines.append(StyledText("Training the same MLP on this split… step \(done) of \(trainingSteps)", style: theme.style(.warning, bold: true)))
            return Frame(styledLines: lines, width: width)
        }
        let bars = BarChart(title: SimulationChrome.text("Same model (MLP 6→32→32→2, \(run.steps) Adam steps), split by \(state.settings.choice("split"))", theme: theme), bars: [
            BarChart.Bar("validation", run.validationAccuracy, valueText: NumberText.percent(run.validationAccuracy), role: .series(1)),
            BarChart.Bar("new entities", run.newEntityAccuracy, valueText: NumberText.percent(run.newEntityAccuracy), role: .series(2)),
            BarChart.Bar("training", run.trainAccuracy, valueText: NumberText.percent(run.trainAccuracy), role: .muted),
        ], maxValue: 1)
        let barFrame = bars.rendered(width: min(width, 80), theme: theme).resized(width: width, height: 4)
        let gap = run.validationAccuracy - run.newEntityAccuracy
        let points = Int((gap * 100).rounded())
        var gapLine = StyledText("validation − new entities: ", style: theme.style(.muted))
        gapLine.append((points > 0 ? "+" : "") + "\(points) points", style: theme.style(abs(points) >= 10 ? .bad : .good, bold: true))
        gapLine.append(abs(points) >= 10 ? "  the validation score is optimistic" : "  validation predicts new entities", style: theme.style(.text))
        lines.append(gapLine)
        let split = state.split
        lines.append(StyledText("training \(split.trainIndices.count) samples · validation \(split.validationIndices.count) samples · new entities \(newEntityCount) (\(split.newEntities.count) samples), chance 50%",
                                style: theme.style(.muted)))
        return Frame.stacked([barFrame, Frame(styledLines: lines.flatMap { Self.fit($0, width: width) }, width: width)], spacing: 1, width: width)
    }
}
