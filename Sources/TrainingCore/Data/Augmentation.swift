/// Data augmentation by jitter: noisy copies of every row.
public enum Augmentation {
    /// The original rows followed by `copies` copies of each row (in order: all rows of copy 1,
    /// then copy 2, ...) with N(0, σ²) noise added to every feature. Labels, targets and
    /// entities are copied unchanged.
    public static func jitter(_ data: Dataset, copies: Int, standardDeviation: Double,
                              using rng: inout SplitMix64) -> Dataset {
        var result = data
        for _ in 0..<max(0, copies) {
            var features = data.features
            for e in features.indices { features[e] += standardDeviation * rng.normal() }
            if let noisy = data.replacingFeatures(features), let joined = result.appending(noisy) {
                result = joined
            }
        }
        return result
    }
}
