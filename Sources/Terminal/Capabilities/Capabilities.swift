/// What the output can show: colour depth, glyph repertoire and width in cells.
///
/// Build it with ``detect(color:ascii:width:environment:isTerminal:windowColumns:)`` — a pure
/// function of the options, the environment and the terminal facts — and read those facts
/// with ``TerminalProbe`` at the program's edge. Encoders and themes take it as given.
public struct Capabilities: Hashable, Sendable {
    /// How many colours escape sequences may use.
    public enum ColorDepth: Int, Comparable, Sendable, CaseIterable {
        /// No escape sequences at all: plain text.
        case none = 0
        /// The 16 ANSI colours (SGR 30–37, 90–97).
        case ansi16 = 1
        /// The xterm 256-colour palette (SGR 38;5;n).
        case palette256 = 2
        /// 24-bit colour (SGR 38;2;r;g;b).
        case trueColor = 3

        public static func < (lhs: ColorDepth, rhs: ColorDepth) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// Which characters may be drawn.
    public enum Glyphs: Sendable, Hashable {
        /// Unicode: braille, block elements, box drawing.
        case unicode
        /// Printable ASCII only (`--ascii`).
        case ascii
    }

    /// The `--color` option.
    public enum ColorChoice: String, Sendable, CaseIterable {
        case auto, always, never
    }

    public var colorDepth: ColorDepth
    public var glyphs: Glyphs
    /// Width of the output in cells (at least 1).
    public var width: Int

    public init(colorDepth: ColorDepth, glyphs: Glyphs = .unicode, width: Int = 80) {
        self.colorDepth = colorDepth
        self.glyphs = glyphs
        self.width = max(1, width)
    }

    /// `true` when escape sequences may be written.
    public var usesEscapes: Bool { colorDepth != .none }
    /// `true` when only ASCII may be written.
    public var isASCII: Bool { glyphs == .ascii }

    /// Plain Unicode text without escapes (piped output).
    public static func plain(width: Int = 80) -> Capabilities { Capabilities(colorDepth: .none, width: width) }
    /// Plain ASCII text without escapes.
    public static func ascii(width: Int = 80) -> Capabilities {
        Capabilities(colorDepth: .none, glyphs: .ascii, width: width)
    }
    /// A modern terminal: 24-bit colour and Unicode.
    public static func trueColor(width: Int = 80) -> Capabilities { Capabilities(colorDepth: .trueColor, width: width) }

    /// Decides the capabilities from the options and the environment.
    ///
    /// - Colour: `never` → none. `auto` → none when the output is not a terminal, when `TERM`
    ///   is unset or `dumb`, or when `NO_COLOR` is set and non-empty. `always` forces colour (even
    ///   piped; it overrides `NO_COLOR`, as no-color.org asks of explicit flags). With colour,
    ///   the depth is 24-bit when `COLORTERM` is `truecolor` or `24bit`, 256 when `TERM`
    ///   contains `256color`, else 16.
    /// - Glyphs: ASCII with `ascii`, else Unicode.
    /// - Width: `width` when given, else the window's columns (terminals only), else a positive
    ///   `COLUMNS`, else 80.
    /// Whether `TERM` names a terminal that takes escape codes: set, not empty and not `dumb`.
    /// Without one, output is plain and nothing is drawn in place (as git and less do).
    public static func termTakesEscapes(_ environment: [String: String]) -> Bool {
        let term = environment["TERM"] ?? ""
        return !term.isEmpty && term != "dumb"
    }

    public static func detect(
        color: ColorChoice = .auto,
        ascii: Bool = false,
        width: Int? = nil,
        environment: [String: String],
        isTerminal: Bool,
        windowColumns: Int?
    ) -> Capabilities {
        let term = environment["TERM"] ?? ""
        let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
        let enabled: Bool
        switch color {
        case .never: enabled = false
        case .always: enabled = true
        case .auto: enabled = isTerminal && termTakesEscapes(environment) && !noColor
        }
        var depth = ColorDepth.none
        if enabled {
            let colorTerm = (environment["COLORTERM"] ?? "").lowercased()
            if colorTerm == "truecolor" || colorTerm == "24bit" {
                depth = .trueColor
            } else if term.contains("256color") {
                depth = .palette256
            } else {
                depth = .ansi16
            }
        }
        var columns = 80
        if let width, width > 0 {
            columns = width
        } else if isTerminal, let windowColumns, windowColumns > 0 {
            columns = windowColumns
        } else if let text = environment["COLUMNS"], let value = Int(text.trimmingSpaces()), value > 0 {
            columns = value
        }
        return Capabilities(colorDepth: depth, glyphs: ascii ? .ascii : .unicode, width: columns)
    }
}

extension String {
    func trimmingSpaces() -> String {
        var s = Substring(self)
        while s.first == " " || s.first == "\t" { s.removeFirst() }
        while s.last == " " || s.last == "\t" { s.removeLast() }
        return String(s)
    }
}
