import ArgumentParser
import Foundation

/// Standard output and standard error as the command line writes them (Swift 6 rejects
/// Glibc's global `stdout`; all printing goes through here).
enum Output {
    /// Writes `text` to standard output as is.
    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Writes `text` and a line break to standard output.
    static func line(_ text: String = "") {
        write(text + "\n")
    }

    static func standardOutput(_ text: String) { write(text) }

    static func standardError(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// Writes `text` to `path`, or says why it could not and exits 1.
    static func write(_ text: String, to path: String, command: String) throws {
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        } catch {
            standardError("lesson \(command): cannot write \(path): \(error.localizedDescription)\n")
            throw ExitCode(1)
        }
    }

    /// Writes a line to standard error.
    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }
}

/// A command's failure: a message for standard error and the exit status (SPEC.md: 1 bad
/// input, 2 usage error).
struct CommandFailure: Error {
    let message: String
    let status: Int32

    static func usage(_ message: String) -> CommandFailure { CommandFailure(message: message, status: 2) }
    static func badInput(_ message: String) -> CommandFailure { CommandFailure(message: message, status: 1) }
}
