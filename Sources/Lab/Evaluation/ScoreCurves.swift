import TrainingCore

/// The threshold-free view of a binary model's scores: PR and ROC curves with their areas.
///
/// Computed by the training core's ``BinaryScores`` (scikit-learn's definitions: a score at or
/// above a threshold is positive; the PR curve lists thresholds increasing and ends at
/// precision 1, recall 0; the ROC curve starts at (0, 0) with threshold +∞ and keeps every
/// threshold).
public struct ScoreCurves: Sendable, Hashable {
    public var pr: PrecisionRecallCurve
    public var roc: ROCCurve
    public var averagePrecision: Double
    public var rocAUC: Double

    /// The curves of `scores`, where `truth[i] == positive` marks a positive example. Nil when
    /// the input is unusable (lengths differ, empty, a non-finite score) or one class is absent.
    public init?(truth: [Int], scores: [Double], positive: Int) {
        guard let binary = try? BinaryScores(truth: truth, scores: scores, positiveLabel: positive) else { return nil }
        let positives = binary.positiveCount
        guard positives > 0, positives < scores.count else { return nil }
        pr = binary.precisionRecallCurve()
        roc = binary.rocCurve()
        averagePrecision = binary.averagePrecision()
        rocAUC = binary.rocAUC()
    }
}
