/// The result of ``DataAudit``: the table's shape, each column's profile, the classes, the
/// split that was checked, and the findings, most severe first.
public struct AuditReport: Sendable {
    /// The file audited.
    public var path: String
    public var rowCount: Int
    public var columnCount: Int
    /// The target column's name.
    public var target: String
    /// The group column's name, if one was given.
    public var group: String?
    /// Every column's profile, in table order.
    public var profiles: [ColumnProfile]
    /// Class names and rows per class.
    public var classNames: [String]
    public var classCounts: [Int]
    /// The sizes of the split the leakage checks looked at.
    public var trainingCount: Int
    public var validationCount: Int
    /// What the audit found, most severe first.
    public var findings: [AuditFinding]

    /// True when no finding is an error.
    public var passed: Bool { !findings.contains { $0.severity == .error } }

    /// The findings of one check.
    public func findings(of check: AuditCheck) -> [AuditFinding] { findings.filter { $0.check == check } }

    /// How many findings have each severity: (errors, warnings, infos).
    public var counts: (errors: Int, warnings: Int, infos: Int) {
        (findings.filter { $0.severity == .error }.count, findings.filter { $0.severity == .warning }.count,
         findings.filter { $0.severity == .info }.count)
    }
}
