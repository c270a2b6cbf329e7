import CReadline
#if canImport(Glibc)
import Glibc
#endif

/// Runs a built executable under a pseudo-terminal, for end-to-end tests of the real thing:
/// real raw mode, real readline, real signals from the terminal, real resizes.
///
/// The child starts a new session whose controlling terminal is the pty (so Ctrl-C typed on it
/// sends SIGINT, a resize sends SIGWINCH), with default signal actions and nothing blocked.
/// Every wait has a deadline (a test fails with the output so far instead of hanging), and the
/// child is killed when the harness goes away. The parent keeps the slave side open, so the
/// terminal's modes can be read (through the master) at any time, also after the child exits.
final class PseudoTerminal {
    let master: Int32
    let slave: Int32
    let pid: pid_t
    /// Everything the child wrote so far.
    private(set) var output: [UInt8] = []
    /// Where the next `expect` starts looking.
    private var cursor = 0
    private var status: ProcessStatus?
    let timeout: Duration
    /// The terminal's modes before the child started: what it must leave behind.
    let initialModes: TerminalModes
    private let initialAttributes: termios

    init(
        executable: String, arguments: [String] = [], environment: [String: String],
        columns: Int = 80, rows: Int = 24, timeout: Duration = .seconds(30)
    ) throws {
        self.timeout = timeout
        var masterDescriptor: Int32 = -1
        var name = [CChar](repeating: 0, count: 256)
        guard lesson_open_pty(&masterDescriptor, &name, name.count) == 0 else { throw HarnessError("cannot open a pty: \(errno)") }
        let slavePath = String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        master = masterDescriptor
        slave = open(slavePath, O_RDWR | O_NOCTTY | O_CLOEXEC)
        guard slave >= 0 else {
            close(master)
            throw HarnessError("cannot open \(slavePath): \(errno)")
        }
        _ = lesson_set_window_size(master, Int32(columns), Int32(rows))
        var modes = termios()
        _ = tcgetattr(master, &modes)
        initialModes = TerminalModes(modes)
        initialAttributes = modes

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, slavePath, O_RDWR, 0)  // becomes the controlling tty
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGTSTP, SIGCONT, SIGWINCH, SIGPIPE, SIGTTIN, SIGTTOU, SIGCHLD] {
            sigaddset(&defaults, signal)
        }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        var nothing = sigset_t()
        sigemptyset(&nothing)
        posix_spawnattr_setsigmask(&attributes, &nothing)
        posix_spawnattr_setflags(&attributes, Int16(LESSON_POSIX_SPAWN_SETSID | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.sorted { $0.key < $1.key }.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var child: pid_t = 0
        let result = posix_spawn(&child, executable, &actions, &attributes, argv, envp)
        guard result == 0 else {
            close(master)
            close(slave)
            throw HarnessError("cannot start \(executable): \(String(cString: strerror(result)))")
        }
        pid = child
    }

    deinit {
        if status == nil || status?.isStopped == true {
            kill(pid, SIGKILL)
            var raw: Int32 = 0
            _ = waitpid(pid, &raw, 0)
        }
        close(master)
        close(slave)
    }

    // MARK: Talking to the child

    func send(_ bytes: [UInt8]) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR || errno == EAGAIN { pump(for: .milliseconds(10)); continue }
                return
            }
            offset += written
        }
    }

    func send(_ text: String) { send(Array(text.utf8)) }

    /// Waits until `text` appears after what earlier expectations matched; returns the output
    /// between. Throws, with the output so far, when the deadline passes.
    @discardableResult
    func expect(_ text: String) throws -> String {
        let needle = Array(text.utf8)
        let deadline = ContinuousClock.now.advanced(by: timeout)
        while true {
            if let end = find(needle) {
                let between = String(decoding: output[cursor..<(end - needle.count)], as: UTF8.self)
                cursor = end
                return between
            }
            guard ContinuousClock.now < deadline else {
                throw HarnessError("timed out waiting for \(text.debugDescription); output so far: \(transcript.debugDescription)")
            }
            pump(for: .milliseconds(100))
        }
    }

    /// Everything written so far, as text.
    var transcript: String { String(decoding: output, as: UTF8.self) }

    /// The output not yet matched by `expect`.
    var unmatched: String { String(decoding: output[cursor...], as: UTF8.self) }

    private func find(_ needle: [UInt8]) -> Int? {
        guard !needle.isEmpty, output.count - cursor >= needle.count else { return nil }
        for start in cursor...(output.count - needle.count) where output[start] == needle[0] {
            if output[start..<(start + needle.count)].elementsEqual(needle) { return start + needle.count }
        }
        return nil
    }

    /// Reads what the child wrote, waiting at most `duration` for something.
    private func pump(for duration: Duration) {
        var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        let milliseconds = Int32(duration.components.seconds * 1000 + duration.components.attoseconds / 1_000_000_000_000_000)
        guard poll(&descriptor, 1, milliseconds) > 0 else { return }
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = read(master, &buffer, buffer.count)
        if count > 0 { output.append(contentsOf: buffer[0..<count]) }
    }

    // MARK: The terminal

    /// The modes of the terminal now (of the slave side, read through the master).
    func modes() -> TerminalModes {
        var attributes = termios()
        _ = tcgetattr(master, &attributes)
        return TerminalModes(attributes)
    }

    /// Puts the initial modes back, as a shell does when a job it ran stops.
    func setInitialModes() {
        var attributes = initialAttributes
        _ = tcsetattr(master, TCSANOW, &attributes)
    }

    /// Resizes the terminal; the kernel sends SIGWINCH to the child's foreground group.
    func resize(columns: Int, rows: Int) {
        _ = lesson_set_window_size(master, Int32(columns), Int32(rows))
    }

    // MARK: The process

    func signal(_ signal: Int32) { kill(pid, signal) }

    /// Waits for the child to end (or stop, with `orStop`), reading its output meanwhile.
    @discardableResult
    func waitForExit(orStop: Bool = false) throws -> ProcessStatus {
        let deadline = ContinuousClock.now.advanced(by: timeout)
        while true {
            var raw: Int32 = 0
            let result = waitpid(pid, &raw, WNOHANG | (orStop ? WUNTRACED : 0))
            if result == pid {
                let decoded = ProcessStatus(raw)
                status = decoded
                pump(for: .zero)
                while true {  // drain what is left
                    let before = output.count
                    pump(for: .milliseconds(20))
                    if output.count == before { break }
                }
                return decoded
            }
            guard ContinuousClock.now < deadline else {
                throw HarnessError("timed out waiting for the child to \(orStop ? "stop" : "exit"); output so far: \(transcript.debugDescription)")
            }
            pump(for: .milliseconds(20))
        }
    }

    /// Continues a stopped child (SIGCONT).
    func continueAfterStop() {
        kill(pid, SIGCONT)
        status = nil
    }
}

