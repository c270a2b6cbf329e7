/// One problem found in a course file: where, how bad, what is wrong and, where one helps, a hint.
///
/// Printed as `path:line:col: error: message` (see ``DiagnosticFormatter``). `location` is nil
/// for a problem with the whole file (it cannot be read, it is too large); it is then shown
/// without line and column.
public struct Diagnostic: Hashable, Sendable, Error {
    /// How bad a problem is. Only errors make `lesson check` fail.
    public enum Severity: String, Hashable, Sendable, Comparable {
        case error, warning, note

        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            lhs.rank < rhs.rank
        }

        private var rank: Int {
            switch self {
            case .error: 0
            case .warning: 1
            case .note: 2
            }
        }
    }

    public var path: String
    public var location: SourceLocation?
    public var severity: Severity
    public var message: String
    /// A suggestion shown under the message, such as `did you mean 'insight'?`.
    public var hint: String?

    public init(path: String, location: SourceLocation?, severity: Severity, message: String, hint: String? = nil) {
        self.path = path
        self.location = location
        self.severity = severity
        self.message = message
        self.hint = hint
    }

    /// An error at `location` in `path`.
    public static func error(_ message: String, at location: SourceLocation?, in path: String, hint: String? = nil) -> Diagnostic {
        Diagnostic(path: path, location: location, severity: .error, message: message, hint: hint)
    }

    /// A warning at `location` in `path`.
    public static func warning(_ message: String, at location: SourceLocation?, in path: String, hint: String? = nil) -> Diagnostic {
        Diagnostic(path: path, location: location, severity: .warning, message: message, hint: hint)
    }

    /// `path:line:col: severity: message`, with no hint and no excerpt.
    public var summaryLine: String {
        let place = location.map { "\(path):\($0.line):\($0.column)" } ?? path
        return (place.isEmpty ? "" : place + ": ") + "\(severity.rawValue): \(message)"
    }
}

extension Array where Element == Diagnostic {
    /// Whether any diagnostic is an error.
    public var containsErrors: Bool { contains { $0.severity == .error } }

    /// The diagnostics in reading order: by path, then line and column; whole-file problems first.
    /// Diagnostics at the same place keep their relative order.
    public func sortedByLocation() -> [Diagnostic] {
        enumerated().sorted { a, b in
            if a.element.path != b.element.path { return a.element.path < b.element.path }
            let la = a.element.location ?? SourceLocation(line: 0, column: 0)
            let lb = b.element.location ?? SourceLocation(line: 0, column: 0)
            if la != lb { return la < lb }
            return a.offset < b.offset
        }.map(\.element)
    }
}
