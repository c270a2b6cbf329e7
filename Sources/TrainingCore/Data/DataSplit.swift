/// Row indices of a train / validation / test split (each ascending, disjoint, together all
/// rows).
///
/// Three ways to split: ``random(count:validationFraction:testFraction:using:)`` by row,
/// ``stratified(labels:validationFraction:testFraction:using:)`` keeping each class's share,
/// and ``byEntity(entities:validationFraction:testFraction:using:)`` keeping all rows of an
/// entity (e.g. a patient's scans) on one side, which is what prevents leakage.
public struct DataSplit: Sendable, Hashable {
    /// Training rows.
    public var train: [Int]
    /// Validation rows.
    public var validation: [Int]
    /// Test rows (empty when no test fraction was asked for).
    public var test: [Int]

    /// A split from explicit index lists.
    public init(train: [Int], validation: [Int], test: [Int] = []) {
        self.train = train
        self.validation = validation
        self.test = test
    }

    /// Rows shuffled, then round(n·validationFraction) to validation, round(n·testFraction)
    /// to test, the rest to training.
    public static func random(count: Int, validationFraction: Double, testFraction: Double = 0,
                              using rng: inout SplitMix64) -> DataSplit {
        let order = rng.permutation(count)
        return cut(order, validationFraction, testFraction)
    }

    /// Like ``random(count:validationFraction:testFraction:using:)`` within each class, so
    /// every part keeps the class proportions (up to rounding per class).
    public static func stratified(labels: [Int], validationFraction: Double, testFraction: Double = 0,
                                  using rng: inout SplitMix64) -> DataSplit {
        var byClass: [Int: [Int]] = [:]
        for (i, y) in labels.enumerated() { byClass[y, default: []].append(i) }
        var result = DataSplit(train: [], validation: [], test: [])
        for y in byClass.keys.sorted() {
            var rows = byClass[y] ?? []
            rng.shuffle(&rows)
            let part = cut(rows, validationFraction, testFraction)
            result.train += part.train
            result.validation += part.validation
            result.test += part.test
        }
        result.train.sort()
        result.validation.sort()
        result.test.sort()
        return result
    }

    /// Entities (distinct ids, sorted, then shuffled) are cut by the fractions; every row
    /// follows its entity. No entity appears in two parts.
    public static func byEntity(entities: [Int], validationFraction: Double, testFraction: Double = 0,
                                using rng: inout SplitMix64) -> DataSplit {
        var ids = Array(Set(entities)).sorted()
        rng.shuffle(&ids)
        let part = cut(ids, validationFraction, testFraction)
        let validationSet = Set(part.validation), testSet = Set(part.test)
        var result = DataSplit(train: [], validation: [], test: [])
        for (i, e) in entities.enumerated() {
            if validationSet.contains(e) {
                result.validation.append(i)
            } else if testSet.contains(e) {
                result.test.append(i)
            } else {
                result.train.append(i)
            }
        }
        return result
    }

    static func cut(_ order: [Int], _ validationFraction: Double, _ testFraction: Double) -> DataSplit {
        let n = order.count
        let nv = min(n, max(0, Int((Double(n) * validationFraction).rounded())))
        let nt = min(n - nv, max(0, Int((Double(n) * testFraction).rounded())))
        return DataSplit(train: order[(nv + nt)...].sorted(),
                         validation: order[..<nv].sorted(),
                         test: order[nv..<(nv + nt)].sorted())
    }
}

extension Dataset {
    /// The three parts of `split` as data sets.
    public func parts(_ split: DataSplit) -> (train: Dataset, validation: Dataset, test: Dataset) {
        (subset(split.train), subset(split.validation), subset(split.test))
    }
}
