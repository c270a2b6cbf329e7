/// The key-help line under a simulation: a status message, then `key action` pairs,
/// `←/→ adjust · ↑/↓ focus · space toggle · q continue`.
///
/// Arrow glyphs in key names become `<-`, `->`, `^`, `v` with ASCII symbols. Pairs wrap onto
/// further rows (height nil) rather than running off the edge.
public struct StatusLine: Widget {
    public struct Key: Sendable {
        public var key: String
        public var action: String
        public init(_ key: String, _ action: String) {
            self.key = key
            self.action = action
        }
    }

    public var status: StyledText?
    public var keys: [Key]

    public init(status: StyledText? = nil, keys: [Key]) {
        self.status = status
        self.keys = keys
    }

    static func localize(_ key: String, _ symbols: Symbols) -> String {
        var result = ""
        for character in key {
            switch character {
            case "←": result += symbols.arrowLeft
            case "→": result += symbols.arrowRight
            case "↑": result += symbols.arrowUp
            case "↓": result += symbols.arrowDown
            default: result.append(character)
            }
        }
        return result
    }

    public func render(width: Int, height: Int?, theme: Theme) -> Frame {
        let symbols = theme.symbols
        var lines: [StyledText] = []
        if let status, !status.isEmpty { lines.append(contentsOf: status.wrapped(width: width)) }
        let separator = theme.glyphs == .ascii ? " | " : " · "
        var current = StyledText()
        var used = 0
        for key in keys {
            var pair = StyledText(StatusLine.localize(key.key, symbols), style: theme.style(.accent, bold: true))
            pair.append(" " + key.action, style: theme.style(.muted))
            let cells = pair.cells
            if used > 0, used + 3 + cells > width {
                lines.append(current)
                current = StyledText()
                used = 0
            }
            if used > 0 {
                current.append(separator, style: theme.style(.border))
                used += 3
            }
            current.append(pair)
            used += cells
        }
        if used > 0 { lines.append(current) }
        var frame = Frame(width: width, height: height ?? lines.count)
        for (y, line) in lines.enumerated() { frame.draw(line, x: 0, y: y) }
        return frame
    }
}
