import Foundation

/// Times whole runs of this same executable (start-up included), output discarded.
enum ProcessBench {
    /// Milliseconds per run of `lesson ARGUMENTS`, or nil when the executable cannot be found.
    static func wholeProcess(arguments: [String], runs: Int) -> [Double]? {
        guard let executable = Bundle.main.executableURL else { return nil }
        var samples: [Double] = []
        for _ in 0..<runs {
            let process = Process()
            process.executableURL = executable
            process.arguments = arguments
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            process.standardInput = FileHandle.nullDevice
            let micro = Stopwatch.microseconds {
                do {
                    try process.run()
                    process.waitUntilExit()
                } catch {}
            }
            samples.append(micro / 1000)
        }
        return samples
    }
}
