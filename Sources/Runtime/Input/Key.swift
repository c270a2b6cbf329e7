/// One key press, decoded from the bytes a terminal sends in raw mode.
///
/// Space, Tab and Enter have their own cases (never `.character(" ")`). Control bytes that have
/// no name of their own (Ctrl-C, Ctrl-D, Ctrl-Z, …) arrive as `.control` with the lowercase
/// letter; they reach the program only while ISIG is off, that is in raw mode.
public enum Key: Hashable, Sendable {
    case up, down, left, right
    case home, end, pageUp, pageDown, insert, delete
    case tab, shiftTab, enter, space, escape, backspace
    /// A control byte 0x01–0x1A (other than Tab, Enter and Backspace) as its letter, `"c"` for
    /// Ctrl-C; 0x1C–0x1F as `"\\"`, `"]"`, `"^"`, `"_"`.
    case control(Character)
    /// Escape followed at once by a printable character: what terminals send for Alt-x.
    case alt(Character)
    /// F1–F12.
    case function(Int)
    /// A printable character, decoded from UTF-8.
    case character(Character)

    /// Ctrl-C, Ctrl-D and Ctrl-Z: the keys the player gives a meaning of their own in raw mode.
    public static let interrupt = Key.control("c")
    public static let endOfInput = Key.control("d")
    public static let suspend = Key.control("z")

    /// A short readable name: `up`, `shift-tab`, `ctrl-c`, `alt-x`, `f5`, or the character
    /// itself. Names of the navigation keys match `SimAction`'s `--keys` names.
    public var name: String {
        switch self {
        case .up: "up"
        case .down: "down"
        case .left: "left"
        case .right: "right"
        case .home: "home"
        case .end: "end"
        case .pageUp: "page-up"
        case .pageDown: "page-down"
        case .insert: "insert"
        case .delete: "delete"
        case .tab: "tab"
        case .shiftTab: "shift-tab"
        case .enter: "enter"
        case .space: "space"
        case .escape: "escape"
        case .backspace: "backspace"
        case .control(let letter): "ctrl-\(letter)"
        case .alt(let character): "alt-\(character)"
        case .function(let number): "f\(number)"
        case .character(let character): String(character)
        }
    }
}
