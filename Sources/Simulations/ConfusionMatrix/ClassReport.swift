import TrainingCore

/// What the confusion-matrix simulation shows: the matrix and the per-class and averaged
/// metrics of one set of predictions, as the training core's ``ClassificationReport``
/// computes them (scikit-learn's definitions, zero_division = 0), with class names.
struct ClassReport: Sendable, Equatable {
    /// Precision, recall and F1 of one class, and its support.
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

        init(_ average: ClassificationReport.Average) {
            precision = average.precision
            recall = average.recall
            f1 = average.f1
        }
    }

    var classes: [String]
    /// Counts, rows = true class, columns = predicted class.
    var matrix: [[Int]]
    var perClass: [Row]
    var accuracy: Double
    var balancedAccuracy: Double
    var macro: Average
    var weighted: Average

    /// The metrics of `predicted` against `truth` (aligned arrays of class ids
    /// 0..<classes.count; every class is listed even when absent). Nil when the arrays are
    /// empty or differ in length.
    init?(classes: [String], truth: [Int], predicted: [Int]) {
        guard let report = try? ClassificationReport(truth: truth, predicted: predicted, labels: Array(classes.indices)) else {
            return nil
        }
        self.classes = classes
        matrix = report.confusion.counts
        perClass = report.perClass.map { scores in
            Row(name: classes[scores.label], precision: scores.precision, recall: scores.recall,
                f1: scores.f1, support: scores.support)
        }
        accuracy = report.accuracy
        balancedAccuracy = report.balancedAccuracy
        macro = Average(report.macro)
        weighted = Average(report.weighted)
    }

    /// A report of nothing (every count and score 0), for a state without predictions.
    init(empty classes: [String]) {
        self.classes = classes
        matrix = classes.map { _ in classes.map { _ in 0 } }
        perClass = classes.map { Row(name: $0, precision: 0, recall: 0, f1: 0, support: 0) }
        accuracy = 0
        balancedAccuracy = 0
        macro = Average(precision: 0, recall: 0, f1: 0)
        weighted = Average(precision: 0, recall: 0, f1: 0)
    }
}

extension ClassReport.Average {
    init(precision: Double, recall: Double, f1: Double) {
        self.precision = precision
        self.recall = recall
        self.f1 = f1
    }
}
