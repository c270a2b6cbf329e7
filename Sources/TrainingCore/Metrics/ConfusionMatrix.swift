/// Counts of (true class, predicted class) pairs, with scikit-learn's label rules.
///
/// Rows are true classes and columns predicted classes, both in the order of ``labels``
/// (sorted union of the true and predicted values unless given). Pairs whose true or predicted
/// value is not in ``labels`` are left out, as `sklearn.metrics.confusion_matrix` does.
public struct ConfusionMatrix: Sendable, Hashable {
    /// The class labels, in row/column order.
    public let labels: [Int]
    /// counts[t][p]: rows with true label `labels[t]` predicted as `labels[p]`.
    public let counts: [[Int]]

    /// Builds the matrix. Throws when the arrays differ in length or `labels` is empty or
    /// has duplicates.
    public init(truth: [Int], predicted: [Int], labels: [Int]? = nil) throws {
        guard truth.count == predicted.count else {
            throw TrainingCoreError.invalidMetricInput("\(truth.count) true labels but \(predicted.count) predictions")
        }
        let order = labels ?? Array(Set(truth).union(predicted)).sorted()
        guard labels == nil || !order.isEmpty else {
            throw TrainingCoreError.invalidMetricInput("the label list is empty")
        }
        guard Set(order).count == order.count else {
            throw TrainingCoreError.invalidMetricInput("the label list has duplicates")
        }
        var position: [Int: Int] = [:]
        for (i, label) in order.enumerated() { position[label] = i }
        var counts = [[Int]](repeating: [Int](repeating: 0, count: order.count), count: order.count)
        for (t, p) in zip(truth, predicted) {
            if let ti = position[t], let pi = position[p] { counts[ti][pi] += 1 }
        }
        self.labels = order
        self.counts = counts
    }

    /// The number of rows counted.
    public var total: Int { counts.reduce(0) { $0 + $1.reduce(0, +) } }

    /// Rows of each true class (row sums), in label order.
    public var support: [Int] { counts.map { $0.reduce(0, +) } }

    /// Rows predicted as each class (column sums), in label order.
    public var predictedCounts: [Int] {
        (0..<labels.count).map { p in counts.reduce(0) { $0 + $1[p] } }
    }

    /// Correct predictions per class (the diagonal), in label order.
    public var truePositives: [Int] { (0..<labels.count).map { counts[$0][$0] } }
}
