/// A histogram of parameter values with explicit counts of the values that cannot be binned.
///
/// Finite values fall into `bins` equal-width bins between ``edges``' first and last value
/// (the last bin includes its upper edge). NaN and ±∞ are never silently dropped: they are
/// counted in ``nanCount``, ``positiveInfinityCount`` and ``negativeInfinityCount``.
public struct ParameterHistogram: Sendable, Hashable {
    /// Bin edges, `bins + 1` values, increasing.
    public var edges: [Double]
    /// Values per bin.
    public var counts: [Int]
    /// NaN values.
    public var nanCount: Int
    /// +∞ values.
    public var positiveInfinityCount: Int
    /// −∞ values.
    public var negativeInfinityCount: Int

    /// All non-finite values.
    public var nonFiniteCount: Int { nanCount + positiveInfinityCount + negativeInfinityCount }
    /// All values counted (binned or not).
    public var total: Int { counts.reduce(0, +) + nonFiniteCount }

    /// Bins `values` into `bins` (≥ 1) bins over `range`, or over [min, max] of the finite
    /// values (widened by ±0.5 when they are all equal). Values outside an explicit range are
    /// clamped into the first or last bin.
    public init(values: [Double], bins: Int = 20, range: ClosedRange<Double>? = nil) {
        let b = max(1, bins)
        var nan = 0, pos = 0, neg = 0
        var lo = Double.infinity, hi = -Double.infinity
        for v in values {
            if v.isNaN { nan += 1 } else if v == .infinity { pos += 1 } else if v == -.infinity { neg += 1 } else {
                lo = min(lo, v)
                hi = max(hi, v)
            }
        }
        if let range, range.lowerBound.isFinite, range.upperBound.isFinite {
            lo = range.lowerBound
            hi = range.upperBound
        }
        if !(lo <= hi) { lo = 0; hi = 0 }
        if lo == hi { lo -= 0.5; hi += 0.5 }
        let width = (hi - lo) / Double(b)
        edges = (0...b).map { $0 == b ? hi : lo + Double($0) * width }
        var counts = [Int](repeating: 0, count: b)
        for v in values where v.isFinite {
            var k = Int(((v - lo) / width).rounded(.down))
            k = min(b - 1, max(0, k))
            counts[k] += 1
        }
        self.counts = counts
        nanCount = nan
        positiveInfinityCount = pos
        negativeInfinityCount = neg
    }

    /// The histogram of a network's parameters: all of them, or those of dense layer `layer`
    /// (weights and biases).
    public static func of<S: TrainingScalar>(_ network: Network<S>, layer: Int? = nil, bins: Int = 20) -> ParameterHistogram {
        let range = layer.map { network.denseLayers[$0].parameterRange } ?? 0..<network.parameterCount
        return ParameterHistogram(values: network.parameters[range].map { $0.doubleValue }, bins: bins)
    }
}
