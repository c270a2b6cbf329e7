/// A row of legend entries (`━ train   ━ validation   ✕ nan×3`), wrapped to the width.
struct Legend {
    struct Entry {
        var symbol: String
        var symbolStyle: Style
        var label: String
        var labelStyle: Style = .plain
    }

    var entries: [Entry]

    func lines(width: Int) -> [StyledText] {
        var lines: [StyledText] = []
        var current = StyledText()
        var used = 0
        for entry in entries {
            let label = TextSanitizer.sanitize(entry.label, newlines: .space)
            let cells = TextWidth.cells(of: entry.symbol) + 1 + TextWidth.cells(of: label)
            let gap = used == 0 ? 0 : 3
            if used > 0, used + gap + cells > width {
                lines.append(current)
                current = StyledText()
                used = 0
            }
            if used > 0 { current.append("   ") ; used += 3 }
            current.append(entry.symbol, style: entry.symbolStyle)
            current.append(" " + label, style: entry.labelStyle)
            used += cells
        }
        if used > 0 { lines.append(current) }
        return lines
    }
}
