/// True binary labels with a score per row: the input of threshold curves and their areas,
/// with scikit-learn's semantics.
///
/// A row is positive when its label equals `positiveLabel`. Rows are ranked by score; tied
/// scores form one threshold. Curves list every distinct score (no intermediate point is
/// dropped unless asked), as `precision_recall_curve` and `roc_curve(drop_intermediate=False)`.
public struct BinaryScores: Sendable, Hashable {
    /// 1 for a positive row, 0 for a negative one.
    public let isPositive: [Bool]
    /// The score of each row (higher = more likely positive). All finite.
    public let scores: [Double]

    /// Pairs labels with scores; throws when lengths differ, the input is empty or a score is
    /// not finite.
    public init(truth: [Int], scores: [Double], positiveLabel: Int = 1) throws {
        guard truth.count == scores.count else {
            throw TrainingCoreError.invalidMetricInput("\(truth.count) labels but \(scores.count) scores")
        }
        guard !scores.isEmpty else { throw TrainingCoreError.invalidMetricInput("no rows to score") }
        if let bad = scores.firstIndex(where: { !$0.isFinite }) {
            throw TrainingCoreError.invalidMetricInput("row \(bad): the score \(scores[bad]) is not a finite number")
        }
        self.isPositive = truth.map { $0 == positiveLabel }
        self.scores = scores
    }

    /// Cumulative counts at each distinct score, from the highest score down:
    /// (true positives, false positives, threshold) — scikit-learn's `_binary_clf_curve`.
    func cumulativeCounts() -> (tps: [Int], fps: [Int], thresholds: [Double]) {
        // Stable sort by descending score (ties keep any order; only block ends are used).
        let order = scores.indices.sorted { scores[$0] > scores[$1] }
        var tps: [Int] = [], fps: [Int] = [], thresholds: [Double] = []
        var tp = 0, fp = 0
        for (rank, i) in order.enumerated() {
            if isPositive[i] { tp += 1 } else { fp += 1 }
            let last = rank == order.count - 1
            if last || scores[order[rank + 1]] != scores[i] {
                tps.append(tp)
                fps.append(fp)
                thresholds.append(scores[i])
            }
        }
        return (tps, fps, thresholds)
    }

    /// The number of positive rows.
    public var positiveCount: Int { isPositive.reduce(0) { $0 + ($1 ? 1 : 0) } }

    /// Precision and recall at every distinct score used as a threshold (score ≥ threshold is
    /// positive), recall decreasing, ending with the point (recall 0, precision 1).
    public func precisionRecallCurve() -> PrecisionRecallCurve {
        let (tps, fps, thresholds) = cumulativeCounts()
        let totalPositive = tps.last ?? 0
        var precision: [Double] = []
        var recall: [Double] = []
        for k in tps.indices {
            let predicted = tps[k] + fps[k]
            precision.append(predicted == 0 ? 0 : Double(tps[k]) / Double(predicted))
            recall.append(totalPositive == 0 ? 1 : Double(tps[k]) / Double(totalPositive))
        }
        return PrecisionRecallCurve(precision: precision.reversed() + [1],
                                    recall: recall.reversed() + [0],
                                    thresholds: thresholds.reversed())
    }

    /// False- and true-positive rates at every distinct score, starting at (0, 0) with
    /// threshold +∞. With `dropIntermediate`, collinear points are removed as scikit-learn's
    /// default does. A rate whose denominator is 0 is NaN (as scikit-learn).
    public func rocCurve(dropIntermediate: Bool = false) -> ROCCurve {
        var (tps, fps, thresholds) = cumulativeCounts()
        if dropIntermediate && fps.count > 2 {
            var keep: [Int] = [0]
            for k in 1..<(fps.count - 1) {
                let fpBend = fps[k + 1] - 2 * fps[k] + fps[k - 1]
                let tpBend = tps[k + 1] - 2 * tps[k] + tps[k - 1]
                if fpBend != 0 || tpBend != 0 { keep.append(k) }
            }
            keep.append(fps.count - 1)
            tps = keep.map { tps[$0] }
            fps = keep.map { fps[$0] }
            thresholds = keep.map { thresholds[$0] }
        }
        tps.insert(0, at: 0)
        fps.insert(0, at: 0)
        thresholds.insert(.infinity, at: 0)
        let p = Double(tps.last ?? 0), n = Double(fps.last ?? 0)
        return ROCCurve(falsePositiveRate: fps.map { n > 0 ? Double($0) / n : .nan },
                        truePositiveRate: tps.map { p > 0 ? Double($0) / p : .nan },
                        thresholds: thresholds)
    }

