import Terminal
import TrainingCore

extension TrainingDashboard {
    /// The diagnosis and the evidence it rests on, in one or two sentences.
    func reading(_ state: State) -> String {
        if let failure = state.failure { return "Could not train: \(failure)" }
        guard let run = state.run else { return "Press t to train." }
        let diagnosis = run.diagnosis
        if state.running != nil {
            return "Training… step \(run.history.count) of \(recipe(state).steps); diagnosis so far: \(diagnosis.pathology.rawValue)."
        }
        let decisive = diagnosis.evidence.filter(\.decisive)
        let shown = decisive.isEmpty
            ? diagnosis.evidence.filter { $0.name == "final loss / initial loss" || $0.name == "final / minimum validation loss" }
            : decisive
        let evidence = shown.map { "\($0.name) = \(NumberText.short($0.value)) (\($0.rule))" }.joined(separator: "; ")
        var text = "Diagnosis: \(diagnosis.pathology.rawValue)"
        if !evidence.isEmpty { text += " — " + evidence }
        if let step = run.divergedAt { text += "; the loss became non-finite at step \(step)" }
        if run.batchSize < state.settings.int("batch") {
            text += "; batch \(state.settings.int("batch")) is more than the \(run.batchSize) training points, so each step uses all of them"
        }
        return text + "."
    }

    public func view(_ state: State, size: ViewSize, theme: Theme) -> Frame {
        let chrome = SimulationChrome(
            title: Self.title, settings: state.settings, focus: state.focus.index, reading: reading(state),
            keyHelp: "←/→ change  ↑/↓ Tab focus  t train  r new data  ? recipe and evidence  q done")
        return chrome.frame(size: size, theme: theme) { width, height in
            body(state, width: width, height: height, theme: theme)
        }
    }

    private func body(_ state: State, width: Int, height: Int, theme: Theme) -> Frame {
        guard let run = state.run else { return Frame(width: width, height: 1) }
        let totalSteps = Double(max(1, recipe(state).steps))
        var extra: [Frame] = []
        if state.showHelp { extra.append(helpFrame(state, run: run, width: width, theme: theme)) }
        let room = max(12, height - extra.reduce(0) { $0 + $1.height })
        let panels: Frame
        if width >= 80 {
            let grid = Grid(columns: 2, spacing: 2, [lossPlot(run, totalSteps), normPlot(run, totalSteps),
                                                     ratePlot(run, totalSteps), histogram(run)])
            panels = grid.rendered(width: width, height: min(room, 34), theme: theme)
        } else if width >= 60 {
            let plotHeight = max(8, min(room - 1, 24) / 2)
            panels = Frame.stacked([
                lossPlot(run, totalSteps).rendered(width: width, height: plotHeight, theme: theme),
                normPlot(run, totalSteps).rendered(width: width, height: plotHeight, theme: theme),
                summaryLine(run, width: width, theme: theme),
            ], width: width)
        } else {
            panels = Frame.stacked([
                lossPlot(run, totalSteps).rendered(width: width, height: max(8, min(room - 2, 14)), theme: theme),
                summaryLine(run, width: width, theme: theme),
            ], width: width)
        }
        return Frame.stacked([panels] + extra, width: width)
    }

    private func lossPlot(_ run: DashboardRun, _ totalSteps: Double) -> LinePlot {
        let history = run.history
        let finite = (history.trainLoss + history.validationLoss).filter { $0.isFinite && $0 > 0 }
        let wide = (finite.max() ?? 1) > 50 * (finite.min() ?? 1)
        return LinePlot(
            title: "loss" + (wide ? " (log)" : ""),
            series: [
                LinePlot.Series("train", x: history.step.map(Double.init), y: history.trainLoss),
                LinePlot.Series("val", x: history.evaluationStep.map(Double.init), y: history.validationLoss),
            ],
            logY: wide, xRange: 0...totalSteps)
    }

    private func normPlot(_ run: DashboardRun, _ totalSteps: Double) -> LinePlot {
        LinePlot(title: "gradient norm (log)",
                 series: [LinePlot.Series("", x: run.history.step.map(Double.init), y: run.history.gradientNorm, role: .series(2))],
                 logY: true, xRange: 0...totalSteps, showLegend: true)
    }

    private func ratePlot(_ run: DashboardRun, _ totalSteps: Double) -> LinePlot {
        let rates = run.history.learningRate.filter(\.isFinite)
        let low = rates.min() ?? 0, high = rates.max() ?? 1
        // A constant rate gets a band around it, so the line sits mid-panel.
        let range: ClosedRange<Double>? = high > low ? nil : (low * 0.5)...(max(low * 1.5, low + 1e-12))
        return LinePlot(title: "learning rate",
                        series: [LinePlot.Series("", x: run.history.step.map(Double.init), y: run.history.learningRate, role: .series(3))],
                        xRange: 0...totalSteps, yRange: range)
    }

    private func histogram(_ run: DashboardRun) -> Histogram {
        let h = run.histogram
        return Histogram(title: "parameters (\(h.total))", edges: h.edges, counts: h.counts, nonFinite: h.nonFiniteCount)
    }

    /// LR range and the histogram's extremes in one line, for narrow layouts.
    private func summaryLine(_ run: DashboardRun, width: Int, theme: Theme) -> Frame {
        let rates = run.history.learningRate
        let h = run.histogram
        var text = "lr \(NumberText.short(rates.first ?? 0))→\(NumberText.short(rates.last ?? 0))"
        text += "  params \(NumberText.short(h.edges.first ?? 0))…\(NumberText.short(h.edges.last ?? 0))"
        text += "  nan/inf \(h.nonFiniteCount)"
        return Paragraph(SimulationChrome.text(text, theme: theme), style: theme.style(.muted)).rendered(width: width, theme: theme)
    }

    /// The recipe and every piece of evidence the diagnosis weighed.
    private func helpFrame(_ state: State, run: DashboardRun, width: Int, theme: Theme) -> Frame {
        var lines: [Frame] = [
            Paragraph(SimulationChrome.text("Recipe: " + recipe(state).description + ", batch \(run.batchSize).", theme: theme), style: theme.style(.muted))
                .rendered(width: width, theme: theme),
        ]
        let rows = run.diagnosis.evidence.map { item in
            [item.decisive ? theme.symbols.pointer : "", item.name, NumberText.short(item.value), SimulationChrome.text(item.rule, theme: theme)]
        }
        let tones = run.diagnosis.evidence.map { item -> [Table.Tone] in
            item.decisive ? [.normal, .bad, .bad, .normal] : [.normal, .muted, .muted, .muted]
        }
        if !rows.isEmpty {
            lines.append(Table(columns: [Table.Column(""), Table.Column("evidence"), Table.Column("value", alignment: .right),
                                         Table.Column("rule")], rows: rows, tones: tones)
                .rendered(width: width, theme: theme))
        }
        return Frame.stacked(lines, width: width)
    }
}
