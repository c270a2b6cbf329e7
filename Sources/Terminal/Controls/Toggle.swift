/// An on/off control: `▶ ◉ dropout  on` (ASCII `> [x] dropout  on`).
///
/// The state is spelled out (`on`/`off`) as well as drawn, so it reads without colour.
public struct Toggle: Widget {
    public var label: String
    public var isOn: Bool
    public var focused: Bool

    public init(_ label: String, isOn: Bool, focused: Bool = false) {
        self.label = label
        self.isOn = isOn
        self.focused = focused
    }

    public func render(width: Int, height: Int?, theme: Theme) -> Frame {
        let symbols = theme.symbols
        var text = StyledText()
        if focused {
            text.append(symbols.pointer + " ", style: theme.style(.accent, bold: true))
        } else {
            text.append(String(repeating: " ", count: TextWidth.cells(of: symbols.pointer) + 1))
        }
        text.append(isOn ? symbols.toggleOn : symbols.toggleOff, style: theme.style(isOn ? .good : .muted, bold: true))
        text.append(" ")
        text.append(label, style: focused ? theme.style(.text, bold: true) : .plain)
        text.append("  ")
        text.append(isOn ? "on" : "off", style: theme.style(isOn ? .good : .muted))
        var frame = Frame(width: width, height: height ?? 1)
        frame.draw(text, x: 0, y: 0)
        return frame
    }
}
