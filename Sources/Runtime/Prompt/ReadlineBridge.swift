import CReadline
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// GNU readline's side of the line prompt: its settings and the C callbacks it calls.
///
/// Readline's callbacks are C function pointers and cannot capture anything, so what they need
/// (the completion words, the running session) lives in static storage here. Readline itself is
/// one per process, so this is too; it is used from the main thread only.
enum ReadlineBridge {
    /// The words Tab completes, set by the prompt before each question.
    nonisolated(unsafe) static var words: [String] = []
    /// The matches of the completion in progress, and how many were handed out.
    nonisolated(unsafe) private static var matches: [String] = []
    nonisolated(unsafe) private static var handedOut = 0
    nonisolated(unsafe) private static var configured = false

    /// Settings made once, before the first `readline()`: no signal handlers of readline's own
    /// (the session's decide), no LINES/COLUMNS in the environment, our key reader, hooks and
    /// completion.
    static func configure() {
        guard !configured else { return }
        configured = true
        lesson_rl_set_readline_name("lesson")
        lesson_rl_set_catch_signals(0)
        lesson_rl_set_change_environment(0)
        lesson_rl_set_getc_function(getc)
        lesson_rl_set_pre_input_hook(preInputHook)
        lesson_rl_set_attempted_completion_function(attemptedCompletion)
        using_history()
    }

    /// Readline's key reader: waits in poll(2) on the input and the session's signal self-pipe,
    /// so a signal is never missed, whatever readline was doing when it came. A Ctrl-C, SIGTERM
    /// or SIGHUP ends the process from here (after readline put the terminal back); a resize or
    /// a continue is passed on to readline.
    static let getc: @convention(c) (UnsafeMutablePointer<FILE>?) -> Int32 = { stream in
        guard let session = TerminalSession.active else { return rl_getc(stream) }
        let input = stream.map { fileno($0) } ?? session.input
        while true {
            handleSignals(session)
            var descriptors = [
                pollfd(fd: input, events: Int16(POLLIN), revents: 0),
                pollfd(fd: session.wakeDescriptor, events: Int16(POLLIN), revents: 0),
            ]
            guard poll(&descriptors, 2, -1) >= 0 else { continue }
            if descriptors[1].revents != 0 { continue }
            guard descriptors[0].revents != 0 else { continue }
            var byte: UInt8 = 0
            let count = read(input, &byte, 1)
            if count == 1 { return Int32(byte) }
            if count < 0, errno == EINTR || errno == EAGAIN { continue }
            return EOF
        }
    }

    private static func handleSignals(_ session: TerminalSession) {
        if session.terminationPending {
            rl_free_line_state()
            rl_cleanup_after_signal()
        }
        let notices = session.takeSignals()
        if notices.contains(.resized) { rl_resize_terminal() }
        if notices.contains(.continued) {
            // The shell wrote its job messages meanwhile: draw the prompt again on a line of its own.
            session.write("\r\n")
            _ = rl_on_new_line()
            rl_redisplay()
        }
    }

    /// Readline has set up the terminal: remember its modes, so a stop and continue puts them back.
    static let preInputHook: @convention(c) () -> Int32 = {
        guard let session = TerminalSession.active else { return 0 }
        var attributes = termios()
        if tcgetattr(session.input, &attributes) == 0 {
            SignalStorage.withSignalsBlocked { lesson_state_set_active(SignalStorage.state, &attributes) }
        }
        return 0
    }

    static let attemptedCompletion: @convention(c) (UnsafePointer<CChar>?, Int32, Int32) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = {
        text, _, _ in
        lesson_rl_set_attempted_completion_over(1)  // never fall back to file names
        return rl_completion_matches(text, completionGenerator)
    }

    /// Called with state 0 for a new completion, then again until it returns NULL; each match
    /// is a malloc'd string that readline frees.
    static let completionGenerator: @convention(c) (UnsafePointer<CChar>?, Int32) -> UnsafeMutablePointer<CChar>? = {
        text, state in
        if state == 0 {
            let prefix = text.map { String(cString: $0) } ?? ""
            matches = completions(of: prefix, among: words)
            handedOut = 0
        }
        guard handedOut < matches.count else { return nil }
        defer { handedOut += 1 }
        return strdup(matches[handedOut])
    }

    /// The words that start with `prefix`, in the given order, without repeats. Pure.
    static func completions(of prefix: String, among words: [String]) -> [String] {
        var seen: Set<String> = []
        return words.filter { $0.hasPrefix(prefix) && seen.insert($0).inserted }
    }

    /// Forgets the history in memory, then reads `path` (a missing file is an empty history).
    static func loadHistory(from path: String?, limit: Int32) {
        clear_history()
        if let path { _ = read_history(path) }
        stifle_history(limit)
    }

    /// Adds `line` unless it is blank or repeats the last entry.
    static func remember(_ line: String) {
        guard !line.allSatisfy(\.isWhitespace) else { return }
        let count = lesson_history_length()
        if count > 0, let last = lesson_history_line(count - 1), String(cString: last) == line { return }
        add_history(line)
    }

    /// Writes the history to `path` atomically: a temporary file in the same folder, then rename.
    static func saveHistory(to path: String) throws {
        if let slash = path.lastIndex(of: "/"), slash != path.startIndex {
            try AtomicFile.makeFolder(String(path[..<slash]))
        }
        let temporary = path + ".tmp-\(getpid())"
        let result = write_history(temporary)
        guard result == 0 else {
            unlink(temporary)
            throw ProgressError.cannotWrite(path: path, reason: SystemError.message(result))
        }
        try AtomicFile.commit(temporary: temporary, to: path)
    }

    /// The history in memory, oldest first.
    static var history: [String] {
        (0..<lesson_history_length()).compactMap { lesson_history_line($0).map { String(cString: $0) } }
    }
}
