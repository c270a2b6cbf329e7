/// What one CSV cell holds: nothing, a number (possibly NaN or ±∞), or text.
///
/// Missing: an empty cell (spaces only), `NA`, `N/A`, `null`, `None` or `?` (any case).
/// Numbers: anything Swift's `Double` parser accepts after trimming spaces, including `nan`,
/// `inf` and `-infinity`, which count as numbers that are not finite (a separate audit finding
/// from missing values).
public enum CellValue: Sendable, Hashable {
    case missing
    case number(Double)
    case text(String)

    /// The value of a cell's text.
    public init(_ cell: String) {
        let trimmed = cell.trimmingSpaces
        if trimmed.isEmpty {
            self = .missing
            return
        }
        if let x = Double(trimmed) {
            self = .number(x)
            return
        }
        if trimmed.utf8.count <= 4, CellValue.missingTokens.contains(trimmed.lowercased()) {
            self = .missing
            return
        }
        self = .text(trimmed)
    }

    static let missingTokens: Set<String> = ["na", "n/a", "null", "none", "?"]

    /// The number, if the cell holds one (finite or not).
    public var number: Double? {
        if case .number(let x) = self { return x }
        return nil
    }

    /// True for a missing cell.
    public var isMissing: Bool { self == .missing }
}
