import Terminal

extension Regularization {
    public func view(_ state: State, size: ViewSize, theme: Theme) -> Frame {
        let chrome = SimulationChrome(title: Self.title, settings: state.settings, focus: state.focus.index,
                                      reading: reading(state),
                                      keyHelp: "↑/↓ Tab focus  Space or ←/→ toggle  t replay  r new data  ? help  q done")
        return chrome.frame(size: size, theme: theme) { width, height in
            body(state, width: width, height: height, theme: theme)
        }
    }

    func reading(_ state: State) -> String {
        guard let run = state.current else {
            return "Training this combination… (\(state.runs.compactMap { $0 }.count)/16 done)"
        }
        let numbers = "validation \(NumberText.fixed(run.keptValidationLoss, digits: 2)) − train \(NumberText.fixed(run.keptTrainLoss, digits: 2))"
        let on = state.selected.count
        var text = "Overfitting gap \(NumberText.fixed(run.gap, digits: 2)) (\(numbers))"
        if let none = state.runs[0], state.selected.index != 0 {
            text += ", \(on) regularizer\(on == 1 ? "" : "s") on vs \(NumberText.fixed(none.gap, digits: 2)) with none"
        } else if on == 0 {
            text += " with no regularization"
        }
        if let stopped = run.stoppedEpoch, let best = run.bestEpoch {
            text += "; stopped at epoch \(Int(stopped)), kept epoch \(Int(best))"
        }
        return text + "."
    }

    private func body(_ state: State, width: Int, height: Int, theme: Theme) -> Frame {
        if state.showHelp { return help(width: width, theme: theme) }
        let diagram = networkDiagram(state, width: width >= 100 ? width * 11 / 20 : width, theme: theme)
        if width >= 100 {
            let left = width * 11 / 20
            let curveHeight = max(10, min(20, height - diagram.height - 1))
            let curves = curvePlot(state).rendered(width: left, height: curveHeight, theme: theme)
            let leftColumn = Frame.stacked([curves, Frame(width: left, height: 1), diagram], width: left)
            let bars = gapChart(state).rendered(width: width - left - 3, theme: theme)
            return Frame.sideBySide([leftColumn, Frame(width: 3, height: 1), bars])
                .resized(width: width, height: min(height, max(leftColumn.height, bars.height)))
        }
        let curveHeight = max(8, min(16, height - diagram.height - 1))
        let curves = curvePlot(state).rendered(width: width, height: curveHeight, theme: theme)
        if width < 60 || curveHeight + diagram.height + 1 > height { return curves }
        return Frame.stacked([curves, Frame(width: width, height: 1), diagram], width: width)
    }

    private func curvePlot(_ state: State) -> LinePlot {
        guard let run = state.current else { return LinePlot(title: "Loss by epoch (training…)", series: []) }
        let shown = min(run.epochs.count, state.replayShown ?? run.epochs.count)
        let epochs = Array(run.epochs.prefix(shown))
        var markers: [LinePlot.Marker] = []
        if let stopped = run.stoppedEpoch, shown == run.epochs.count {
            markers.append(.init(x: stopped, label: "stopped", role: .warning))
            if let best = run.bestEpoch, best < stopped { markers.append(.init(x: best, label: "kept", role: .good)) }
        }
        return LinePlot(
            title: state.replayShown == nil ? "Loss by epoch (log scale)" : "Loss by epoch (replay)",
            series: [
                .init("train", x: epochs, y: run.trainLoss.prefix(shown).map { max($0, 1e-3) }, role: .series(0)),
                .init("validation", x: epochs, y: run.validationLoss.prefix(shown).map { max($0, 1e-3) }, role: .series(1)),
            ],
            markers: markers, logY: true, xRange: 0...Double(setup.epochs), xLabel: "epoch")
    }

