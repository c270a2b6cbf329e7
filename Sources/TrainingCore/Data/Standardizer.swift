/// Per-feature standardisation (z-scores), fitted on one data set and applied to others.
///
/// Fit it on the training split only and apply the same transform to validation and test
/// data; fitting on all data leaks their statistics into training. A feature with zero spread
/// gets scale 1.
public struct Standardizer: Sendable, Hashable {
    /// The mean of each feature in the fitting data.
    public let means: [Double]
    /// The population standard deviation of each feature (1 where it was 0).
    public let scales: [Double]

    /// Fits means and standard deviations on `data` (rows summed in order).
    public init(fittedOn data: Dataset) {
        let d = data.featureCount
        var means = [Double](repeating: 0, count: d)
        var scales = [Double](repeating: 1, count: d)
        if data.count > 0 {
            for c in 0..<d {
                var sum = 0.0
                for i in 0..<data.count { sum += data.features[i * d + c] }
                let mean = sum / Double(data.count)
                var squares = 0.0
                for i in 0..<data.count {
                    let x = data.features[i * d + c] - mean
                    squares += x * x
                }
                let std = (squares / Double(data.count)).squareRoot()
                means[c] = mean
                scales[c] = std > 0 && std.isFinite ? std : 1
            }
        }
        self.means = means
        self.scales = scales
    }

    /// A standardizer with explicit statistics (one mean and scale per feature).
    public init(means: [Double], scales: [Double]) {
        self.means = means
        self.scales = scales.map { $0 > 0 && $0.isFinite ? $0 : 1 }
    }

    /// Row-major features with (x − mean) / scale applied per feature.
    public func transform(features: [Double]) -> [Double] {
        let d = means.count
        guard d > 0 else { return features }
        var out = features
        for e in out.indices {
            let c = e % d
            out[e] = (out[e] - means[c]) / scales[c]
        }
        return out
    }

    /// `data` with standardised features; unchanged if the feature count differs.
    public func transform(_ data: Dataset) -> Dataset {
        guard data.featureCount == means.count else { return data }
        return data.replacingFeatures(transform(features: data.features)) ?? data
    }
}
