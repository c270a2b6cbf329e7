/// The classes of a target column: its distinct present values in a fixed order, and each
/// row's class id.
///
/// Order: numerically when every present value is a number (`2` before `10`), else by text.
/// Values that are the same number written differently (`1`, `1.0`) are one class, named as
/// first written. Missing cells, and NaN, have no class (nil).
public struct ClassLabels: Sendable, Hashable {
    /// The class names, in class-id order.
    public var names: [String]
    /// The class id of each row, nil where the cell is missing.
    public var ids: [Int?]

    /// The classes of `cells`.
    public init(cells: [String]) {
        let values = cells.map { cell -> CellValue in
            let value = CellValue(cell)
            return value.number?.isNaN == true ? .missing : value
        }
        let present = values.filter { !$0.isMissing }
        let numeric = !present.isEmpty && present.allSatisfy { $0.number != nil }
        if numeric {
            var firstText: [Double: String] = [:]
            for (cell, value) in zip(cells, values) {
                if let x = value.number, firstText[x] == nil { firstText[x] = cell.trimmingSpaces }
            }
            let order = firstText.keys.sorted()
            let id = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0) })
            names = order.map { firstText[$0] ?? "" }
            ids = values.map { $0.number.flatMap { id[$0] } }
        } else {
            var set = Set<String>()
            for (cell, value) in zip(cells, values) where !value.isMissing { set.insert(cell.trimmingSpaces) }
            let order = set.sorted()
            let id = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0) })
            names = order
            ids = zip(cells, values).map { cell, value in value.isMissing ? nil : id[cell.trimmingSpaces] }
        }
    }

    /// The number of classes.
    public var count: Int { names.count }

    /// Rows per class, by class id.
    public var counts: [Int] {
        var counts = [Int](repeating: 0, count: names.count)
        for case let id? in ids { counts[id] += 1 }
        return counts
    }
}
