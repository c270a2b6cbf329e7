/// Feature scaling fitted on the training split only: x ↦ (x − mean) / standard deviation.
///
/// Fitting on the training rows alone keeps validation statistics out of training (fitting
/// on all the data is a classic leak). Missing values (NaN) are skipped when fitting and map
/// to 0, the training mean, when transforming. A feature with no spread (or no values) gets
/// scale 1, so it becomes a constant 0 rather than a division by zero.
public struct Standardizer: Sendable, Hashable {
    /// Per feature, the training mean (0 when the feature had no values).
    public var means: [Double]
    /// Per feature, the training standard deviation (divisor n), or 1 when it is 0.
    public var scales: [Double]

    /// Fits on the examples `rows` of `data`.
    public init(fitting data: LabDataset, rows: [Int]) {
        let width = data.featureCount
        var means = [Double](repeating: 0, count: width)
        var scales = [Double](repeating: 1, count: width)
        for f in 0..<width {
            var sum = 0.0, n = 0
            for i in rows {
                let x = data.feature(i, f)
                if !x.isNaN { sum += x; n += 1 }
            }
            guard n > 0 else { continue }
            let m = sum / Double(n)
            var squares = 0.0
            for i in rows {
                let x = data.feature(i, f)
                if !x.isNaN { squares += (x - m) * (x - m) }
            }
            let sd = (squares / Double(n)).squareRoot()
            means[f] = m
            scales[f] = sd > 1e-12 && sd.isFinite ? sd : 1
        }
        self.means = means
        self.scales = scales
    }

    /// Identity scaling for `width` features (means 0, scales 1).
    public init(identityFor width: Int) {
        means = Array(repeating: 0, count: width)
        scales = Array(repeating: 1, count: width)
    }

    /// Feature `feature`'s value `x` standardised (NaN becomes 0).
    public func transform(_ x: Double, feature: Int) -> Double {
        x.isNaN ? 0 : (x - means[feature]) / scales[feature]
    }
}
