/// Collects the diagnostics of one file, up to ``SourceLimits/maximumDiagnosticsPerFile``.
///
/// Past the cap, further problems are counted and summarised by ``finish()`` as one note, so a
/// file made of nothing but mistakes still gives a readable report.
public struct DiagnosticSink: Sendable {
    public let path: String
    public private(set) var diagnostics: [Diagnostic] = []
    private var dropped = 0
    private let cap: Int

    public init(path: String, cap: Int = SourceLimits.maximumDiagnosticsPerFile) {
        self.path = path
        self.cap = cap
    }

    public var hasErrors: Bool { diagnostics.containsErrors || droppedErrors > 0 }
    private var droppedErrors = 0

    public mutating func add(_ diagnostic: Diagnostic) {
        if diagnostics.count < cap {
            diagnostics.append(diagnostic)
        } else {
            dropped += 1
            if diagnostic.severity == .error { droppedErrors += 1 }
        }
    }

    public mutating func error(_ message: String, at location: SourceLocation?, hint: String? = nil) {
        add(Diagnostic(path: path, location: location, severity: .error, message: message, hint: hint))
    }

    public mutating func warning(_ message: String, at location: SourceLocation?, hint: String? = nil) {
        add(Diagnostic(path: path, location: location, severity: .warning, message: message, hint: hint))
    }

    public mutating func note(_ message: String, at location: SourceLocation?, hint: String? = nil) {
        add(Diagnostic(path: path, location: location, severity: .note, message: message, hint: hint))
    }

    public mutating func append(contentsOf other: [Diagnostic]) {
        for diagnostic in other { add(diagnostic) }
    }

    /// The collected diagnostics in reading order, plus a note when some were dropped.
    public func finish() -> [Diagnostic] {
        var result = diagnostics.sortedByLocation()
        if dropped > 0 {
            result.append(Diagnostic(path: path, location: nil, severity: droppedErrors > 0 ? .error : .note,
                                     message: "\(dropped) more problems not shown (at most \(cap) are reported per file)"))
        }
        return result
    }
}