    /// The network: one cell per unit, shaded by the size of its incoming weights (relative to
    /// the He initialisation), the units dropout zeroed in the last step crossed out.
    private func networkDiagram(_ state: State, width: Int, theme: Theme) -> Frame {
        let ascii = theme.glyphs == .ascii
        let shades: [Character] = ascii ? [".", ":", "=", "#", "@"] : ["·", "░", "▒", "▓", "█"]
        let droppedGlyph: Character = ascii ? "x" : "✕"
        let legend = ascii ? "Units: .:=#@ weight size vs. start, x dropped last step" : "Units: ·░▒▓█ weight size vs. start, ✕ dropped last step"
        var lines: [StyledText] = [StyledText(legend, style: theme.style(.heading, bold: true))]
        guard let run = state.current else {
            lines.append(StyledText("training…", style: theme.style(.muted)))
            return Frame(styledLines: lines, width: width)
        }
        let sizes = [2] + setup.hidden + [2]
        let labelWidth = 10
        for (layer, units) in sizes.enumerated() {
            var line = StyledText(TextWidth.pad(layer == 0 ? "input" : layer == sizes.count - 1 ? "output" : "hidden \(layer)", toCells: labelWidth),
                                  style: theme.style(.muted))
            let fanIn = layer == 0 ? 1 : sizes[layer - 1]
            let initial = (2.0 / Double(fanIn)).squareRoot()
            let dropped = layer >= 1 && layer <= setup.hidden.count ? run.droppedInLastStep[layer - 1] : []
            for unit in 0..<min(units, max(1, width - labelWidth)) {
                if unit < dropped.count, dropped[unit] {
                    line.append(String(droppedGlyph), style: theme.style(.bad, bold: true))
                    continue
                }
                guard layer > 0 else {
                    line.append(ascii ? "o" : "●", style: theme.style(.text))
                    continue
                }
                let ratio = run.incomingWeightNorms[layer - 1][unit] / initial
                let level = ratio < 0.5 ? 0 : ratio < 1 ? 1 : ratio < 1.5 ? 2 : ratio < 2.5 ? 3 : 4
                line.append(String(shades[level]), style: theme.style(.series(layer == sizes.count - 1 ? 1 : 0)))
            }
            lines.append(line)
        }
        let means = run.incomingWeightNorms.map { norms in norms.reduce(0, +) / Double(max(1, norms.count)) }
        lines.append(StyledText("weight RMS by layer: " + means.map { NumberText.fixed($0, digits: 2) }.joined(separator: "  "),
                                style: theme.style(.muted)))
        return Frame(styledLines: lines.map { $0.truncated(toCells: width) }, width: width)
    }

    /// The gap of every combination, the selected one highlighted.
    private func gapChart(_ state: State) -> BarChart {
        let bars = RegularizerSet.all.map { set -> BarChart.Bar in
            let label = set.count == 0 ? "none" : set.code
            guard let run = state.runs[set.index] else { return BarChart.Bar(label, 0, valueText: "…") }
            return BarChart.Bar(label, max(0, run.gap), valueText: NumberText.fixed(run.gap, digits: 2),
                                role: .series(set.count))
        }
        return BarChart(title: "Gap for each combination (D W E A)", bars: bars, highlighted: state.selected.index)
    }

    private func help(width: Int, theme: Theme) -> Frame {
        var lines: [StyledText] = [StyledText("How to read it", style: theme.style(.heading, bold: true))]
        lines.append(StyledText("A wide network trained long on 30 noisy points memorises them: training loss falls toward zero while validation loss climbs. The gap (validation − training loss of the model you keep) measures the overfitting."))
        for spec in parameters {
            lines.append(StyledText("\(spec.name): ", style: theme.style(.accent, bold: true)) + StyledText(spec.help))
        }
        lines.append(StyledText("Keys: ↑/↓ pick a regularizer, Space toggles it, t replays the training, r draws new data, ? closes this help.", style: theme.style(.muted)))
        return Frame(styledLines: lines.flatMap { $0.wrapped(width: width) }, width: width)
    }
}