/// How a child ended (or stopped), decoded from waitpid's status.
enum ProcessStatus: Equatable, CustomStringConvertible {
    case exited(Int32)
    case signaled(Int32)
    case stopped(Int32)

    init(_ raw: Int32) {
        if raw & 0x7F == 0 {
            self = .exited((raw >> 8) & 0xFF)
        } else if raw & 0xFF == 0x7F {
            self = .stopped((raw >> 8) & 0xFF)
        } else {
            self = .signaled(raw & 0x7F)
        }
    }

    var isStopped: Bool { if case .stopped = self { true } else { false } }

    var description: String {
        switch self {
        case .exited(let code): "exited with status \(code)"
        case .signaled(let signal): "killed by signal \(signal)"
        case .stopped(let signal): "stopped by signal \(signal)"
        }
    }
}

/// A terminal's modes as comparable values, like `stty -g`: the four flag words and the
/// control characters.
struct TerminalModes: Equatable, CustomStringConvertible {
    var input: UInt32
    var output: UInt32
    var control: UInt32
    var local: UInt32
    var characters: [UInt8]

    init(_ attributes: termios) {
        input = UInt32(attributes.c_iflag)
        output = UInt32(attributes.c_oflag)
        control = UInt32(attributes.c_cflag)
        local = UInt32(attributes.c_lflag)
        var copy = attributes
        characters = withUnsafeBytes(of: &copy.c_cc) { Array($0) }
    }

    /// No line editing, no echo, no signal keys.
    var isRaw: Bool { local & UInt32(ICANON | ECHO | ISIG) == 0 }
    var isCanonical: Bool { local & UInt32(ICANON) != 0 }
    var echoes: Bool { local & UInt32(ECHO) != 0 }

    var description: String {
        String(input, radix: 16) + ":" + String(output, radix: 16) + ":" + String(control, radix: 16) + ":"
            + String(local, radix: 16) + ":" + characters.map { String($0, radix: 16) }.joined(separator: ":")
    }
}

struct HarnessError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