    /// Area under the ROC curve by the trapezoidal rule (`roc_auc_score`); NaN when only one
    /// class is present.
    public func rocAUC() -> Double {
        let curve = rocCurve()
        let x = curve.falsePositiveRate, y = curve.truePositiveRate
        var area = 0.0
        for k in 1..<x.count {
            area += (x[k] - x[k - 1]) * (y[k] + y[k - 1]) / 2
        }
        return area
    }

    /// Average precision: Σ (Rₖ − Rₖ₋₁)·Pₖ over the PR curve (`average_precision_score`,
    /// no interpolation).
    public func averagePrecision() -> Double {
        let curve = precisionRecallCurve()
        var sum = 0.0
        for k in 0..<(curve.recall.count - 1) {
            sum -= (curve.recall[k + 1] - curve.recall[k]) * curve.precision[k]
        }
        return sum
    }

    /// Counts and scores when rows with score ≥ `threshold` are predicted positive.
    public func metrics(atThreshold threshold: Double) -> ThresholdMetrics {
        var tp = 0, fp = 0, fn = 0, tn = 0
        for (positive, score) in zip(isPositive, scores) {
            switch (positive, score >= threshold) {
            case (true, true): tp += 1
            case (false, true): fp += 1
            case (true, false): fn += 1
            case (false, false): tn += 1
            }
        }
        return ThresholdMetrics(threshold: threshold, truePositives: tp, falsePositives: fp,
                                falseNegatives: fn, trueNegatives: tn)
    }
}

/// Precision–recall pairs over thresholds (recall decreasing; see ``BinaryScores``).
public struct PrecisionRecallCurve: Sendable, Hashable {
    /// Precision at each threshold, then 1.
    public var precision: [Double]
    /// Recall at each threshold, then 0.
    public var recall: [Double]
    /// The distinct scores, increasing (one fewer than the points).
    public var thresholds: [Double]
}

/// ROC points over thresholds (rates increasing; see ``BinaryScores``).
public struct ROCCurve: Sendable, Hashable {
    /// FP / N at each threshold.
    public var falsePositiveRate: [Double]
    /// TP / P at each threshold.
    public var truePositiveRate: [Double]
    /// +∞, then the distinct scores decreasing.
    public var thresholds: [Double]
}

/// The confusion counts and scores at one threshold (score ≥ threshold is positive),
/// with zero_division = 0.
public struct ThresholdMetrics: Sendable, Hashable {
    /// The threshold.
    public var threshold: Double
    /// Positives scored at or above the threshold.
    public var truePositives: Int
    /// Negatives scored at or above the threshold.
    public var falsePositives: Int
    /// Positives scored below the threshold.
    public var falseNegatives: Int
    /// Negatives scored below the threshold.
    public var trueNegatives: Int

    /// TP / (TP + FP), 0 when nothing is predicted positive.
    public var precision: Double { ClassificationReport.ratio(truePositives, truePositives + falsePositives) }
    /// TP / (TP + FN), 0 when there are no positives.
    public var recall: Double { ClassificationReport.ratio(truePositives, truePositives + falseNegatives) }
    /// 2·TP / (2·TP + FP + FN), 0 when that is 0/0.
    public var f1: Double {
        ClassificationReport.ratio(2 * truePositives, 2 * truePositives + falsePositives + falseNegatives)
    }
    /// (TP + TN) / all.
    public var accuracy: Double {
        ClassificationReport.ratio(truePositives + trueNegatives,
                                   truePositives + trueNegatives + falsePositives + falseNegatives)
    }
}
