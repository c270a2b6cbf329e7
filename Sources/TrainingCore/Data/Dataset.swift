/// A table of examples: numeric features plus class labels (classification) or numeric
/// targets (regression), and optionally the entity each row belongs to.
///
/// Features are stored row-major in one flat `[Double]` (row i, feature c at
/// `i·featureCount + c`). Classification labels are class ids in 0..<``classCount``.
/// ``entities`` (e.g. the patient of each scan) is empty when rows are independent.
public struct Dataset: Sendable, Hashable {
    /// Row-major features, ``count`` × ``featureCount``.
    public private(set) var features: [Double]
    /// The number of features per row.
    public let featureCount: Int
    /// The class of each row (classification), or empty (regression).
    public private(set) var labels: [Int]
    /// The number of classes (≥ 1 for classification; 0 for regression).
    public let classCount: Int
    /// Row-major regression targets, ``count`` × ``targetCount``; empty for classification.
    public private(set) var targets: [Double]
    /// The number of targets per row (0 for classification).
    public let targetCount: Int
    /// The entity (group) id of each row, or empty when rows are independent.
    public private(set) var entities: [Int]
    /// The number of rows.
    public let count: Int

    /// A classification data set. Throws if the shapes disagree or a label is out of range.
    public init(features: [Double], featureCount: Int, labels: [Int], classCount: Int,
                entities: [Int] = []) throws {
        guard featureCount >= 1 else { throw TrainingCoreError.invalidData("a data set needs at least one feature") }
        guard features.count == labels.count * featureCount else {
            throw TrainingCoreError.invalidData("\(features.count) feature values do not make \(labels.count) rows of \(featureCount)")
        }
        guard classCount >= 1 else { throw TrainingCoreError.invalidData("classCount must be at least 1, got \(classCount)") }
        if let bad = labels.firstIndex(where: { $0 < 0 || $0 >= classCount }) {
            throw TrainingCoreError.invalidData("row \(bad): label \(labels[bad]) is outside 0..<\(classCount)")
        }
        guard entities.isEmpty || entities.count == labels.count else {
            throw TrainingCoreError.invalidData("\(entities.count) entity ids for \(labels.count) rows")
        }
        self.init(unchecked: features, featureCount: featureCount, labels: labels,
                  classCount: classCount, targets: [], targetCount: 0, entities: entities)
    }

    /// A regression data set with `targets.count / rows` targets per row.
    public init(features: [Double], featureCount: Int, targets: [Double], entities: [Int] = []) throws {
        guard featureCount >= 1 else { throw TrainingCoreError.invalidData("a data set needs at least one feature") }
        guard features.count % featureCount == 0 else {
            throw TrainingCoreError.invalidData("\(features.count) feature values are not rows of \(featureCount)")
        }
        let rows = features.count / featureCount
        guard rows > 0, targets.count % rows == 0, targets.count >= rows else {
            throw TrainingCoreError.invalidData("\(targets.count) targets do not fit \(rows) rows")
        }
        guard entities.isEmpty || entities.count == rows else {
            throw TrainingCoreError.invalidData("\(entities.count) entity ids for \(rows) rows")
        }
        self.init(unchecked: features, featureCount: featureCount, labels: [], classCount: 0,
                  targets: targets, targetCount: targets.count / rows, entities: entities)
    }

    init(unchecked features: [Double], featureCount: Int, labels: [Int], classCount: Int,
         targets: [Double], targetCount: Int, entities: [Int]) {
        self.features = features
        self.featureCount = featureCount
        self.labels = labels
        self.classCount = classCount
        self.targets = targets
        self.targetCount = targetCount
        self.entities = entities
        self.count = featureCount > 0 ? features.count / featureCount : 0
    }

    /// True for a classification data set (it has labels).
    public var isClassification: Bool { classCount > 0 }

    /// The features of row `i`.
    public func row(_ i: Int) -> ArraySlice<Double> {
        features[(i * featureCount)..<((i + 1) * featureCount)]
    }

    /// Feature `c` of row `i`.
    public func feature(_ i: Int, _ c: Int) -> Double { features[i * featureCount + c] }

    /// The rows at `indices`, in that order (indices may repeat).
    public func subset(_ indices: [Int]) -> Dataset {
        var f: [Double] = []
        f.reserveCapacity(indices.count * featureCount)
        var l: [Int] = []
        var t: [Double] = []
        var e: [Int] = []
        for i in indices {
            f.append(contentsOf: row(i))
            if isClassification { l.append(labels[i]) }
            if targetCount > 0 { t.append(contentsOf: targets[(i * targetCount)..<((i + 1) * targetCount)]) }
            if !entities.isEmpty { e.append(entities[i]) }
        }
        return Dataset(unchecked: f, featureCount: featureCount, labels: l, classCount: classCount,
                       targets: t, targetCount: targetCount, entities: e)
    }

    /// This data set followed by the rows of `other` (same shape required, else nil).
    public func appending(_ other: Dataset) -> Dataset? {
        guard other.featureCount == featureCount, other.classCount == classCount,
              other.targetCount == targetCount, other.entities.isEmpty == entities.isEmpty else { return nil }
        return Dataset(unchecked: features + other.features, featureCount: featureCount,
                       labels: labels + other.labels, classCount: classCount,
                       targets: targets + other.targets, targetCount: targetCount,
                       entities: entities + other.entities)
    }

    /// How many rows of each class (classification), indexed by class id.
    public var classCounts: [Int] {
        var counts = [Int](repeating: 0, count: classCount)
        for y in labels { counts[y] += 1 }
        return counts
    }

    /// A copy with the given labels (same count and range required, else nil).
    public func replacingLabels(_ newLabels: [Int]) -> Dataset? {
        guard newLabels.count == count, newLabels.allSatisfy({ $0 >= 0 && $0 < classCount }) else { return nil }
        var copy = self
        copy.labels = newLabels
        return copy
    }

    /// A copy with the given features (same count required, else nil).
    public func replacingFeatures(_ newFeatures: [Double]) -> Dataset? {
        guard newFeatures.count == features.count else { return nil }
        var copy = self
        copy.features = newFeatures
        return copy
    }

    /// A copy with the given regression targets (same count required, else nil).
    public func replacingTargets(_ newTargets: [Double]) -> Dataset? {
        guard newTargets.count == targets.count else { return nil }
        var copy = self
        copy.targets = newTargets
        return copy
    }
}
