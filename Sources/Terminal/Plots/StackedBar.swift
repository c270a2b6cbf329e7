/// Proportional (100 %) stacked bars: each row splits its width among categories, e.g. where
/// the time of an ML project goes, experts against beginners.
///
/// Segment widths use largest-remainder rounding, so they always add up to the bar width and a
/// non-zero share never disappears when there is room. Percentages are written inside the
/// segments that fit them. Without colour each category has its own fill (`█ ▓ ▒ ░ …`,
/// ASCII `# = + : …`) and the legend maps fills to names. A highlighted category is bold,
/// underlined and marked with the pointer in the legend.
public struct StackedBar: Widget {
    public struct Row: Sendable {
        public var label: String
        public var values: [Double]
        public init(_ label: String, values: [Double]) {
            self.label = label
            self.values = values
        }
    }

    public var title: String?
    public var categories: [String]
    public var rows: [Row]
    public var highlighted: Int?
    public var showPercent: Bool

    public init(title: String? = nil, categories: [String], rows: [Row], highlighted: Int? = nil, showPercent: Bool = true) {
        self.title = title
        self.categories = categories
        self.rows = rows
        self.highlighted = highlighted
        self.showPercent = showPercent
    }

    static let unicodeFills: [Character] = ["█", "▓", "▒", "░", "▚", "▞", "▤", "▦"]
    static let asciiFills: [Character] = ["#", "=", "+", ":", "%", "*", "o", "~"]

    /// Splits `total` cells in proportion to `values` (largest remainder; ties to the earlier).
    static func apportion(_ values: [Double], total: Int) -> [Int] {
        let clean = values.map { $0.isFinite && $0 > 0 ? $0 : 0 }
        let sum = clean.reduce(0, +)
        guard sum > 0, total > 0 else { return clean.map { _ in 0 } }
        let exact = clean.map { $0 / sum * Double(total) }
        var cells = exact.map { Int($0.rounded(.down)) }
        var left = total - cells.reduce(0, +)
        let order = exact.indices.sorted { (exact[$0] - Double(cells[$0]), -$0) > (exact[$1] - Double(cells[$1]), -$1) }
        for index in order where left > 0 && clean[index] > 0 {
            cells[index] += 1
            left -= 1
        }
        return cells
    }

    public func render(width: Int, height: Int?, theme: Theme) -> Frame {
        let symbols = theme.symbols
        let fills = theme.glyphs == .ascii ? StackedBar.asciiFills : StackedBar.unicodeFills
        let titleRows = title == nil ? 0 : 1
        let labelWidth = min(width / 3, rows.map { TextWidth.cells(of: TextSanitizer.sanitize($0.label, newlines: .space)) }.max() ?? 0)
        let barX = labelWidth == 0 ? 0 : labelWidth + 1
        let barCells = max(1, width - barX)

        var legend = Legend(entries: [])
        for (index, name) in categories.enumerated() {
            let isHighlighted = index == highlighted
            let fill = theme.usesColor ? symbols.horizontalEighths[8] : fills[index % fills.count]
            let label = (isHighlighted ? symbols.pointer + " " : "") + name
            legend.entries.append(.init(symbol: String(fill), symbolStyle: theme.style(.series(index)),
                                        label: label, labelStyle: isHighlighted ? Style(bold: true, underline: true) : .plain))
        }
        let legendLines = legend.lines(width: width)
        let totalHeight = height ?? (titleRows + rows.count + legendLines.count)
        var frame = Frame(width: width, height: totalHeight)
        if let title { frame.draw(title, x: 0, y: 0, style: theme.style(.heading, bold: true)) }

        for (rowIndex, row) in rows.enumerated() {
            let y = titleRows + rowIndex
            frame.draw(TextWidth.truncate(row.label, toCells: labelWidth, ellipsis: symbols.ellipsis), x: 0, y: y)
            let cells = StackedBar.apportion(row.values, total: barCells)
            let sum = row.values.filter { $0.isFinite && $0 > 0 }.reduce(0, +)
            var x = barX
            for (index, count) in cells.enumerated() where count > 0 {
                let isHighlighted = index == highlighted
                let color = theme[.series(index)]
                if theme.usesColor {
                    let ink: Color = (color.luminance ?? 0) > 0.55 ? .rgb(20, 20, 20) : .rgb(245, 245, 245)
                    let style = Style(fg: ink, bg: color, bold: isHighlighted, underline: isHighlighted)
                    frame.fill(x: x, y: y, width: count, height: 1, with: Cell(" ", style: style))
                } else {
                    frame.fill(x: x, y: y, width: count, height: 1, with: Cell(fills[index % fills.count], style: Style(bold: isHighlighted)))
                }
                if showPercent, sum > 0 {
                    let text = NumberFormat.fixed(row.values[index] / sum * 100, decimals: 0) + "%"
                    let textCells = TextWidth.cells(of: text)
                    if textCells + 2 <= count {
                        let style = theme.usesColor ? frame[x: x, y: y].style : Style(bold: isHighlighted)
                        frame.draw(text, x: x + (count - textCells) / 2, y: y, style: style)
                    }
                }
                x += count
            }
        }
        var y = titleRows + rows.count
        for line in legendLines {
            frame.draw(line, x: 0, y: y)
            y += 1
        }
        return frame
    }
}
