import TrainingCore

/// A training / validation split of a data set's examples (indices in ascending order).
///
/// Deterministic: the same labels, groups, fraction and seed give the same split (the split
/// random stream of the seed). ``stratified(labels:classCount:validationFraction:seed:)`` keeps
/// each class's share in both parts; ``grouped(groups:validationFraction:seed:)`` puts every
/// example of an entity on the same side, the split that prevents entity leakage.
public struct DataSplit: Sendable, Hashable {
    /// Example indices for training.
    public var training: [Int]
    /// Example indices for validation.
    public var validation: [Int]

    public init(training: [Int], validation: [Int]) {
        self.training = training
        self.validation = validation
    }

    /// Per class, a shuffled `validationFraction` of its examples (rounded, at least one when
    /// the class has two or more) go to validation; the rest train.
    public static func stratified(labels: [Int], classCount: Int, validationFraction: Double = 0.2, seed: UInt64) -> DataSplit {
        var rng = SplitMix64(seed: seed, stream: .split)
        var byClass = [[Int]](repeating: [], count: max(0, classCount))
        for (i, y) in labels.enumerated() where y >= 0 && y < classCount { byClass[y].append(i) }
        var training: [Int] = [], validation: [Int] = []
        for var members in byClass {
            rng.shuffle(&members)
            var take = Int((Double(members.count) * validationFraction).rounded())
            if members.count >= 2 { take = min(members.count - 1, max(1, take)) } else { take = 0 }
            validation.append(contentsOf: members.prefix(take))
            training.append(contentsOf: members.dropFirst(take))
        }
        return DataSplit(training: training.sorted(), validation: validation.sorted())
    }

    /// A random split by example, ignoring classes and groups: what a naive pipeline does.
    public static func random(count: Int, validationFraction: Double = 0.2, seed: UInt64) -> DataSplit {
        var rng = SplitMix64(seed: seed, stream: .split)
        var order = Array(0..<count)
        rng.shuffle(&order)
        let take = count >= 2 ? min(count - 1, max(1, Int((Double(count) * validationFraction).rounded()))) : 0
        return DataSplit(training: order.dropFirst(take).sorted(), validation: order.prefix(take).sorted())
    }

    /// Whole groups go to validation (shuffled groups, until about `validationFraction` of the
    /// examples are there); the other groups train. No group is on both sides.
    public static func grouped(groups: [Int], validationFraction: Double = 0.2, seed: UInt64) -> DataSplit {
        var rng = SplitMix64(seed: seed, stream: .split)
        let groupCount = (groups.max() ?? -1) + 1
        var members = [[Int]](repeating: [], count: groupCount)
        for (i, g) in groups.enumerated() { members[g].append(i) }
        var order = Array(0..<groupCount)
        rng.shuffle(&order)
        let wanted = Int((Double(groups.count) * validationFraction).rounded())
        var validation: [Int] = [], training: [Int] = []
        for (k, g) in order.enumerated() {
            if validation.count < wanted && k < groupCount - 1 {
                validation.append(contentsOf: members[g])
            } else {
                training.append(contentsOf: members[g])
            }
        }
        return DataSplit(training: training.sorted(), validation: validation.sorted())
    }
}
