/// A data set after deliberate damage, with the rows that were damaged.
public struct Corrupted: Sendable, Hashable {
    /// The damaged data set (same rows, same order).
    public var dataset: Dataset
    /// The indices of the damaged rows, ascending.
    public var indices: [Int]
}

/// Deliberate damage for the data-quality lessons: label noise and outliers. Each function
/// reports exactly which rows it touched, so a lesson can show them and a test can check them.
public enum Corruption {
    /// Gives round(`fraction`·count) rows, chosen uniformly, a different class drawn uniformly
    /// from the other classes. Regression data (or fewer than two classes) come back untouched.
    public static func flipLabels(_ data: Dataset, fraction: Double, using rng: inout SplitMix64) -> Corrupted {
        guard data.isClassification, data.classCount >= 2, fraction > 0 else {
            return Corrupted(dataset: data, indices: [])
        }
        let k = Int((min(1, fraction) * Double(data.count)).rounded())
        let chosen = rng.sample(k, from: data.count)
        var labels = data.labels
        for i in chosen {
            labels[i] = (labels[i] + 1 + rng.integer(below: data.classCount - 1)) % data.classCount
        }
        return Corrupted(dataset: data.replacingLabels(labels) ?? data, indices: chosen)
    }

    /// Turns round(`fraction`·count) rows into outliers. Classification data: each feature of
    /// a chosen row moves to mean ± `scale`·(1 + u)·std (u uniform in [0, 1), random sign), i.e.
    /// far outside the cloud. Regression data: the target moves by ±`scale`·(1 + u)·std of the
    /// targets, features unchanged.
    public static func injectOutliers(_ data: Dataset, fraction: Double, scale: Double = 4,
                                      using rng: inout SplitMix64) -> Corrupted {
        guard fraction > 0, data.count > 0 else { return Corrupted(dataset: data, indices: []) }
        let k = Int((min(1, fraction) * Double(data.count)).rounded())
        let chosen = rng.sample(k, from: data.count)
        if data.isClassification {
            let standardizer = Standardizer(fittedOn: data)
            var features = data.features
            for i in chosen {
                for c in 0..<data.featureCount {
                    let sign: Double = rng.bernoulli(0.5) ? 1 : -1
                    features[i * data.featureCount + c] = standardizer.means[c]
                        + sign * scale * (1 + rng.uniform()) * standardizer.scales[c]
                }
            }
            return Corrupted(dataset: data.replacingFeatures(features) ?? data, indices: chosen)
        }
        var targets = data.targets
        let w = data.targetCount
        for c in 0..<w {
            var mean = 0.0
            for i in 0..<data.count { mean += targets[i * w + c] }
            mean /= Double(data.count)
            var variance = 0.0
            for i in 0..<data.count {
                let d = targets[i * w + c] - mean
                variance += d * d
            }
            let std = max((variance / Double(data.count)).squareRoot(), 1e-12)
            for i in chosen {
                let sign: Double = rng.bernoulli(0.5) ? 1 : -1
                targets[i * w + c] += sign * scale * (1 + rng.uniform()) * std
            }
        }
        return Corrupted(dataset: data.replacingTargets(targets) ?? data, indices: chosen)
    }
}
