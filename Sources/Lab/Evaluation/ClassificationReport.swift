/// Evaluation beyond accuracy for class predictions: the confusion matrix, per-class
/// precision, recall and F1, and their macro, weighted and micro averages.
///
/// Definitions follow scikit-learn (`confusion_matrix`, `precision_recall_fscore_support`,
/// `balanced_accuracy_score`) with `zero_division = 0`: a ratio whose denominator is 0 is 0.
/// F1 is 2·TP / (2·TP + FP + FN). Balanced accuracy is the mean recall over the classes that
/// occur in the true labels. Checked against scikit-learn's numbers to 1e-12.
public struct ClassificationReport: Sendable, Hashable {
    /// Precision, recall and F1 of one class or one average.
    public struct Scores: Sendable, Hashable {
        public var precision: Double
        public var recall: Double
        public var f1: Double

        public init(precision: Double, recall: Double, f1: Double) {
            self.precision = precision
            self.recall = recall
            self.f1 = f1
        }
    }

    /// The number of classes (class ids 0..<classCount).
    public var classCount: Int
    /// `confusion[t][p]`: examples of true class t predicted as p (rows true, columns predicted).
    public var confusion: [[Int]]
    /// Scores per class, by class id.
    public var perClass: [Scores]
    /// True examples per class.
    public var support: [Int]
    /// The fraction of examples predicted right (NaN when there are none).
    public var accuracy: Double
    /// The mean recall over classes present in the true labels.
    public var balancedAccuracy: Double
    /// The unweighted mean over classes.
    public var macro: Scores
    /// The mean over classes weighted by support.
    public var weighted: Scores
    /// Scores from the summed counts of all classes.
    public var micro: Scores

    /// The report for `truth` and `predicted` class ids in 0..<`classCount` (ids outside are
    /// ignored; the arrays are read pairwise up to the shorter one).
    public init(truth: [Int], predicted: [Int], classCount: Int) {
        let k = max(0, classCount)
        var confusion = [[Int]](repeating: [Int](repeating: 0, count: k), count: k)
        var total = 0
        for (t, p) in zip(truth, predicted) where t >= 0 && t < k && p >= 0 && p < k {
            confusion[t][p] += 1
            total += 1
        }
        self.init(confusion: confusion, total: total)
    }

    /// The report of a confusion matrix (rows true, columns predicted; square).
    public init(confusion: [[Int]]) {
        self.init(confusion: confusion, total: confusion.reduce(0) { $0 + $1.reduce(0, +) })
    }

    private init(confusion: [[Int]], total: Int) {
        let k = confusion.count
        self.classCount = k
        self.confusion = confusion
        var perClass: [Scores] = []
        var support: [Int] = []
        var correct = 0, predictedTotal = 0
        for c in 0..<k {
            let tp = confusion[c][c]
            let trueCount = confusion[c].reduce(0, +)
            var predictedCount = 0
            for t in 0..<k { predictedCount += confusion[t][c] }
            let fp = predictedCount - tp, fn = trueCount - tp
            perClass.append(Scores(precision: Self.ratio(tp, tp + fp), recall: Self.ratio(tp, tp + fn),
                                   f1: Self.ratio(2 * tp, 2 * tp + fp + fn)))
            support.append(trueCount)
            correct += tp
            predictedTotal += predictedCount
        }
        self.perClass = perClass
        self.support = support
        self.accuracy = total > 0 ? Double(correct) / Double(total) : .nan

        var recallSum = 0.0, present = 0
        for c in 0..<k where support[c] > 0 {
            recallSum += perClass[c].recall
            present += 1
        }
        self.balancedAccuracy = present > 0 ? recallSum / Double(present) : .nan

        var mp = 0.0, mr = 0.0, mf = 0.0
        var wp = 0.0, wr = 0.0, wf = 0.0
        let supportTotal = support.reduce(0, +)
        for c in 0..<k {
            mp += perClass[c].precision
            mr += perClass[c].recall
            mf += perClass[c].f1
            let w = Double(support[c])
            wp += perClass[c].precision * w
            wr += perClass[c].recall * w
            wf += perClass[c].f1 * w
        }
        let n = Double(max(1, k))
        self.macro = Scores(precision: mp / n, recall: mr / n, f1: mf / n)
        let s = Double(supportTotal)
        self.weighted = supportTotal > 0 ? Scores(precision: wp / s, recall: wr / s, f1: wf / s) : Scores(precision: 0, recall: 0, f1: 0)
        let microP = Self.ratio(correct, predictedTotal), microR = Self.ratio(correct, supportTotal)
        self.micro = Scores(precision: microP, recall: microR,
                            f1: Self.ratio(2 * correct, predictedTotal + supportTotal))
    }

    static func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 0 : Double(a) / Double(b) }
}
