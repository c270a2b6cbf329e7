import TrainingCore
import Terminal

/// A lab report laid out for the terminal: blocks of widgets one under another with a blank
/// line between them, drawn at the output's width.
///
/// All text from the CSV (column names, labels, values) is drawn through ``Frame``, which
/// sanitizes it, so a header like `"\u{1B}[2J"` shows as `^[[2J` and never clears the screen.
struct LabPage {
    var blocks: [any Widget] = []

    mutating func add(_ widget: any Widget) { blocks.append(widget) }

    /// A heading line.
    mutating func heading(_ text: String) {
        blocks.append(CustomWidget { width, height, theme in
            Paragraph(StyledText(text, style: theme.style(.heading, bold: true))).render(width: width, height: height, theme: theme)
        })
    }

    /// A wrapped paragraph; `role` colours it.
    mutating func paragraph(_ text: String, role: Theme.Role? = nil, bold: Bool = false) {
        blocks.append(CustomWidget { width, height, theme in
            let style = role.map { theme.style($0, bold: bold) } ?? Style(bold: bold)
            return Paragraph(StyledText(text, style: style)).render(width: width, height: height, theme: theme)
        })
    }

    /// Lines kept as they are (one widget, no blank lines between them).
    mutating func lines(_ lines: [StyledText]) {
        blocks.append(CustomWidget { width, _, _ in
            Frame(styledLines: lines.flatMap { $0.wrapped(width: max(1, width)) }, width: width)
        })
    }

    func render(width: Int, theme: Theme) -> Frame {
        VStack(spacing: 1, blocks).rendered(width: width, theme: theme)
    }
}

/// A widget drawn `cells` columns in from the left.
struct Indented: Widget {
    var cells: Int
    var content: any Widget

    func render(width: Int, height: Int?, theme: Theme) -> Frame {
        let inner = content.rendered(width: max(1, width - cells), height: height, theme: theme)
        var frame = Frame(width: width, height: height ?? inner.height)
        frame.place(inner, x: cells, y: 0)
        return frame
    }
}

/// Number formats shared by the lab's views.
enum LabFormat {
    /// `0.9667` → `96.7%`.
    static func percent(_ x: Double) -> String { NumberFormat.percent(x, decimals: 1) }
    /// Three decimals: `0.912`.
    static func score(_ x: Double) -> String { NumberFormat.fixed(x, decimals: 3) }
    /// Whether a plot of `values` reads better on a log scale: all positive, spanning more
    /// than a factor of 20 (non-finite values are drawn as markers and ignored here).
    static func wantsLogScale(_ values: [Double]) -> Bool {
        let finite = values.filter(\.isFinite)
        guard let low = finite.min(), let high = finite.max(), low > 0 else { return false }
        return high / low > 20
    }

    /// About three significant digits: `0.0123`, `2.5e-4`.
    static func short(_ x: Double) -> String { NumberFormat.compact(x, significant: 3) }
}

/// Tables of classification results, shared by `train` and `evaluate`.
enum ResultTables {
    /// Per class precision, recall, F1 and support, then the macro and weighted averages.
    static func perClass(_ report: ClassificationReport, labels: [String]) -> Table {
        var rows: [[String]] = []
        for (c, scores) in report.perClass.enumerated() {
            rows.append([c < labels.count ? labels[c] : "\(scores.label)", LabFormat.score(scores.precision),
                         LabFormat.score(scores.recall), LabFormat.score(scores.f1), "\(scores.support)"])
        }
        let support = report.perClass.reduce(0) { $0 + $1.support }
        rows.append(["macro avg", LabFormat.score(report.macro.precision), LabFormat.score(report.macro.recall),
                     LabFormat.score(report.macro.f1), "\(support)"])
        rows.append(["weighted avg", LabFormat.score(report.weighted.precision), LabFormat.score(report.weighted.recall),
                     LabFormat.score(report.weighted.f1), "\(support)"])
        let tones: [[Table.Tone]] = rows.indices.map { r in
            r >= report.perClass.count ? Array(repeating: .muted, count: 5) : []
        }
        return Table(columns: [Table.Column("class"), Table.Column("precision", alignment: .right),
                               Table.Column("recall", alignment: .right), Table.Column("F1", alignment: .right),
                               Table.Column("support", alignment: .right)],
                     rows: rows, tones: tones)
    }

    /// The confusion matrix: rows true classes, columns predicted; the diagonal is good, other
    /// non-zero cells are errors, shaded by their share of the row.
    static func confusion(_ counts: [[Int]], labels: [String]) -> Table {
        var columns = [Table.Column("true \\ predicted")]
        columns += labels.map { Table.Column($0, alignment: .right) }
        var rows: [[String]] = []
        var tones: [[Table.Tone]] = []
        for (t, row) in counts.enumerated() {
            rows.append([t < labels.count ? labels[t] : "\(t)"] + row.map(String.init))
            let total = max(1, row.reduce(0, +))
            tones.append([.normal] + row.enumerated().map { p, n in
                if p == t { return n > 0 ? .good : .normal }
                return n > 0 ? (Double(n) / Double(total) >= 0.1 ? .bad : .warning) : .muted
            })
        }
        return Table(columns: columns, rows: rows, tones: tones)
    }
}
