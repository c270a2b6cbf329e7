#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CReadline

/// Asks for a line of text: GNU readline with history and Tab completion on a terminal, plain
/// lines from stdin otherwise.
///
/// On a terminal (stdin and stdout both): readline edits the line, Up/Down walk the history
/// (loaded from `historyFile`, capped at `historyLimit` entries, written back atomically after
/// every answer so a kill loses nothing), Tab completes from `completions`. Ctrl-C is the
/// session's to handle (restore, save, exit 130); Ctrl-D on an empty line ends the input.
///
/// Without a terminal: no readline at all. The prompt is printed without escape sequences and
/// lines are read from stdin (CRLF or LF; a last line without a newline counts).
///
/// A question leaves raw mode first (readline sets up the terminal its own way) and shows the
/// cursor while it waits; the caller re-enters raw mode if a simulation follows. Readline's
/// history is one per process: use one prompt at a time (one per lesson).
public final class LinePrompt {
    public let session: TerminalSession
    public let historyFile: String?
    public let historyLimit: Int32
    /// The words Tab completes: choice ids and commands (`next`, `back`, `hint`, …).
    public var completions: [String]
    /// Why the history file could not be written, if it could not (the questions go on).
    public private(set) var historyProblem: String?
    private var buffer = LineBuffer()
    private var inputEnded = false

    public init(session: TerminalSession, historyFile: String? = nil, historyLimit: Int32 = 500, completions: [String] = []) {
        self.session = session
        self.historyFile = historyFile
        self.historyLimit = historyLimit
        self.completions = completions
        if session.isInteractive {
            ReadlineBridge.configure()
            ReadlineBridge.loadHistory(from: historyFile, limit: historyLimit)
        }
    }

    /// Whether lines come from readline (true) or plainly from stdin.
    public var usesReadline: Bool { session.isInteractive }

    /// The history in memory, oldest first (empty without a terminal).
    public var history: [String] { usesReadline ? ReadlineBridge.history : [] }

    /// Shows `prompt` and returns the line typed, without its newline and the white space
    /// around it; nil at end of input (Ctrl-D on an empty line, or the end of piped input).
    /// A resize or a continue during the question is handled by readline (the player measures
    /// the window again when it next draws).
    public func read(prompt: String) -> String? {
        usesReadline ? readInteractively(prompt: prompt) : readPlainly(prompt: prompt)
    }

    private func readInteractively(prompt: String) -> String? {
        session.leaveRawMode()
        let cursorWasHidden = session.features.contains(.hiddenCursor)
        session.disable(.hiddenCursor)
        defer { if cursorWasHidden { session.enable(.hiddenCursor) } }
        ReadlineBridge.words = completions
        let raw = readline(PromptText.forReadline(prompt))
        SignalStorage.withSignalsBlocked { lesson_state_set_active(SignalStorage.state, nil) }
        guard let raw else {
            session.write("\n")
            return nil
        }
        let line = Self.trimmed(String(cString: raw))
        free(raw)
        ReadlineBridge.remember(line)
        if let historyFile {
            do {
                try ReadlineBridge.saveHistory(to: historyFile)
                historyProblem = nil
            } catch {
                historyProblem = "\(error)"
            }
        }
        return line
    }

    private func readPlainly(prompt: String) -> String? {
        let shown = PromptText.plain(prompt)
        if !shown.isEmpty { session.write(shown) }
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            if let line = buffer.nextLine() { return Self.trimmed(line) }
            if inputEnded {
                guard let last = buffer.remainder() else {
                    // The input ended at the prompt: end its line, so what follows starts on its own.
                    if !shown.isEmpty { session.write("\n") }
                    return nil
                }
                return Self.trimmed(last)
            }
            _ = session.takeSignals()  // Ctrl-C & co end the process here
            guard waitForInput() else { continue }
            let count = Glibc.read(session.input, &chunk, chunk.count)
            if count > 0 {
                buffer.append(chunk[0..<count])
            } else if count == 0 || (errno != EINTR && errno != EAGAIN) {
                inputEnded = true
            }
        }
    }

    /// Without the spaces and tabs around it (Tab completion leaves a space after the word).
    static func trimmed(_ line: String) -> String {
        var slice = Substring(line)
        while let first = slice.first, first.isWhitespace { slice.removeFirst() }
        while let last = slice.last, last.isWhitespace { slice.removeLast() }
        return String(slice)
    }

    /// Waits for input or a signal; true when there is input (or its end) to read.
    private func waitForInput() -> Bool {
        var descriptors = [
            pollfd(fd: session.input, events: Int16(POLLIN), revents: 0),
            pollfd(fd: session.wakeDescriptor, events: Int16(POLLIN), revents: 0),
        ]
        guard poll(&descriptors, 2, -1) > 0 else { return false }
        return descriptors[0].revents != 0
    }
}
