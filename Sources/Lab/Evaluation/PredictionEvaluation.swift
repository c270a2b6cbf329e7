import TrainingCore

/// `lab evaluate`: evaluation of predictions made by any model, read from a CSV table.
///
/// With a prediction column: the confusion matrix and ``ClassificationReport`` over the
/// labels of both columns (ordered numerically when all are numbers, else by text). With a
/// score column (binary only): also the PR and ROC curves (``ScoreCurves``), and predictions
/// made by `score ≥ threshold`. Every unusable cell (missing label, non-numeric or non-finite
/// score) is a ``LabError`` pointing at it.
public struct PredictionEvaluation: Sendable {
    /// What to evaluate.
    public struct Options: Sendable, Hashable {
        /// The column of true labels.
        public var truth: String
        /// The column of predicted labels (exclusive with ``score``).
        public var predicted: String?
        /// The column of scores for the positive class (exclusive with ``predicted``).
        public var score: String?
        /// With scores: the score at or above which an example is predicted positive.
        public var threshold: Double
        /// With scores: the positive label (default: see ``PredictionEvaluation/defaultPositive(_:)``).
        public var positive: String?
        /// The labels to report, in this order (default: every label in the columns). A label
        /// listed but absent still gets a row and column, and counts in the macro average.
        public var labels: [String]?

        public init(truth: String, predicted: String? = nil, score: String? = nil, threshold: Double = 0.5,
                    positive: String? = nil, labels: [String]? = nil) {
            self.truth = truth
            self.predicted = predicted
            self.score = score
            self.threshold = threshold
            self.positive = positive
            self.labels = labels
        }
    }

    /// The labels, in class-id order (the confusion matrix's rows and columns).
    public var labels: [String]
    /// Confusion matrix, per-class and averaged scores.
    public var report: ClassificationReport
    /// The examples evaluated.
    public var count: Int
    /// With scores: the curves, the positive label and the threshold used for ``report``.
    public var curves: ScoreCurves?
    public var positiveLabel: String?
    public var threshold: Double?

    /// Evaluates the columns of `table` named by `options`.
    public static func run(_ table: DataTable, options: Options) throws(LabError) -> PredictionEvaluation {
        let truthColumn = try table.columnIndex(named: options.truth, role: "true labels")
        let truthCells = table.columns[truthColumn]
        try requirePresent(table, column: truthColumn)
        switch (options.predicted, options.score) {
        case (let predicted?, nil):
            let predictedColumn = try table.columnIndex(named: predicted, role: "predictions")
            try requirePresent(table, column: predictedColumn)
            var both = ClassLabels(cells: truthCells + table.columns[predictedColumn])
            if let wanted = options.labels { both = try relabel(both, as: wanted, table: table) }
            let n = table.rowCount
            let truth = both.ids[0..<n].map { $0 ?? -1 }, guess = both.ids[n...].map { $0 ?? -1 }
            return PredictionEvaluation(labels: both.names,
                                        report: try report(truth: truth, predicted: Array(guess), classCount: both.count),
                                        count: n, curves: nil, positiveLabel: nil, threshold: nil)
        case (nil, let score?):
            let scoreColumn = try table.columnIndex(named: score, role: "scores")
            var scores: [Double] = []
            scores.reserveCapacity(table.rowCount)
            for (r, cell) in table.columns[scoreColumn].enumerated() {
                guard let x = CellValue(cell).number else {
                    throw table.error(row: r, column: scoreColumn,
                                      CellValue(cell).isMissing ? "the score is missing" : "the score '\(cell.trimmingSpaces)' is not a number",
                                      hint: "--score needs a number in every row: the model's score or probability for the positive class")
                }
                guard x.isFinite else {
                    throw table.error(row: r, column: scoreColumn, "the score is \(cell.trimmingSpaces); scores must be finite numbers")
                }
                scores.append(x)
            }
            let classes = ClassLabels(cells: truthCells)
            guard classes.count == 2 else {
                let shown = classes.names.prefix(6).map { "'\($0)'" }.joined(separator: ", ")
                throw LabError(path: table.path,
                               message: "scores need exactly two classes in '\(table.columnNames[truthColumn])', found \(classes.count): \(shown)",
                               hint: classes.count < 2 ? "PR and ROC curves need both positive and negative examples"
                                                       : "for more classes, evaluate predicted labels with --pred")
            }
            let positive: Int
            if let wanted = options.positive {
                guard let id = classes.names.firstIndex(of: wanted.trimmingSpaces) else {
                    throw LabError(path: table.path, message: "'\(wanted)' is not a label of '\(table.columnNames[truthColumn])'",
                                   hint: "the labels are " + classes.names.map { "'\($0)'" }.joined(separator: " and "))
                }
                positive = id
            } else {
                positive = defaultPositive(classes.names)
            }
            let truth = classes.ids.map { $0 ?? -1 }
            let predicted = scores.map { $0 >= options.threshold ? positive : 1 - positive }
            return PredictionEvaluation(labels: classes.names,
                                        report: try report(truth: truth, predicted: predicted, classCount: 2),
                                        count: table.rowCount, curves: ScoreCurves(truth: truth, scores: scores, positive: positive),
                                        positiveLabel: classes.names[positive], threshold: options.threshold)
        case (nil, nil):
            throw LabError(message: "say what to evaluate: --pred COLUMN (predicted labels) or --score COLUMN (scores)")
        case (_?, _?):
            throw LabError(message: "--pred and --score cannot be used together: give one")
        }
    }

