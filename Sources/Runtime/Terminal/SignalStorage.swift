import CReadline
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The preallocated, C-laid-out storage the signal handlers work from.
///
/// Signal handlers may not capture context, allocate or take locks, so everything they need
/// (the saved modes, the prepared restore bytes, the flags, the self-pipe) is a
/// `lesson_signal_state` (CReadline/shim.h) allocated once, before the first handler is
/// installed, and never freed. The handler itself is C (`lesson_handle_signal`, only
/// async-signal-safe calls); the Swift side is a one-line trampoline that passes this pointer.
enum SignalStorage {
    /// The storage; set up on first use together with the alternate signal stack (so a stack
    /// overflow's SIGSEGV can still restore the terminal) and an `atexit` restore.
    nonisolated(unsafe) static let state: UnsafeMutablePointer<lesson_signal_state> = {
        let state = UnsafeMutablePointer<lesson_signal_state>.allocate(capacity: 1)
        lesson_state_reset(state)
        let stackSize = 256 * 1024
        let stack = UnsafeMutableRawPointer.allocate(byteCount: stackSize, alignment: 16)
        _ = lesson_install_alternate_stack(stack, stackSize)
        atexit { lesson_restore_terminal(SignalStorage.state) }
        return state
    }()

    /// The handler of every signal below.
    static let handler: @convention(c) (Int32, UnsafeMutablePointer<siginfo_t>?, UnsafeMutableRawPointer?) -> Void = {
        signal, info, _ in lesson_handle_signal(SignalStorage.state, signal, info)
    }

    /// Interrupt, terminate, hang up: the loop saves, restores and exits.
    static let terminationSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP]
    /// Stop (restore, really stop, re-apply on continue), continue, window resized.
    static let jobControlSignals: [Int32] = [SIGTSTP, SIGCONT, SIGWINCH]
    /// Crashes: restore with the prepared bytes, then let the signal do what it would have done.
    static let fatalSignals: [Int32] = [SIGSEGV, SIGBUS, SIGABRT, SIGFPE, SIGILL, SIGTRAP, SIGQUIT, SIGSYS]

    static var allSignals: [Int32] { terminationSignals + jobControlSignals + fatalSignals }

    static func install() {
        for signal in terminationSignals + jobControlSignals {
            _ = lesson_install_handler(state, signal, handler, 0)
        }
        for signal in fatalSignals {
            _ = lesson_install_handler(state, signal, handler, 1)
        }
    }

    static func uninstall() {
        for signal in allSignals { _ = lesson_uninstall_handler(state, signal) }
    }

    /// Runs `body` with the handled signals blocked on this thread, so a handler never sees a
    /// half-changed state.
    static func withSignalsBlocked<T>(_ body: () throws -> T) rethrows -> T {
        var previous = sigset_t()
        lesson_block_signals(&previous)
        defer { lesson_restore_signal_mask(&previous) }
        return try body()
    }
}
