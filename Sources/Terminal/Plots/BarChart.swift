/// Horizontal bar chart: one labelled bar per row with its value, one bar highlighted.
///
/// Bars are drawn in eighths of a cell (`▏▎▍▌▋▊▉█`; ASCII `#`). Negative values extend left
/// of a zero line. The highlighted bar gets the pointer (`▶`/`>`), a bold label and the
/// `.accent` colour, so it stands out without colour too. Height nil: one row per bar
/// (plus the title); a smaller height shows the first bars.
public struct BarChart: Widget {
    public struct Bar: Sendable {
        public var label: String
        public var value: Double
        /// Text shown after the bar; default ``NumberFormat/compact(_:significant:)``.
        public var valueText: String?
        /// Colour role; default `.series(0)`.
        public var role: Theme.Role?

        public init(_ label: String, _ value: Double, valueText: String? = nil, role: Theme.Role? = nil) {
            self.label = label
            self.value = value
            self.valueText = valueText
            self.role = role
        }
    }

    public var title: String?
    public var bars: [Bar]
    public var highlighted: Int?
    /// The value of a full-length bar; nil uses the largest magnitude.
    public var maxValue: Double?

    public init(title: String? = nil, bars: [Bar], highlighted: Int? = nil, maxValue: Double? = nil) {
        self.title = title
        self.bars = bars
        self.highlighted = highlighted
        self.maxValue = maxValue
    }

    public func render(width: Int, height: Int?, theme: Theme) -> Frame {
        let symbols = theme.symbols
        let titleRows = title == nil ? 0 : 1
        let totalHeight = height ?? (bars.count + titleRows)
        var frame = Frame(width: width, height: totalHeight)
        if let title { frame.draw(title, x: 0, y: 0, style: theme.style(.heading, bold: true)) }

        let pointerCells = TextWidth.cells(of: symbols.pointer) + 1
        let labels = bars.map { TextSanitizer.sanitize($0.label, newlines: .space) }
        let texts = bars.map { $0.valueText.map { TextSanitizer.sanitize($0, newlines: .space) } ?? NumberFormat.compact($0.value) }
        // The values matter most, then the labels (at least a few cells), then the bars.
        let valueWidth = min(max(1, width / 2), texts.map(TextWidth.cells(of:)).max() ?? 0)
        let labelRoom = max(3, (width - pointerCells - valueWidth - 2) / 2)
        let labelWidth = min(max(4, min(labelRoom, width / 3)), labels.map(TextWidth.cells(of:)).max() ?? 0)
        let barStart = pointerCells + labelWidth + 1
        let barCells = max(1, width - barStart - valueWidth - 1)
        let finite = bars.map(\.value).filter(\.isFinite)
        let positive = max(0, finite.max() ?? 0), negative = max(0, -(finite.min() ?? 0))
        let scaleMax = maxValue ?? max(positive, negative, 1e-300)
        let hasNegative = negative > 0
        // Cells given to the negative side (proportional to the negative extent).
        let negativeCells = hasNegative ? Int((Double(barCells) * negative / (positive + negative)).rounded()) : 0
        let positiveCells = barCells - negativeCells
        let unit = hasNegative ? Double(barCells) / (positive + negative) : Double(barCells) / scaleMax

        for (index, bar) in bars.enumerated() {
            let y = titleRows + index
            guard y < totalHeight else { break }
            let isHighlighted = index == highlighted
            let role = isHighlighted ? Theme.Role.accent : (bar.role ?? .series(0))
            if isHighlighted {
                frame.draw(symbols.pointer, x: 0, y: y, style: theme.style(.accent, bold: true))
            }
            frame.draw(TextWidth.truncate(labels[index], toCells: labelWidth, ellipsis: symbols.ellipsis),
                       x: pointerCells, y: y, style: isHighlighted ? theme.style(.text, bold: true) : .plain)
            let barStyle = theme.style(role, bold: isHighlighted)
            if !bar.value.isFinite {
                frame.draw(texts[index], x: barStart + (hasNegative ? negativeCells : 0), y: y, style: theme.style(.bad, bold: true))
                continue
            }
            let length = min(Double(bar.value >= 0 ? positiveCells : negativeCells), abs(bar.value) * unit)
            if bar.value >= 0 {
                let eighths = Int((length * 8).rounded())
                let full = eighths / 8, rest = eighths % 8
                let origin = barStart + negativeCells
                for i in 0..<full { frame.put(Cell(symbols.horizontalEighths[8], style: barStyle), x: origin + i, y: y) }
                if rest > 0, symbols.horizontalEighths[rest] != " " {
                    frame.put(Cell(symbols.horizontalEighths[rest], style: barStyle), x: origin + full, y: y)
                }
                if eighths == 0 && bar.value > 0 {
                    frame.put(Cell(symbols.horizontalEighths[1] == " " ? "." : symbols.horizontalEighths[1], style: barStyle), x: origin, y: y)
                }
            } else {
                let cells = Int(length.rounded())
                let origin = barStart + negativeCells - cells
                for i in 0..<cells { frame.put(Cell(symbols.horizontalEighths[8], style: barStyle), x: origin + i, y: y) }
            }
            if hasNegative {
                let zero = barStart + negativeCells
                if frame[x: zero, y: y].isSpace { frame.put(Cell(symbols.box.vertical, style: theme.style(.border)), x: zero, y: y) }
            }
            frame.draw(TextWidth.truncate(texts[index], toCells: valueWidth, ellipsis: symbols.ellipsis),
                       x: width - valueWidth, y: y, style: isHighlighted ? theme.style(.accent, bold: true) : theme.style(.muted))
        }
        return frame
    }
}
