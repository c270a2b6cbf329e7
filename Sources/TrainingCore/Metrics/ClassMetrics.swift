/// Small helpers on class labels: accuracy, class weights for rebalancing.
public enum ClassMetrics {
    /// The fraction of positions where `predicted` equals `truth`; throws when the lengths
    /// differ or they are empty.
    public static func accuracy(truth: [Int], predicted: [Int]) throws -> Double {
        guard truth.count == predicted.count, !truth.isEmpty else {
            throw TrainingCoreError.invalidMetricInput("accuracy needs two non-empty label lists of equal length")
        }
        var correct = 0
        for (t, p) in zip(truth, predicted) where t == p { correct += 1 }
        return Double(correct) / Double(truth.count)
    }

    /// scikit-learn's "balanced" class weights: n / (classes · count of the class); a class with
    /// no rows gets weight 0. Use them in ``TrainingConfiguration/classWeights``.
    public static func balancedClassWeights(labels: [Int], classCount: Int) -> [Double] {
        var counts = [Int](repeating: 0, count: max(0, classCount))
        for y in labels where y >= 0 && y < classCount { counts[y] += 1 }
        let n = Double(labels.count)
        return counts.map { $0 == 0 ? 0 : n / (Double(classCount) * Double($0)) }
    }
}
