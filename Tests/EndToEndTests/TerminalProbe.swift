import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Where a built program of the package is (`lesson-terminal-probe` by default, or `lesson`)
/// and how to run it in a private state folder.
struct TerminalProbe {
    /// A fresh folder for this run's state (history, progress); removed by `cleanUp`.
    let folder: String
    /// The executable's name in the build folder.
    let program: String

    init(program: String = "lesson-terminal-probe") throws {
        self.program = program
        let template = FileManager.default.temporaryDirectory.path + "/lesson-e2e-XXXXXX"
        var bytes = Array(template.utf8CString)
        guard let made = mkdtemp(&bytes) else { throw HarnessError("cannot make a temporary folder") }
        folder = String(cString: made)
    }

    /// Programs sit next to the test bundle: `.build/<triple>/debug/lesson-terminal-probe`.
    var executable: String {
        let bundle = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? CommandLine.arguments[0]
        return URL(fileURLWithPath: bundle).deletingLastPathComponent().appendingPathComponent(program).path
    }

    var stateFolder: String { folder + "/state" }
    var historyFile: String { stateFolder + "/history/probe.history" }

    var environment: [String: String] {
        [
            "PATH": "/usr/bin:/bin",
            "HOME": folder,
            "TERM": "xterm-256color",
            "LANG": "C.UTF-8",
            "INPUTRC": "/dev/null",
            "LESSON_STATE_DIR": stateFolder,
            "SWIFT_BACKTRACE": "enable=no",
        ]
    }

    func start(_ mode: String, columns: Int = 80, rows: Int = 24) throws -> PseudoTerminal {
        try start(arguments: [mode], columns: columns, rows: rows)
    }

    func start(arguments: [String], columns: Int = 80, rows: Int = 24, extraEnvironment: [String: String] = [:]) throws -> PseudoTerminal {
        guard FileManager.default.isExecutableFile(atPath: executable) else {
            throw HarnessError("\(program) is not built at \(executable)")
        }
        return try PseudoTerminal(executable: executable, arguments: arguments,
                                  environment: environment.merging(extraEnvironment) { $1 }, columns: columns, rows: rows)
    }

    /// Runs the probe with pipes instead of a terminal: `input` on stdin (then closed), stdout
    /// returned. Killed if it has not finished within `timeout`.
    func runPiped(_ mode: String, input: [UInt8], timeout: Duration = .seconds(30)) throws -> (output: [UInt8], status: ProcessStatus) {
        try runPiped(arguments: [mode], input: input, timeout: timeout)
    }

    /// `errors`, when given, is a file that receives standard error (else /dev/null).
    func runPiped(arguments: [String], input: [UInt8], timeout: Duration = .seconds(30),
                  errors: String? = nil) throws -> (output: [UInt8], status: ProcessStatus) {
        var toChild: [Int32] = [-1, -1]
        var fromChild: [Int32] = [-1, -1]
        guard pipe(&toChild) == 0, pipe(&fromChild) == 0 else { throw HarnessError("pipe failed") }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, toChild[0], 0)
        posix_spawn_file_actions_adddup2(&actions, fromChild[1], 1)
        posix_spawn_file_actions_addopen(&actions, 2, errors ?? "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        for descriptor in toChild + fromChild { posix_spawn_file_actions_addclose(&actions, descriptor) }
        let words: [String] = [executable] + arguments
        let argv = words.map { strdup($0) } + [nil]
        let envp = environment.sorted { $0.key < $1.key }.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let result = posix_spawn(&pid, executable, &actions, nil, argv, envp)
        close(toChild[0])
        close(fromChild[1])
        guard result == 0 else {
            close(toChild[1])
            close(fromChild[0])
            throw HarnessError("cannot start the probe: \(result)")
        }
        _ = input.withUnsafeBytes { write(toChild[1], $0.baseAddress, $0.count) }
        close(toChild[1])
        var output: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        let deadline = ContinuousClock.now.advanced(by: timeout)
        while ContinuousClock.now < deadline {
            var descriptor = pollfd(fd: fromChild[0], events: Int16(POLLIN), revents: 0)
            guard poll(&descriptor, 1, 100) > 0 else { continue }
            let count = read(fromChild[0], &buffer, buffer.count)
            if count <= 0 { break }
            output.append(contentsOf: buffer[0..<count])
        }
        close(fromChild[0])
        var raw: Int32 = 0
        var reaped = false
        while !reaped, ContinuousClock.now < deadline {
            reaped = waitpid(pid, &raw, WNOHANG) == pid
            if !reaped { usleep(10_000) }
        }
        if !reaped {
            kill(pid, SIGKILL)
            _ = waitpid(pid, &raw, 0)
            throw HarnessError("\(program) did not finish; output: \(String(decoding: output, as: UTF8.self).debugDescription)")
        }
        return (output, ProcessStatus(raw))
    }

    func cleanUp() {
        try? FileManager.default.removeItem(atPath: folder)
    }
}
