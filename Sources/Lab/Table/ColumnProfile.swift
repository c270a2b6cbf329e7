/// What one column holds, counted once and shared by the audit and the feature encoder.
///
/// A column is ``Kind/numeric`` when its present values are numbers, allowing up to 5% stray
/// text values (counted in ``textCount``; the encoder treats them as missing and the audit
/// points at the first). It is ``Kind/categorical`` when more of it is text, and
/// ``Kind/empty`` when every cell is missing. Mean and standard deviation are over the finite
/// numbers only, the standard deviation with divisor n (NumPy's default).
public struct ColumnProfile: Sendable, Hashable {
    /// Numeric, categorical (text) or empty.
    public enum Kind: String, Sendable, Hashable {
        case numeric, categorical, empty
    }

    /// The column's name in the header.
    public var name: String
    /// Its position in the table (0-based).
    public var index: Int
    public var kind: Kind
    /// Cells that are empty or a missing-value token.
    public var missingCount: Int
    /// Cells that are NaN.
    public var nanCount: Int
    /// Cells that are +∞ or −∞.
    public var infinityCount: Int
    /// Cells that are text (not a number, not missing).
    public var textCount: Int
    /// Distinct present values (by their trimmed text).
    public var distinctCount: Int
    /// Mean of the finite numbers (NaN when there are none).
    public var mean: Double
    /// Standard deviation (divisor n) of the finite numbers (NaN when there are none).
    public var standardDeviation: Double
    /// Whether every finite number is a whole number (false when there are none).
    public var isIntegral: Bool
    /// Whether the finite numbers, in row order, go up by exactly 1 each row (0, 1, 2, ...).
    public var isRowCounter: Bool
    /// The first row (0-based) that is missing, NaN/∞, or text, for pointing into the file.
    public var firstMissingRow: Int?
    public var firstNonFiniteRow: Int?
    public var firstTextRow: Int?

    /// Cells that are NaN or ±∞.
    public var nonFiniteCount: Int { nanCount + infinityCount }

    /// The profile of column `index` of `table`.
    public init(table: DataTable, index: Int) {
        self.name = table.columnNames[index]
        self.index = index
        var missing = 0, nan = 0, inf = 0, text = 0, numbers = 0
        var firstMissing: Int?, firstNonFinite: Int?, firstText: Int?
        var distinct = Set<String>()
        var sum = 0.0, finiteCount = 0
        var integral = true
        var counter = true
        var previous: Double?
        var finite: [Double] = []
        finite.reserveCapacity(table.rowCount)
        for (r, cell) in table.columns[index].enumerated() {
            let value = CellValue(cell)
            switch value {
            case .missing:
                missing += 1
                if firstMissing == nil { firstMissing = r }
                continue
            case .text(let t):
                text += 1
                if firstText == nil { firstText = r }
                distinct.insert(t)
            case .number(let x):
                numbers += 1
                distinct.insert(cell.trimmingSpaces)
                if x.isNaN || x.isInfinite {
                    if x.isNaN { nan += 1 } else { inf += 1 }
                    if firstNonFinite == nil { firstNonFinite = r }
                    continue
                }
                finite.append(x)
                sum += x
                finiteCount += 1
                if x.rounded() != x { integral = false }
                if let p = previous, x != p + 1 { counter = false }
                previous = x
            }
        }
        let present = table.rowCount - missing
        if present == 0 {
            kind = .empty
        } else if numbers > 0 && Double(text) <= 0.05 * Double(present) {
            kind = .numeric
        } else {
            kind = .categorical
        }
        missingCount = missing
        nanCount = nan
        infinityCount = inf
        textCount = text
        distinctCount = distinct.count
        if finiteCount > 0 {
            let m = sum / Double(finiteCount)
            var squares = 0.0
            for x in finite { squares += (x - m) * (x - m) }
            mean = m
            standardDeviation = (squares / Double(finiteCount)).squareRoot()
        } else {
            mean = .nan
            standardDeviation = .nan
        }
        isIntegral = finiteCount > 0 && integral
        isRowCounter = finiteCount >= 3 && counter && finiteCount == table.rowCount
        firstMissingRow = firstMissing
        firstNonFiniteRow = firstNonFinite
        firstTextRow = firstText
    }

    /// Profiles of every column of `table`, in order.
    public static func all(_ table: DataTable) -> [ColumnProfile] {
        table.columnNames.indices.map { ColumnProfile(table: table, index: $0) }
    }
}
