import Terminal

extension ConfusionMatrixSimulation {
    public func view(_ state: State, size: ViewSize, theme: Theme) -> Frame {
        let chrome = SimulationChrome(title: Self.title, settings: state.settings, focus: state.focus.index,
                                      reading: reading(state),
                                      keyHelp: "←/→ change  ↑/↓ Tab focus  Space toggle  r new data (model)  ? help  q done")
        return chrome.frame(size: size, theme: theme) { width, height in
            body(state, width: width, height: height, theme: theme)
        }
    }

    /// One line: what the numbers say.
    func reading(_ state: State) -> String {
        let report = state.report
        let total = report.perClass.reduce(0) { $0 + $1.support }
        let correct = (0..<report.classes.count).reduce(0) { $0 + report.matrix[$1][$1] }
        let accuracy = "Accuracy \(NumberText.percent(report.accuracy)) (\(correct) of \(total) correct)"
        if let failure = state.model?.failure { return "Training failed: \(failure)" }
        guard state.settings.choice("view") == "per-class",
              let worst = report.perClass.indices.min(by: { report.perClass[$0].recall < report.perClass[$1].recall })
        else {
            return accuracy + (state.settings.choice("source") == "model"
                ? (state.settings.isOn("reweight") ? ", trained with class weights." : ", trained without class weights.")
                : ". Does that hold for every class? Switch view to per-class.")
        }
        let row = report.perClass[worst]
        let found = report.matrix[worst][worst]
        return "Class \(row.name): recall \(NumberText.percent(row.recall, digits: 0)) (\(found) of \(row.support) found), F1 \(NumberText.fixed(row.f1, digits: 2)); "
            + "accuracy \(NumberText.percent(report.accuracy)), macro F1 \(NumberText.fixed(report.macro.f1, digits: 2)) vs weighted F1 \(NumberText.fixed(report.weighted.f1, digits: 2))."
    }

    func body(_ state: State, width: Int, height: Int, theme: Theme) -> Frame {
        var parts: [Frame] = []
        if state.showHelp {
            parts.append(Frame(styledLines: helpLines(theme: theme, width: width), width: width))
        }
        let perClass = state.settings.choice("view") == "per-class"
        let compact = width < 60
        let matrix = matrixTable(state.report, highlightWorst: perClass, compact: compact)
        if perClass {
            let metrics = metricsTable(state.report, compact: compact)
            let matrixWidth = Self.naturalWidth(of: matrix, theme: theme)
            let metricsWidth = Self.naturalWidth(of: metrics, theme: theme)
            if matrixWidth + 2 + metricsWidth <= width {
                let left = matrix.rendered(width: matrixWidth, theme: theme)
                let right = metrics.rendered(width: metricsWidth, theme: theme)
                parts.append(Frame.sideBySide([left, right], spacing: 2).resized(width: width, height: max(left.height, right.height)))
            } else {
                parts.append(matrix.rendered(width: width, theme: theme))
                parts.append(metrics.rendered(width: width, theme: theme))
            }
            parts.append(Frame(styledLines: summaryLines(state.report, theme: theme, width: width), width: width))
            parts.append(recallBars(state.report).rendered(width: min(width, 72), theme: theme).resized(width: width, height: state.report.classes.count + 1))
        } else {
            parts.append(matrix.rendered(width: width, theme: theme))
            var line = StyledText("Accuracy ", style: theme.style(.text, bold: true))
            line.append(NumberText.percent(state.report.accuracy), style: theme.style(.accent, bold: true))
            line.append("  of all \(state.report.perClass.reduce(0) { $0 + $1.support }) samples", style: theme.style(.muted))
            parts.append(Frame(styledLines: [line.truncated(toCells: width)], width: width))
        }
        if let model = state.model {
            parts.append(Frame(styledLines: modelLines(model, theme: theme).flatMap { $0.wrapped(width: width) }, width: width))
        }
        return Frame.stacked(parts, spacing: 1, width: width)
    }

    /// The matrix: rows true classes, columns predicted; the diagonal (correct) in the good
    /// colour, errors in the bad one, zeros muted. Compact: no support column, short titles.
    func matrixTable(_ report: ClassReport, highlightWorst: Bool, compact: Bool = false) -> Table {
        let k = report.classes.count
        var columns = [Table.Column(compact ? "" : "true╲pred")]
        columns += report.classes.map { Table.Column($0, alignment: .right) }
        if !compact { columns.append(Table.Column("support", alignment: .right)) }
        var rows: [[String]] = []
        var tones: [[Table.Tone]] = []
        for r in 0..<k {
            var row = [report.classes[r]]
            var tone: [Table.Tone] = [.normal]
            for c in 0..<k {
                let count = report.matrix[r][c]
                row.append(String(count))
                tone.append(r == c ? .good : (count > 0 ? .bad : .muted))
            }
            if !compact {
                row.append(String(report.perClass[r].support))
                tone.append(.muted)
            }
            rows.append(row)
            tones.append(tone)
        }
        let worst = highlightWorst ? report.perClass.indices.min { report.perClass[$0].recall < report.perClass[$1].recall } : nil
        let title = compact ? "Confusion matrix (rows true)" : "Confusion matrix (rows: true class, columns: predicted)"
        return Table(title: title, columns: columns, rows: rows, highlightedRow: worst, tones: tones)
    }

