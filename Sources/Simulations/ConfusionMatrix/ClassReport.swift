import TrainingCore

/// What the confusion-matrix simulation shows: the matrix and the per-class and averaged
/// metrics of one set of predictions.
///
/// TODO(core): computed locally until TrainingCore's metrics land; then filled from them.
struct ClassReport: Sendable, Equatable {
    /// Precision, recall and F1 of one class (zero_division = 0), and its support.
    struct Row: Sendable, Equatable {
        var name: String
        var precision: Double
        var recall: Double
        var f1: Double
        var support: Int
    }

    /// An average over classes.
    struct Average: Sendable, Equatable {
        var precision: Double
        var recall: Double
        var f1: Double
    }

    var classes: [String]
    /// Counts, rows = true class, columns = predicted class.
    var matrix: [[Int]]
    var perClass: [Row]
    var accuracy: Double
    var balancedAccuracy: Double
    var macro: Average
    var weighted: Average

    /// The metrics of `predicted` against `truth` (aligned arrays of class ids 0..<classes.count).
    init(classes: [String], truth: [Int], predicted: [Int]) {
        let k = classes.count
        var matrix = [[Int]](repeating: [Int](repeating: 0, count: k), count: k)
        for (t, p) in zip(truth, predicted) where t >= 0 && t < k && p >= 0 && p < k { matrix[t][p] += 1 }
        var rows: [Row] = []
        var correct = 0, total = 0
        for c in 0..<k {
            let tp = matrix[c][c]
            let support = matrix[c].reduce(0, +)
            var predictedCount = 0
            for r in 0..<k { predictedCount += matrix[r][c] }
            let precision = predictedCount > 0 ? Double(tp) / Double(predictedCount) : 0
            let recall = support > 0 ? Double(tp) / Double(support) : 0
            let f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
            rows.append(Row(name: classes[c], precision: precision, recall: recall, f1: f1, support: support))
            correct += tp
            total += support
        }
        self.classes = classes
        self.matrix = matrix
        self.perClass = rows
        self.accuracy = total > 0 ? Double(correct) / Double(total) : 0
        let n = Double(max(1, k))
        var mp = 0.0, mr = 0.0, mf = 0.0, wp = 0.0, wr = 0.0, wf = 0.0
        for row in rows {
            mp += row.precision; mr += row.recall; mf += row.f1
            let w = total > 0 ? Double(row.support) / Double(total) : 0
            wp += w * row.precision; wr += w * row.recall; wf += w * row.f1
        }
        self.macro = Average(precision: mp / n, recall: mr / n, f1: mf / n)
        self.weighted = Average(precision: wp, recall: wr, f1: wf)
        self.balancedAccuracy = mr / n
    }
}
