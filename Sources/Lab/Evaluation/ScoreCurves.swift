/// Threshold-free evaluation of scores for a binary problem: the precision-recall and ROC
/// curves, average precision and ROC AUC.
///
/// Follows scikit-learn: thresholds are the distinct scores; a score at or above a threshold
/// is predicted positive. `pr` lists thresholds in increasing order, with a final point
/// (precision 1, recall 0) that has no threshold (`precision_recall_curve`). `roc` starts at
/// (0, 0) with threshold +∞ and keeps every threshold (`roc_curve(drop_intermediate=False)`).
/// Average precision is Σ (Rₙ − Rₙ₊₁)·Pₙ over the PR points; ROC AUC is the trapezoid area
/// under the ROC curve with collinear points dropped, as `roc_auc_score` computes it.
public struct ScoreCurves: Sendable, Hashable {
    public struct PRCurve: Sendable, Hashable {
        public var precision: [Double]
        public var recall: [Double]
        public var thresholds: [Double]
    }

    public struct ROCCurve: Sendable, Hashable {
        public var falsePositiveRate: [Double]
        public var truePositiveRate: [Double]
        public var thresholds: [Double]
    }

    public var pr: PRCurve
    public var roc: ROCCurve
    public var averagePrecision: Double
    public var rocAUC: Double

    /// The curves of `scores` for `positive` (true when the example is of the positive
    /// class). Returns nil when the lengths differ, there are no examples, a score is not
    /// finite, or only one class is present (the curves are then undefined).
    public init?(positive: [Bool], scores: [Double]) {
        guard positive.count == scores.count, !scores.isEmpty, scores.allSatisfy(\.isFinite) else { return nil }
        let positives = positive.filter { $0 }.count
        guard positives > 0, positives < positive.count else { return nil }

        // Descending scores; ties are one threshold (the cumulative counts at its last index).
        let order = scores.indices.sorted { scores[$0] > scores[$1] || (scores[$0] == scores[$1] && $0 < $1) }
        var tps: [Double] = [], fps: [Double] = [], thresholds: [Double] = []
        var tp = 0, seen = 0
        for (rank, i) in order.enumerated() {
            seen += 1
            if positive[i] { tp += 1 }
            let last = rank == order.count - 1
            if last || scores[order[rank + 1]] != scores[i] {
                tps.append(Double(tp))
                fps.append(Double(seen - tp))
                thresholds.append(scores[i])
            }
        }
        let totalTP = tps[tps.count - 1], totalFP = fps[fps.count - 1]

        // Precision-recall, reversed into increasing thresholds, then (1, 0).
        var precision: [Double] = [], recall: [Double] = []
        for j in stride(from: tps.count - 1, through: 0, by: -1) {
            let predicted = tps[j] + fps[j]
            precision.append(predicted != 0 ? tps[j] / predicted : 0)
            recall.append(tps[j] / totalTP)
        }
        precision.append(1)
        recall.append(0)
        pr = PRCurve(precision: precision, recall: recall, thresholds: thresholds.reversed())
        var ap = 0.0
        for j in 0..<(recall.count - 1) { ap += (recall[j + 1] - recall[j]) * precision[j] }
        averagePrecision = -ap

        roc = ROCCurve(falsePositiveRate: [0] + fps.map { $0 / totalFP }, truePositiveRate: [0] + tps.map { $0 / totalTP },
                       thresholds: [.infinity] + thresholds)

        // roc_auc_score: drop points where both counts change linearly, then trapezoids.
        var keep: [Int] = []
        for j in tps.indices {
            if j == 0 || j == tps.count - 1 {
                keep.append(j)
                continue
            }
            let df = fps[j + 1] - 2 * fps[j] + fps[j - 1], dt = tps[j + 1] - 2 * tps[j] + tps[j - 1]
            if df != 0 || dt != 0 { keep.append(j) }
        }
        let x = [0] + keep.map { fps[$0] / totalFP }, y = [0] + keep.map { tps[$0] / totalTP }
        var area = 0.0
        for j in 0..<(x.count - 1) { area += (x[j + 1] - x[j]) * (y[j + 1] + y[j]) / 2 }
        rocAUC = area
    }

    /// Precision, recall and F1 when a score at or above `threshold` counts as positive.
    public static func scores(positive: [Bool], scores: [Double], threshold: Double) -> ClassificationReport.Scores {
        var tp = 0, fp = 0, fn = 0
        for (p, s) in zip(positive, scores) {
            let predicted = s >= threshold
            if predicted && p { tp += 1 } else if predicted { fp += 1 } else if p { fn += 1 }
        }
        return ClassificationReport.Scores(precision: ClassificationReport.ratio(tp, tp + fp),
                                           recall: ClassificationReport.ratio(tp, tp + fn),
                                           f1: ClassificationReport.ratio(2 * tp, 2 * tp + fp + fn))
    }
}
