/// One problem the data audit found: which check, how serious, what it saw and what to do.
public struct AuditFinding: Sendable, Hashable {
    /// How serious a finding is.
    public enum Severity: String, Sendable, Hashable, CaseIterable, Comparable {
        /// The data will mislead training or evaluation (NaN, leakage, an ID as the label).
        case error
        /// Worth fixing; results may be worse or harder to read.
        case warning
        /// Good to know; the lab already copes with it.
        case info

        var rank: Int {
            switch self {
            case .error: return 0
            case .warning: return 1
            case .info: return 2
            }
        }

        /// More severe sorts first.
        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    }

    /// The check that found it.
    public var check: AuditCheck
    public var severity: Severity
    /// One line: what is wrong.
    public var title: String
    /// The evidence, one line each (columns, counts, lines in the file).
    public var details: [String]
    /// What to do about it.
    public var advice: String
    /// The columns concerned (may be empty).
    public var columns: [String]
    /// The first line in the file that shows the problem, when there is one.
    public var line: Int?

    public init(check: AuditCheck, severity: Severity, title: String, details: [String] = [], advice: String,
                columns: [String] = [], line: Int? = nil) {
        self.check = check
        self.severity = severity
        self.title = title
        self.details = details
        self.advice = advice
        self.columns = columns
        self.line = line
    }
}

/// The checks of the data audit, in the order a report lists findings of equal severity.
public enum AuditCheck: String, Sendable, Hashable, CaseIterable {
    case targetLooksLikeID = "target-looks-like-id"
    case targetLooksContinuous = "target-looks-continuous"
    case nonFinite = "non-finite"
    case splitDuplicates = "split-duplicates"
    case groupLeakage = "group-leakage"
    case missingValues = "missing-values"
    case missingTarget = "missing-target"
    case strayText = "stray-text"
    case constantColumn = "constant-column"
    case duplicateRows = "duplicate-rows"
    case conflictingLabels = "conflicting-labels"
    case classImbalance = "class-imbalance"
    case featureLooksLikeID = "feature-looks-like-id"
    case fewRows = "few-rows"
    case featureScale = "feature-scale"
    case textFeatures = "text-features"
}