    /// Per-class precision, recall, F1 and support, then the macro and weighted averages.
    func metricsTable(_ report: ClassReport, compact: Bool = false) -> Table {
        let titles = compact ? ["", "prec", "rec", "F1", "n"] : ["class", "precision", "recall", "F1", "support"]
        let columns = titles.enumerated().map { Table.Column($1, alignment: $0 == 0 ? .left : .right) }
        var rows: [[String]] = []
        var tones: [[Table.Tone]] = []
        // Compact tables mark only the bad values (a good mark costs two cells without colour).
        func grade(_ value: Double) -> Table.Tone { value < 0.5 ? .bad : value >= 0.8 && !compact ? .good : .normal }
        for row in report.perClass {
            rows.append([row.name, Self.metric(row.precision), Self.metric(row.recall), Self.metric(row.f1), String(row.support)])
            tones.append([.normal, grade(row.precision), grade(row.recall), grade(row.f1), .muted])
        }
        let total = report.perClass.reduce(0) { $0 + $1.support }
        for (name, average) in [(compact ? "macro" : "macro avg", report.macro), (compact ? "wtd" : "weighted avg", report.weighted)] {
            rows.append([name, Self.metric(average.precision), Self.metric(average.recall), Self.metric(average.f1), String(total)])
            tones.append([.muted, .normal, .normal, .normal, .muted])
        }
        return Table(title: "Per class", columns: columns, rows: rows, tones: tones)
    }

    func recallBars(_ report: ClassReport) -> BarChart {
        let bars = report.perClass.map { row in
            BarChart.Bar("recall \(row.name)", row.recall, valueText: NumberText.percent(row.recall, digits: 0),
                         role: row.recall < 0.5 ? .bad : .good)
        }
        let worst = report.perClass.indices.min { report.perClass[$0].recall < report.perClass[$1].recall }
        return BarChart(title: "How much of each class is found", bars: bars, highlighted: worst, maxValue: 1)
    }

    /// `accuracy 91.5%   balanced accuracy 70.0%   macro F1 0.68   weighted F1 0.92`, broken
    /// between items when narrow.
    func summaryLines(_ report: ClassReport, theme: Theme, width: Int) -> [StyledText] {
        let items: [(String, String)] = [
            ("accuracy", NumberText.percent(report.accuracy)), ("balanced accuracy", NumberText.percent(report.balancedAccuracy)),
            ("macro F1", Self.metric(report.macro.f1)), ("weighted F1", Self.metric(report.weighted.f1)),
        ]
        var lines: [StyledText] = []
        var line = StyledText()
        for (name, value) in items {
            var item = StyledText(name + " ", style: theme.style(.muted))
            item.append(value, style: theme.style(.accent, bold: true))
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

    func modelLines(_ model: ImbalancedClassifier.Run, theme: Theme) -> [StyledText] {
        let counts = zip(Self.classes, model.trainCounts).map { "\($0) \($1)" }.joined(separator: " · ")
        var first = StyledText("Model: ", style: theme.style(.heading, bold: true))
        first.append(SimulationChrome.text("MLP 2→16→\(Self.classes.count), \(model.steps) Adam steps on \(model.trainCounts.reduce(0, +)) blobs (\(counts)); "
                     + "final loss \(NumberText.short(model.finalLoss)); evaluated on a held-out set.", theme: theme), style: theme.style(.text))
        var second = StyledText("Class weights: ", style: theme.style(.heading, bold: true))
        if let weights = model.classWeights {
            second.append(zip(Self.classes, weights).map { "\($0) ×\(NumberText.short($1))" }.joined(separator: "  "), style: theme.style(.text))
        } else {
            second.append("off (every sample counts alike, so the common classes dominate the loss)", style: theme.style(.muted))
        }
        return [first, second]
    }

    func helpLines(theme: Theme, width: Int) -> [StyledText] {
        let lines = [
            "Recall of a class: of its samples, the share predicted as that class (a row's diagonal over the row).",
            "Precision: of the samples predicted as a class, the share that truly are (a column's diagonal over the column).",
            "F1: the harmonic mean of the two. Macro averages classes alike; weighted by support.",
            "acc_a…acc_d set each class's recall (source=sliders); Space on reweight retrains with class weights (source=model).",
        ]
        return lines.flatMap { StyledText(SimulationChrome.text($0, theme: theme), style: theme.style(.info)).wrapped(width: width) }
    }

    static func metric(_ value: Double) -> String { NumberText.fixed(value, digits: 2) }

    /// The width a table draws at when not squeezed: its widest row.
    static func naturalWidth(of table: Table, theme: Theme) -> Int {
        let frame = table.rendered(width: 400, theme: theme)
        var widest = 0
        for line in frame.textLines {
            var trimmed = Substring(line)
            while trimmed.last == " " { trimmed.removeLast() }
            widest = max(widest, TextWidth.cells(of: String(trimmed)))
        }
        return widest
    }
}
