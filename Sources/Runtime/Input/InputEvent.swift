/// What the key reader hands the player's loop.
public enum InputEvent: Hashable, Sendable {
    /// A key press.
    case key(Key)
    /// The window changed size (SIGWINCH); the new size.
    case resized(WindowSize)
    /// The process was continued after a stop (Ctrl-Z then `fg`): draw everything again.
    case redraw
    /// The timeout passed with no key: time for the next animation frame.
    case tick
    /// The input was closed (end of file on stdin).
    case endOfInput
}
