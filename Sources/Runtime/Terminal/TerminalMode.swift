#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How the terminal treats input: line by line (cooked, as the shell left it) or key by key (raw).
///
/// The player stays cooked while lesson text scrolls and while readline asks a question
/// (readline prepares the terminal its own way), and goes raw only while a simulation runs.
public enum TerminalMode: Sendable, Equatable {
    case cooked
    case raw

    /// The raw modes derived from the cooked ones: no line editing, no echo, no signals from
    /// keys (Ctrl-C, Ctrl-Z and Ctrl-\ arrive as bytes), no flow control (Ctrl-S, Ctrl-Q), no CR→NL
    /// translation (Enter arrives as `\r`), 8-bit characters, one byte at a time.
    ///
    /// Output processing stays on, so `\n` still returns to column 1 and lesson text written in
    /// raw mode looks as it does in cooked mode.
    public static func rawAttributes(from cooked: termios) -> termios {
        var raw = cooked
        raw.c_iflag &= ~tcflag_t(BRKINT | ICRNL | INLCR | IGNCR | INPCK | ISTRIP | IXON)
        raw.c_cflag &= ~tcflag_t(CSIZE | PARENB)
        raw.c_cflag |= tcflag_t(CS8)
        raw.c_lflag &= ~tcflag_t(ECHO | ECHONL | ICANON | ISIG | IEXTEN)
        withUnsafeMutableBytes(of: &raw.c_cc) { cc in
            cc[Int(VMIN)] = 1
            cc[Int(VTIME)] = 0
        }
        return raw
    }

    /// Whether `attributes` are raw in the sense that matters to the key reader: no canonical
    /// input, no echo and no signal keys.
    public static func isRaw(_ attributes: termios) -> Bool {
        attributes.c_lflag & tcflag_t(ICANON | ECHO | ISIG) == 0
    }
}