    /// The positive class among two sorted labels: `1`, `true`, `yes` or `positive` when one
    /// of them is that (any case), else the second.
    public static func defaultPositive(_ names: [String]) -> Int {
        for (i, name) in names.enumerated() where ["1", "1.0", "true", "yes", "positive", "pos"].contains(name.lowercased()) {
            return i
        }
        return min(1, names.count - 1)
    }

    /// `classes` renumbered in the order of `wanted`; a label of the data missing from `wanted`
    /// is an error. Labels match by text, or by value when both are numbers (`1` = `1.0`).
    static func relabel(_ classes: ClassLabels, as wanted: [String], table: DataTable) throws(LabError) -> ClassLabels {
        let names = wanted.map(\.trimmingSpaces)
        guard !names.isEmpty, Set(names).count == names.count else {
            throw LabError(message: "--labels needs distinct labels, like --labels cat,dog,bird")
        }
        var mapping: [Int] = []
        for name in classes.names {
            let value = CellValue(name).number
            guard let index = names.firstIndex(where: { $0 == name || (value != nil && CellValue($0).number == value) }) else {
                throw LabError(path: table.path, message: "the label '\(name)' is in the data but not in --labels",
                               hint: "list every label that occurs, in the order you want them reported")
            }
            mapping.append(index)
        }
        var result = classes
        result.names = names
        result.ids = classes.ids.map { $0.map { mapping[$0] } }
        return result
    }

    /// The most labels an evaluation reports (the confusion matrix grows with the square).
    public static let maximumLabels = 200

    /// The training core's report over class ids 0..<classCount.
    static func report(truth: [Int], predicted: [Int], classCount: Int) throws(LabError) -> ClassificationReport {
        guard classCount <= maximumLabels else {
            throw LabError(message: "the columns hold \(classCount) different labels; the lab evaluates up to \(maximumLabels)",
                           hint: "are these the right columns? Labels, not scores or IDs, go in --true and --pred")
        }
        do {
            return try ClassificationReport(truth: truth, predicted: predicted, labels: Array(0..<classCount))
        } catch {
            throw LabError(message: "cannot score the predictions: \(error)")
        }
    }

    static func requirePresent(_ table: DataTable, column: Int) throws(LabError) {
        if let r = table.columns[column].firstIndex(where: { CellValue($0).isMissing }) {
            throw table.error(row: r, column: column, "the label in '\(table.columnNames[column])' is missing",
                              hint: "every row needs a true and a predicted label; drop rows the model did not predict")
        }
    }
}
