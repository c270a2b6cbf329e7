/// A position in a source file: 1-based line and column.
///
/// Columns count Unicode scalars from the start of the line (a tab is one column), the same
/// unit Yams/libyaml uses, so YAML and Markdown positions agree.
public struct SourceLocation: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Line number, starting at 1.
    public var line: Int
    /// Column number, starting at 1.
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// The first character of a file.
    public static let start = SourceLocation(line: 1, column: 1)

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }

    /// `line:column`.
    public var description: String { "\(line):\(column)" }
}

/// A span of source text: `start` is the first character, `end` the position just after the
/// last one (exclusive, like swift-markdown's ranges).
public struct SourceRange: Hashable, Sendable, CustomStringConvertible {
    public var start: SourceLocation
    public var end: SourceLocation

    public init(start: SourceLocation, end: SourceLocation) {
        self.start = start
        self.end = end
    }

    /// A range of `length` columns on one line.
    public init(line: Int, column: Int, length: Int) {
        self.start = SourceLocation(line: line, column: column)
        self.end = SourceLocation(line: line, column: column + max(0, length))
    }

    /// An empty range at `location`.
    public init(at location: SourceLocation) {
        self.start = location
        self.end = location
    }

    /// `line:col-line:col`.
    public var description: String { "\(start)-\(end)" }
}
