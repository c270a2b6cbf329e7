#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// The facts about a file descriptor that ``Capabilities`` are decided from: whether it is a
/// terminal and the window size. The only code in this module that asks the operating system.
public struct TerminalProbe: Sendable, Hashable {
    /// `isatty` of the descriptor.
    public var isTerminal: Bool
    /// Columns from `TIOCGWINSZ`, when the call succeeds and reports a positive size.
    public var columns: Int?
    /// Rows from `TIOCGWINSZ`, when known.
    public var rows: Int?

    public init(isTerminal: Bool, columns: Int?, rows: Int?) {
        self.isTerminal = isTerminal
        self.columns = columns
        self.rows = rows
    }

    /// Reads the facts of `fd` (standard output by default).
    public static func read(fileDescriptor fd: Int32 = 1) -> TerminalProbe {
        let terminal = isatty(fd) == 1
        var size = winsize()
        #if canImport(Glibc)
        let status = ioctl(fd, UInt(TIOCGWINSZ), &size)
        #else
        let status = ioctl(fd, TIOCGWINSZ, &size)
        #endif
        guard status == 0, size.ws_col > 0 else { return TerminalProbe(isTerminal: terminal, columns: nil, rows: nil) }
        return TerminalProbe(isTerminal: terminal, columns: Int(size.ws_col), rows: size.ws_row > 0 ? Int(size.ws_row) : nil)
    }
}

extension Capabilities {
    /// The capabilities of this process's standard output: the options, the process
    /// environment and a ``TerminalProbe`` of descriptor 1, through the pure
    /// ``detect(color:ascii:width:environment:isTerminal:windowColumns:)``.
    public static func current(color: ColorChoice = .auto, ascii: Bool = false, width: Int? = nil) -> Capabilities {
        let probe = TerminalProbe.read()
        return detect(color: color, ascii: ascii, width: width,
                      environment: ProcessInfo.processInfo.environment,
                      isTerminal: probe.isTerminal, windowColumns: probe.columns)
    }
}
