import Foundation

/// Times whole runs of this same executable (start-up included), output discarded. Uses
/// posix_spawn and waitpid directly: Foundation's Process adds tens of milliseconds of its
/// own waiting on Linux.
enum ProcessBench {
    /// Milliseconds per run of `lesson ARGUMENTS`, or nil when the executable cannot be found.
    static func wholeProcess(arguments: [String], runs: Int) -> [Double]? {
        guard let executable = Bundle.main.executablePath else { return nil }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for descriptor: Int32 in [0, 1, 2] {
            posix_spawn_file_actions_addopen(&actions, descriptor, "/dev/null", descriptor == 0 ? O_RDONLY : O_WRONLY, 0)
        }
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var samples: [Double] = []
        for _ in 0..<runs {
            var pid: pid_t = 0
            var status: Int32 = 0
            let micro = Stopwatch.microseconds {
                guard posix_spawn(&pid, executable, &actions, nil, argv, environ) == 0 else { return }
                _ = waitpid(pid, &status, 0)
            }
            samples.append(micro / 1000)
        }
        return samples
    }
}
