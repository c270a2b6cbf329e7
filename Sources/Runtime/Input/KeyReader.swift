#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads keys from the session's input, with a timeout, waking on signals too.
///
/// Each `next(timeout:)` waits (poll(2) on stdin and the session's signal self-pipe) until a key
/// is decoded, a signal is seen, or the timeout passes, so an animation can tick every ~50 ms
/// without busy waiting. A lone Escape is told from the start of a sequence by waiting
/// `escapeDelay` for more bytes. With `handlesJobControl` (the default), the Ctrl-C byte
/// interrupts (save, restore, exit 130) and the Ctrl-Z byte suspends, as the terminal would
/// with ISIG on; the loop never sees them as keys then.
///
/// Interrupts and terminations are handled inside `next` (it does not return from them).
public final class KeyReader {
    public let session: TerminalSession
    public let escapeDelay: Duration
    public let handlesJobControl: Bool
    private var decoder = KeyDecoder()
    private var queue: [InputEvent] = []
    private var buffer = [UInt8](repeating: 0, count: 512)

    public init(session: TerminalSession, escapeDelay: Duration = .milliseconds(25), handlesJobControl: Bool = true) {
        self.session = session
        self.escapeDelay = escapeDelay
        self.handlesJobControl = handlesJobControl
    }

    /// The next event; `.tick` when `timeout` (nil: forever) passes first.
    public func next(timeout: Duration? = nil) -> InputEvent {
        let clock = ContinuousClock()
        let deadline = timeout.map { clock.now.advanced(by: $0) }
        var escapeDeadline: ContinuousClock.Instant?
        while true {
            noticeSignals()
            if !queue.isEmpty { return queue.removeFirst() }

            let now = clock.now
            if let pendingSince = escapeDeadline, now >= pendingSince {
                escapeDeadline = nil
                enqueue(decoder.flush())
                if !queue.isEmpty { return queue.removeFirst() }
            }
            if let deadline, now >= deadline, !decoder.hasPending { return .tick }

            // While half a key waits, only the escape delay counts (no tick can come before it).
            let wait: Duration? = escapeDeadline.map { $0 - now } ?? deadline.map { $0 - now }
            var descriptors = [
                pollfd(fd: session.input, events: Int16(POLLIN), revents: 0),
                pollfd(fd: session.wakeDescriptor, events: Int16(POLLIN), revents: 0),
            ]
            let ready = poll(&descriptors, 2, wait.map(Self.milliseconds) ?? -1)
            if ready < 0 { continue }  // EINTR: a signal; noticed at the top
            if ready == 0 {
                if deadline.map({ clock.now >= $0 }) == true, !decoder.hasPending { return .tick }
                continue
            }
            let inputEvents = descriptors[0].revents
            if inputEvents & Int16(POLLIN | POLLHUP | POLLERR) != 0 {
                let count = read(session.input, &buffer, buffer.count)
                if count == 0 || (count < 0 && errno != EINTR && errno != EAGAIN) {
                    enqueue(decoder.flush())
                    queue.append(.endOfInput)
                    continue
                }
                if count > 0 {
                    enqueue(decoder.feed(buffer[0..<count]))
                    escapeDeadline = decoder.hasPending ? clock.now.advanced(by: escapeDelay) : nil
                }
            }
        }
    }

    private func noticeSignals() {
        let notices = session.takeSignals()
        if notices.contains(.continued) { queue.append(.redraw) }
        if notices.contains(.resized) { queue.append(.resized(session.windowSize)) }
    }

    private func enqueue(_ keys: [Key]) {
        for key in keys {
            if handlesJobControl, key == .interrupt { session.interrupt() }
            if handlesJobControl, key == .suspend {
                session.suspend()
                continue
            }
            queue.append(.key(key))
        }
    }

    /// A poll(2) timeout: rounded up, so a wait never ends just before its deadline and spins;
    /// 0 for a deadline already past (never negative, which would mean "forever").
    static func milliseconds(_ duration: Duration) -> Int32 {
        guard duration > .zero else { return 0 }
        let (seconds, attoseconds) = duration.components
        let total = seconds * 1000 + (attoseconds + 999_999_999_999_999) / 1_000_000_000_000_000
        return Int32(clamping: total)
    }
}
