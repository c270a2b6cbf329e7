/// Per-class precision, recall, F1 and support, their averages, accuracy and balanced accuracy,
/// with scikit-learn's definitions and `zero_division = 0`.
///
/// - precision = TP / (TP + FP), recall = TP / (TP + FN), F1 = 2·TP / (2·TP + FP + FN); a
///   0/0 is 0.
/// - macro: unweighted mean over ``labels``; weighted: mean weighted by support; micro: the
///   ratios of the summed counts over ``labels``.
/// - accuracy: the fraction of all rows predicted right (independent of ``labels``).
/// - balanced accuracy: the mean recall over the classes that occur in the truth
///   (`sklearn.metrics.balanced_accuracy_score`).
public struct ClassificationReport: Sendable, Hashable {
    /// One class's scores.
    public struct ClassScores: Sendable, Hashable {
        /// The class label.
        public var label: Int
        /// TP / (TP + FP), 0 when nothing was predicted as this class.
        public var precision: Double
        /// TP / (TP + FN), 0 when the class does not occur.
        public var recall: Double
        /// 2·TP / (2·TP + FP + FN), 0 when that is 0/0.
        public var f1: Double
        /// Rows whose true class is this one.
        public var support: Int
    }

    /// An averaged triple.
    public struct Average: Sendable, Hashable {
        /// Averaged precision.
        public var precision: Double
        /// Averaged recall.
        public var recall: Double
        /// Averaged F1.
        public var f1: Double
    }

    /// The confusion matrix over ``labels``.
    public let confusion: ConfusionMatrix
    /// Scores per class, in label order.
    public let perClass: [ClassScores]
    /// Fraction of rows predicted right, in [0, 1].
    public let accuracy: Double
    /// Mean recall over classes present in the truth, in [0, 1].
    public let balancedAccuracy: Double
    /// Unweighted means of the per-class scores.
    public let macro: Average
    /// Support-weighted means of the per-class scores (0 when the total support is 0).
    public let weighted: Average
    /// Scores of the pooled counts.
    public let micro: Average

    /// The class labels, in order.
    public var labels: [Int] { confusion.labels }

    /// Computes the report; throws when the arrays differ in length or are empty.
    public init(truth: [Int], predicted: [Int], labels: [Int]? = nil) throws {
        guard !truth.isEmpty else { throw TrainingCoreError.invalidMetricInput("no rows to score") }
        let confusion = try ConfusionMatrix(truth: truth, predicted: predicted, labels: labels)
        self.confusion = confusion
        let tp = confusion.truePositives
        let support = confusion.support
        let predictedCounts = confusion.predictedCounts
        var scores: [ClassScores] = []
        for (c, label) in confusion.labels.enumerated() {
            scores.append(ClassScores(label: label,
                                      precision: ClassificationReport.ratio(tp[c], predictedCounts[c]),
                                      recall: ClassificationReport.ratio(tp[c], support[c]),
                                      f1: ClassificationReport.ratio(2 * tp[c], support[c] + predictedCounts[c]),
                                      support: support[c]))
        }
        perClass = scores
        let n = Double(scores.count)
        macro = Average(precision: scores.reduce(0) { $0 + $1.precision } / n,
                        recall: scores.reduce(0) { $0 + $1.recall } / n,
                        f1: scores.reduce(0) { $0 + $1.f1 } / n)
        let totalSupport = support.reduce(0, +)
        if totalSupport > 0 {
            let w = Double(totalSupport)
            weighted = Average(precision: scores.reduce(0) { $0 + $1.precision * Double($1.support) } / w,
                               recall: scores.reduce(0) { $0 + $1.recall * Double($1.support) } / w,
                               f1: scores.reduce(0) { $0 + $1.f1 * Double($1.support) } / w)
        } else {
            weighted = Average(precision: 0, recall: 0, f1: 0)
        }
        let tpSum = tp.reduce(0, +), predSum = predictedCounts.reduce(0, +)
        micro = Average(precision: ClassificationReport.ratio(tpSum, predSum),
                        recall: ClassificationReport.ratio(tpSum, totalSupport),
                        f1: ClassificationReport.ratio(2 * tpSum, totalSupport + predSum))
        var correct = 0
        for (t, p) in zip(truth, predicted) where t == p { correct += 1 }
        accuracy = Double(correct) / Double(truth.count)
        // Balanced accuracy over the union of labels actually present, as scikit-learn does.
        let full = try ConfusionMatrix(truth: truth, predicted: predicted)
        let fullSupport = full.support
        var recallSum = 0.0
        var present = 0
        for c in full.labels.indices where fullSupport[c] > 0 {
            recallSum += Double(full.counts[c][c]) / Double(fullSupport[c])
            present += 1
        }
        balancedAccuracy = present > 0 ? recallSum / Double(present) : 0
    }

    /// a / b with 0/0 (any x/0) = 0.
    static func ratio(_ a: Int, _ b: Int) -> Double {
        b == 0 ? 0 : Double(a) / Double(b)
    }
}
