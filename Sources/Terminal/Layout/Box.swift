/// A bordered box around any widget, with an optional title in the top border.
///
/// The content is rendered at the inner size (width − 2 − 2·padding) and clipped to it, so
/// a box never draws outside its area. Panels of a dashboard are boxes (``Panel``).
public struct Box: Widget {
    public enum Border: Sendable {
        case light, rounded, heavy
    }

    public var title: String?
    public var content: any Widget
    public var border: Border
    /// Colour role of the border and title.
    public var role: Theme.Role
    /// Blank columns between the border and the content on each side.
    public var padding: Int

    public init(title: String? = nil, border: Border = .rounded, role: Theme.Role = .border, padding: Int = 1, content: any Widget) {
        self.title = title
        self.content = content
        self.border = border
        self.role = role
        self.padding = padding
    }

    public func render(width: Int, height: Int?, theme: Theme) -> Frame {
        let symbols = theme.symbols
        let parts: Symbols.BoxParts
        switch border {
        case .light: parts = symbols.box
        case .rounded: parts = symbols.roundedBox
        case .heavy: parts = symbols.heavyBox
        }
        let pad = max(0, min(padding, (width - 3) / 2))
        let innerWidth = max(0, width - 2 - 2 * pad)
        let inner = content.rendered(width: innerWidth, height: height.map { max(0, $0 - 2) }, theme: theme)
        let totalHeight = height ?? inner.height + 2
        var frame = Frame(width: width, height: totalHeight)
        guard width >= 2, totalHeight >= 2 else { return frame }
        let style = theme.style(role)
        frame.put(Cell(parts.topLeft, style: style), x: 0, y: 0)
        frame.put(Cell(parts.topRight, style: style), x: width - 1, y: 0)
        frame.put(Cell(parts.bottomLeft, style: style), x: 0, y: totalHeight - 1)
        frame.put(Cell(parts.bottomRight, style: style), x: width - 1, y: totalHeight - 1)
        for x in 1..<(width - 1) {
            frame.put(Cell(parts.horizontal, style: style), x: x, y: 0)
            frame.put(Cell(parts.horizontal, style: style), x: x, y: totalHeight - 1)
        }
        for y in 1..<(totalHeight - 1) {
            frame.put(Cell(parts.vertical, style: style), x: 0, y: y)
            frame.put(Cell(parts.vertical, style: style), x: width - 1, y: y)
        }
        if let title, width > 6 {
            let text = " " + TextWidth.truncate(TextSanitizer.sanitize(title, newlines: .space), toCells: width - 6, ellipsis: symbols.ellipsis) + " "
            frame.draw(text, x: 2, y: 0, style: theme.style(role == .border ? .heading : role, bold: true))
        }
        var clippedInner = inner.clipped(width: innerWidth, height: totalHeight - 2)
        clippedInner = clippedInner.resized(width: innerWidth, height: clippedInner.height)
        frame.place(clippedInner, x: 1 + pad, y: 1)
        return frame
    }
}

/// A titled panel of a dashboard: a ``Box`` with light borders.
public typealias Panel = Box
