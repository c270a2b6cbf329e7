/// A choice among options on one line: `▶ view   expert  [beginner]  compare`.
///
/// With colour the selected option is shown in inverse video; without, in brackets. Options
/// that do not fit wrap onto further rows (height nil) or are clipped.
public struct Select: Widget {
    public var label: String
    public var options: [String]
    public var selected: Int
    public var focused: Bool
    /// Cells reserved for the label (align several controls); nil: the label's own width.
    public var labelWidth: Int?

    public init(_ label: String, options: [String], selected: Int, focused: Bool = false, labelWidth: Int? = nil) {
        self.label = label
        self.options = options
        self.selected = selected
        self.focused = focused
        self.labelWidth = labelWidth
    }

    public func render(width: Int, height: Int?, theme: Theme) -> Frame {
        let symbols = theme.symbols
        let pointerCells = TextWidth.cells(of: symbols.pointer) + 1
        let label = TextSanitizer.sanitize(self.label, newlines: .space)
        let labelCells = labelWidth ?? TextWidth.cells(of: label)
        let start = pointerCells + labelCells + 2
        // Lay the options out in rows.
        var placements: [(x: Int, y: Int, text: String, isSelected: Bool)] = []
        var x = start, y = 0
        for (index, option) in options.enumerated() {
            let isSelected = index == selected
            let text = isSelected && !theme.usesColor ? "[" + option + "]" : " " + option + " "
            let cells = TextWidth.cells(of: TextSanitizer.sanitize(text, newlines: .space))
            if x > start, x + cells > width {
                y += 1
                x = start
            }
            placements.append((x, y, text, isSelected))
            x += cells + 1
        }
        var frame = Frame(width: width, height: height ?? (y + 1))
        if focused { frame.draw(symbols.pointer, x: 0, y: 0, style: theme.style(.accent, bold: true)) }
        frame.draw(label, x: pointerCells, y: 0, style: focused ? theme.style(.text, bold: true) : .plain, maxWidth: labelCells)
        for placement in placements {
            let style: Style
            if placement.isSelected {
                style = theme.usesColor ? Style(fg: theme[focused ? .accent : .text], bold: true, inverse: true) : Style(bold: true)
            } else {
                style = theme.style(.muted)
            }
            frame.draw(placement.text, x: placement.x, y: placement.y, style: style)
        }
        return frame
    }
}
