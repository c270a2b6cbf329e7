import CReadline
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The player's hold on the live terminal: modes, escape-sequence states and signals, put back
/// on every way out.
///
/// Start one per process, at the start of an interactive run. It installs handlers for:
/// - SIGINT, SIGTERM, SIGHUP: nothing is asked. The handler only sets a flag and wakes the key
///   reader (or readline, or the piped line reader: all wait in poll(2) on the session's
///   self-pipe); the loop then restores the terminal, runs the `saveProgress` hook
///   and exits: status 130 for SIGINT, death by the same signal for the others. A second one
///   while the first still waits (the loop is stuck) restores and exits from the handler.
/// - SIGTSTP (Ctrl-Z at a prompt, or `suspend()` for the Ctrl-Z byte in raw mode): restore, stop
///   with SIGSTOP; on SIGCONT re-apply the modes in force and report `continued` (redraw).
/// - SIGWINCH: report `resized`.
/// - SIGSEGV, SIGBUS, SIGABRT, SIGFPE, SIGILL, SIGTRAP, SIGQUIT, SIGSYS: restore with prepared
///   bytes (write(2) and tcsetattr only), then the signal goes on to its previous action.
/// A normal return restores through `end()` (or deinit), and `exit()` from anywhere through an
/// `atexit` hook. Restoring means: the modes found at start, colours and attributes reset, the
/// cursor shown, the alternate screen and bracketed paste left if they were entered.
///
/// Not thread-safe: use it from the main thread. Signals are handled whichever thread takes them.
public final class TerminalSession {
    /// The terminal read from (stdin) and written to (stdout).
    public let input: Int32
    public let output: Int32
    public let inputIsTerminal: Bool
    public let outputIsTerminal: Bool
    /// Keys, raw mode and readline need both ends to be a terminal.
    public var isInteractive: Bool { inputIsTerminal && outputIsTerminal }
    public private(set) var mode: TerminalMode = .cooked
    public private(set) var features: TerminalFeatures = []

    /// The read end of the self-pipe the handlers write to: readable after any handled signal.
    let wakeDescriptor: Int32
    private let wakeWriteDescriptor: Int32
    private let original: termios?
    private let saveProgress: () -> Void
    private var ended = false

    /// The running session, for C callbacks (readline's hooks) that cannot capture it.
    nonisolated(unsafe) static weak var active: TerminalSession?

    private init(input: Int32, output: Int32, original: termios?, wake: (read: Int32, write: Int32), saveProgress: @escaping () -> Void) {
        self.input = input
        self.output = output
        self.inputIsTerminal = isatty(input) == 1
        self.outputIsTerminal = isatty(output) == 1
        self.original = original
        self.wakeDescriptor = wake.read
        self.wakeWriteDescriptor = wake.write
        self.saveProgress = saveProgress
    }

