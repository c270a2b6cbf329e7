/// Why the terminal could not be set up or changed.
public enum TerminalError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Raw mode was asked for but stdin is not a terminal (piped or redirected input).
    case notATerminal
    /// A second session was started while one is still active in this process.
    case sessionAlreadyActive
    /// A system call failed, with the errno it set.
    case system(call: String, errno: Int32)

    public var description: String {
        switch self {
        case .notATerminal:
            "standard input is not a terminal; interactive keys need a terminal"
        case .sessionAlreadyActive:
            "a terminal session is already active in this process"
        case .system(let call, let code):
            "\(call) failed: \(SystemError.message(code))"
        }
    }
}

/// strerror, for messages.
enum SystemError {
    static func message(_ code: Int32) -> String {
        guard let text = strerror(code) else { return "error \(code)" }
        return String(cString: text)
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
