/// The glyphs widgets draw with, in a Unicode and an ASCII set.
///
/// Every widget takes its frame lines, bars, markers and control parts from here (through
/// ``Theme/symbols``), so `--ascii` output needs no special cases in the widgets themselves.
/// Strings, not characters: an ASCII replacement may be wider (`→` is `->`).
public struct Symbols: Sendable, Hashable {
    /// The parts of a box border.
    public struct BoxParts: Sendable, Hashable {
        public var topLeft, topRight, bottomLeft, bottomRight, horizontal, vertical: Character
        public var teeRight, teeLeft, teeDown, teeUp, cross: Character
    }

    public var box: BoxParts          // light lines
    public var roundedBox: BoxParts   // rounded corners (callouts, panels)
    public var heavyBox: BoxParts     // heavy lines (warnings, focused panels)
    public var bullet: String
    public var pointer: String        // the focused/selected marker
    public var arrowLeft: String
    public var arrowRight: String
    public var arrowUp: String
    public var arrowDown: String
    public var check: String
    public var cross: String
    public var ellipsis: String
    /// Horizontal bar fill in eighths: index 0 is empty, 8 is a full cell.
    public var horizontalEighths: [Character]
    /// Vertical bar fill in eighths (bottom-up): index 0 is empty, 8 is a full cell.
    public var verticalEighths: [Character]
    /// Shades from empty to full, for colour-free heat maps.
    public var shades: [Character]
    public var sliderTrack: Character
    public var sliderFill: Character
    public var sliderKnob: Character
    public var toggleOn: String
    public var toggleOff: String
    public var rule: Character
    public var doubleRule: Character
    public var quoteBar: Character

    public static let unicode = Symbols(
        box: BoxParts(topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘", horizontal: "─", vertical: "│",
                      teeRight: "├", teeLeft: "┤", teeDown: "┬", teeUp: "┴", cross: "┼"),
        roundedBox: BoxParts(topLeft: "╭", topRight: "╮", bottomLeft: "╰", bottomRight: "╯", horizontal: "─", vertical: "│",
                             teeRight: "├", teeLeft: "┤", teeDown: "┬", teeUp: "┴", cross: "┼"),
        heavyBox: BoxParts(topLeft: "┏", topRight: "┓", bottomLeft: "┗", bottomRight: "┛", horizontal: "━", vertical: "┃",
                           teeRight: "┣", teeLeft: "┫", teeDown: "┳", teeUp: "┻", cross: "╋"),
        bullet: "•", pointer: "▶", arrowLeft: "←", arrowRight: "→", arrowUp: "↑", arrowDown: "↓",
        check: "✓", cross: "✗", ellipsis: "…",
        horizontalEighths: [" ", "▏", "▎", "▍", "▌", "▋", "▊", "▉", "█"],
        verticalEighths: [" ", "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"],
        shades: [" ", "░", "▒", "▓", "█"],
        sliderTrack: "─", sliderFill: "━", sliderKnob: "●", toggleOn: "◉", toggleOff: "○",
        rule: "─", doubleRule: "═", quoteBar: "│")

    public static let ascii = Symbols(
        box: BoxParts(topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+", horizontal: "-", vertical: "|",
                      teeRight: "+", teeLeft: "+", teeDown: "+", teeUp: "+", cross: "+"),
        roundedBox: BoxParts(topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+", horizontal: "-", vertical: "|",
                             teeRight: "+", teeLeft: "+", teeDown: "+", teeUp: "+", cross: "+"),
        heavyBox: BoxParts(topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+", horizontal: "=", vertical: "|",
                           teeRight: "+", teeLeft: "+", teeDown: "+", teeUp: "+", cross: "+"),
        bullet: "*", pointer: ">", arrowLeft: "<-", arrowRight: "->", arrowUp: "^", arrowDown: "v",
        check: "v", cross: "x", ellipsis: "...",
        horizontalEighths: [" ", " ", " ", " ", "#", "#", "#", "#", "#"],
        verticalEighths: [" ", " ", " ", ".", ".", ":", ":", "#", "#"],
        shades: [" ", ".", ":", "+", "#"],
        sliderTrack: "-", sliderFill: "=", sliderKnob: "O", toggleOn: "[x]", toggleOff: "[ ]",
        rule: "-", doubleRule: "=", quoteBar: "|")
}