    /// Saves the terminal's modes and installs the signal handlers. Works when stdin or stdout
    /// is not a terminal too (Ctrl-C still saves and exits 130); raw mode then throws.
    ///
    /// - Parameter saveProgress: runs on Ctrl-C, SIGTERM and SIGHUP, after the terminal is
    ///   restored and before the exit, in normal (not signal) context.
    public static func start(
        input: Int32 = STDIN_FILENO,
        output: Int32 = STDOUT_FILENO,
        saveProgress: @escaping () -> Void = {}
    ) throws(TerminalError) -> TerminalSession {
        guard active == nil else { throw .sessionAlreadyActive }
        var attributes = termios()
        let original: termios? = tcgetattr(input, &attributes) == 0 ? attributes : nil
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else { throw .system(call: "pipe", errno: errno) }
        for descriptor in ends {
            _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) | O_NONBLOCK)
            _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
        }
        let session = TerminalSession(
            input: input, output: output, original: original, wake: (ends[0], ends[1]),
            saveProgress: saveProgress)
        let state = SignalStorage.state
        SignalStorage.withSignalsBlocked {
            lesson_state_reset(state)
            state.pointee.termios_fd = original == nil ? -1 : input
            state.pointee.output_fd = session.outputIsTerminal ? output : -1
            state.pointee.wake_fd = ends[1]
            if var original { lesson_state_set_original(state, &original) }
        }
        session.prepareRestoreBytes()
        SignalStorage.install()
        active = session
        return session
    }

    deinit { end() }

    // MARK: Modes

    /// Switches to raw mode (see `TerminalMode.rawAttributes`). Ctrl-C, Ctrl-Z and Ctrl-D then
    /// arrive as keys: pass them to `interrupt()`, `suspend()`, or treat them as the loop likes.
    public func enterRawMode() throws(TerminalError) {
        guard isInteractive, let original else { throw .notATerminal }
        var raw = TerminalMode.rawAttributes(from: original)
        let state = SignalStorage.state
        let result = SignalStorage.withSignalsBlocked {
            lesson_state_set_active(state, &raw)
            state.pointee.engaged = 1
            return tcsetattr(input, TCSANOW, &raw) == 0 ? 0 : errno
        }
        guard result == 0 else {
            SignalStorage.withSignalsBlocked { lesson_state_set_active(state, nil) }
            throw .system(call: "tcsetattr", errno: result)
        }
        mode = .raw
        prepareRestoreBytes()
    }

    /// Back to the modes found at start (cooked). Harmless when already cooked.
    public func leaveRawMode() {
        guard mode == .raw else { return }
        restoreModes()
        mode = .cooked
        prepareRestoreBytes()
    }

    /// Runs `body` in raw mode and leaves raw mode after it, however it returns.
    public func withRawMode<T>(_ body: () throws -> T) throws -> T {
        try enterRawMode()
        defer { leaveRawMode() }
        return try body()
    }

    /// Switches `features` on (writes their escape sequences) and owes them back at exit.
    public func enable(_ added: TerminalFeatures) {
        guard outputIsTerminal else { return }
        let new = added.subtracting(features)
        guard !new.isEmpty else { return }
        features.formUnion(new)
        prepareRestoreBytes()
        write(TerminalFeatures.enableSequence(new))
    }

    /// Switches `features` off again.
    public func disable(_ removed: TerminalFeatures) {
        let old = removed.intersection(features)
        guard !old.isEmpty else { return }
        write(TerminalFeatures.disableSequence(old))
        features.subtract(old)
        prepareRestoreBytes()
    }

    /// The window size now (TIOCGWINSZ on the output, then COLUMNS/LINES, then 80 × 24).
    public var windowSize: WindowSize { WindowSize.current(descriptor: output) }

    // MARK: Output

    /// Writes all of `bytes` to the output, retrying interrupted and partial writes.
    public func write(_ bytes: some Collection<UInt8>) {
        let array = Array(bytes)
        array.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress else { return }
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(output, base + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    if errno == EAGAIN { var ready = pollfd(fd: output, events: Int16(POLLOUT), revents: 0); _ = poll(&ready, 1, 100); continue }
                    return
                }
                offset += written
            }
        }
    }

    public func write(_ text: String) { write(Array(text.utf8)) }

    // MARK: Signals

    /// What the handlers saw since the last call. Handles a waiting Ctrl-C, SIGTERM or SIGHUP
    /// first: that restores, saves and exits, so the call does not return then.
    public func takeSignals() -> SignalNotices {
        let state = SignalStorage.state
        drainWakePipe()
        let termination = lesson_state_pending_termination(state)
        if termination != 0 { finish(signal: termination) }
        var notices: SignalNotices = []
        if lesson_state_take_resized(state) != 0 { notices.insert(.resized) }
        if lesson_state_take_continued(state) != 0 { notices.insert(.continued) }
        return notices
    }

    /// Whether a Ctrl-C, SIGTERM or SIGHUP is waiting to be handled. A long computation can
    /// look at this to stop early; the next `takeSignals()` then handles it.
    public var terminationPending: Bool {
        lesson_state_pending_termination(SignalStorage.state) != 0
    }

    /// Ctrl-C: restore the terminal, run the save hook, exit with status 130.
    public func interrupt() -> Never {
        finish(signal: SIGINT)
    }

    /// Ctrl-Z: restore the terminal and stop; returns once continued (`fg`), with raw mode
    /// and the features back. The next `takeSignals()` reports `continued`: redraw everything.
    public func suspend() {
        _ = raise(SIGTSTP)
    }

    /// Restores the terminal and removes the handlers. Called by deinit too; harmless twice.
    /// A Ctrl-C or SIGTERM that arrived but was not handled yet is honoured here (save, exit).
    public func end() {
        guard !ended else { return }
        ended = true
        let termination = lesson_state_pending_termination(SignalStorage.state)
        if termination != 0 { finish(signal: termination) }
        restoreTerminal()
        SignalStorage.withSignalsBlocked {
            lesson_state_set_original(SignalStorage.state, nil)
            SignalStorage.uninstall()
            SignalStorage.state.pointee.wake_fd = -1
        }
        close(wakeDescriptor)
        close(wakeWriteDescriptor)
        if TerminalSession.active === self { TerminalSession.active = nil }
    }

    /// Puts back the modes and escape states; the session stays usable (readline, cooked text).
    func restoreTerminal() {
        let state = SignalStorage.state
        if state.pointee.engaged != 0, outputIsTerminal {
            write(TerminalFeatures.restoreSequence(features))
        }
        restoreModes()
        mode = .cooked
        features = []
        prepareRestoreBytes()
    }

    private func restoreModes() {
        let state = SignalStorage.state
        SignalStorage.withSignalsBlocked {
            lesson_state_set_active(state, nil)
            if var original { _ = tcsetattr(input, TCSANOW, &original) }
        }
    }

    private func finish(signal: Int32) -> Never {
        restoreTerminal()
        if signal == SIGINT, outputIsTerminal { write("\n") }
        saveProgress()
        if signal == SIGINT { exit(130) }
        SignalStorage.withSignalsBlocked {
            lesson_state_set_original(SignalStorage.state, nil)
            SignalStorage.uninstall()
            _ = lesson_default_action(signal)
        }
        _ = raise(signal)
        exit(128 + signal)
    }

    private func prepareRestoreBytes() {
        let state = SignalStorage.state
        let restore = TerminalFeatures.restoreSequence(features)
        let resume = TerminalFeatures.enableSequence(features)
        SignalStorage.withSignalsBlocked {
            restore.withUnsafeBufferPointer { lesson_state_set_restore_bytes(state, $0.baseAddress, $0.count) }
            resume.withUnsafeBufferPointer { lesson_state_set_resume_bytes(state, $0.baseAddress, $0.count) }
            state.pointee.engaged = (mode == .raw || !features.isEmpty) ? 1 : 0
        }
    }

    private func drainWakePipe() {
        var buffer = [UInt8](repeating: 0, count: 64)
        while read(wakeDescriptor, &buffer, buffer.count) > 0 {}
    }
}

/// What the signal handlers saw: the window was resized, or the process was continued after a
/// stop (the screen may show anything: draw it all again).
public struct SignalNotices: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    public static let resized = SignalNotices(rawValue: 1 << 0)
    public static let continued = SignalNotices(rawValue: 1 << 1)
}
