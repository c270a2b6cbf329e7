/// Terminal states a session switches on with escape sequences and owes back at exit.
///
/// The bytes to undo them are prepared in advance (`restoreSequence`) so that a signal handler
/// can write them with one write(2), without allocating.
public struct TerminalFeatures: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// The cursor is hidden (`ESC [ ? 25 l`).
    public static let hiddenCursor = TerminalFeatures(rawValue: 1 << 0)
    /// The alternate screen is shown (`ESC [ ? 1049 h`); the player normally draws in a live
    /// region of the main screen instead, so that frames stay in the scrollback.
    public static let alternateScreen = TerminalFeatures(rawValue: 1 << 1)
    /// Pastes arrive between `ESC [ 200 ~` and `ESC [ 201 ~` (`ESC [ ? 2004 h`).
    public static let bracketedPaste = TerminalFeatures(rawValue: 1 << 2)

    /// The bytes that switch `features` on, in a fixed order.
    public static func enableSequence(_ features: TerminalFeatures) -> [UInt8] {
        var text = ""
        if features.contains(.alternateScreen) { text += "\u{1B}[?1049h" }
        if features.contains(.bracketedPaste) { text += "\u{1B}[?2004h" }
        if features.contains(.hiddenCursor) { text += "\u{1B}[?25l" }
        return Array(text.utf8)
    }

    /// The bytes that switch `features` off.
    public static func disableSequence(_ features: TerminalFeatures) -> [UInt8] {
        var text = ""
        if features.contains(.bracketedPaste) { text += "\u{1B}[?2004l" }
        if features.contains(.alternateScreen) { text += "\u{1B}[?1049l" }
        if features.contains(.hiddenCursor) { text += "\u{1B}[?25h" }
        return Array(text.utf8)
    }

    /// What every exit path writes: reset colours and attributes, switch `features` off, and
    /// show the cursor whether or not it was hidden. Leaving the alternate screen is only sent
    /// when it was entered, since `ESC [ ? 1049 l` elsewhere moves the cursor.
    public static func restoreSequence(_ features: TerminalFeatures) -> [UInt8] {
        Array("\u{1B}[0m".utf8) + disableSequence(features.subtracting(.hiddenCursor))
            + Array("\u{1B}[?25h".utf8)
    }
}
