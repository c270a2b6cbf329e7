import CReadline
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The size of the terminal window in cells.
///
/// Decided in this order: the terminal's own size (TIOCGWINSZ on stdout), then the `COLUMNS`
/// and `LINES` environment variables, then 80 × 24. A zero or negative size from any source
/// counts as unknown (a pty nobody sized reports 0 × 0).
public struct WindowSize: Hashable, Sendable, CustomStringConvertible {
    public var columns: Int
    public var rows: Int

    public static let fallback = WindowSize(columns: 80, rows: 24)

    public init(columns: Int, rows: Int) {
        self.columns = columns
        self.rows = rows
    }

    public var description: String { "\(columns)x\(rows)" }

    /// The decision, without any I/O: `terminal` is what TIOCGWINSZ said (nil: not a terminal).
    public static func decide(terminal: WindowSize?, environment: [String: String]) -> WindowSize {
        func positive(_ value: Int?) -> Int? { value.flatMap { $0 > 0 ? $0 : nil } }
        func number(_ name: String) -> Int? {
            positive(environment[name].flatMap { Int($0.filter { $0 != " " }) })
        }
        let columns = positive(terminal?.columns) ?? number("COLUMNS") ?? fallback.columns
        let rows = positive(terminal?.rows) ?? number("LINES") ?? fallback.rows
        return WindowSize(columns: columns, rows: rows)
    }

    /// What TIOCGWINSZ reports for `descriptor`, or nil when it is not a terminal.
    public static func ofTerminal(_ descriptor: Int32) -> WindowSize? {
        var columns: Int32 = 0
        var rows: Int32 = 0
        guard lesson_window_size(descriptor, &columns, &rows) == 0 else { return nil }
        return WindowSize(columns: Int(columns), rows: Int(rows))
    }

    /// The size to draw at now: stdout's terminal, then `COLUMNS`/`LINES`, then 80 × 24.
    public static func current(
        descriptor: Int32 = STDOUT_FILENO,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> WindowSize {
        decide(terminal: ofTerminal(descriptor), environment: environment)
    }
}
