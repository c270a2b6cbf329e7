/// Closed-form ridge regression on polynomial features of one input, for capacity sweeps.
///
/// Inputs are first mapped to [−1, 1] with the training range (so high powers stay well
/// conditioned); features are 1, u, u², …, u^degree. The weights solve
/// (ΦᵀΦ + λ·I′)w = Φᵀy by Cholesky in Double, I′ being the identity without the intercept
/// (the intercept is not penalised). Deterministic: fixed summation order throughout.
public struct PolynomialRidge: Sendable, Hashable {
    /// The polynomial degree (≥ 0).
    public let degree: Int
    /// The penalty λ ≥ 0.
    public let lambda: Double
    /// Coefficients of 1, u, …, u^degree (u = the input mapped to [−1, 1]).
    public let coefficients: [Double]
    /// The input range used for the mapping.
    public let inputRange: ClosedRange<Double>

    /// Fits on (x, y) pairs. Throws for mismatched or empty input, a negative λ, or a system
    /// that cannot be solved (e.g. λ = 0 and fewer distinct points than coefficients).
    public init(degree: Int, lambda: Double, x: [Double], y: [Double]) throws {
        guard x.count == y.count, !x.isEmpty else {
            throw TrainingCoreError.invalidData("ridge regression needs as many targets as inputs (\(x.count) vs \(y.count)), at least one")
        }
        guard degree >= 0, lambda >= 0, lambda.isFinite else {
            throw TrainingCoreError.invalidConfiguration("degree must be ≥ 0 and λ a finite number ≥ 0")
        }
        let lo = x.min() ?? 0, hi = x.max() ?? 0
        let range = lo < hi ? lo...hi : (lo - 1)...(hi + 1)
        self.degree = degree
        self.lambda = lambda
        self.inputRange = range
        let p = degree + 1
        var a = [Double](repeating: 0, count: p * p)
        var b = [Double](repeating: 0, count: p)
        for (xi, yi) in zip(x, y) {
            let phi = PolynomialRidge.features(xi, degree: degree, range: range)
            for r in 0..<p {
                b[r] += phi[r] * yi
                for c in 0..<p { a[r * p + c] += phi[r] * phi[c] }
            }
        }
        for r in 1..<max(1, p) { a[r * p + r] += lambda }
        // Cholesky: a = L·Lᵀ.
        var l = [Double](repeating: 0, count: p * p)
        for r in 0..<p {
            for c in 0...r {
                var sum = a[r * p + c]
                for k in 0..<c { sum -= l[r * p + k] * l[c * p + k] }
                if r == c {
                    guard sum > 1e-300 else {
                        throw TrainingCoreError.invalidData("the normal equations are singular: use λ > 0 or more distinct points")
                    }
                    l[r * p + r] = sum.squareRoot()
                } else {
                    l[r * p + c] = sum / l[c * p + c]
                }
            }
        }
        var z = [Double](repeating: 0, count: p)
        for r in 0..<p {
            var sum = b[r]
            for k in 0..<r { sum -= l[r * p + k] * z[k] }
            z[r] = sum / l[r * p + r]
        }
        var w = [Double](repeating: 0, count: p)
        for r in stride(from: p - 1, through: 0, by: -1) {
            var sum = z[r]
            for k in (r + 1)..<p { sum -= l[k * p + r] * w[k] }
            w[r] = sum / l[r * p + r]
        }
        coefficients = w
    }

    static func features(_ x: Double, degree: Int, range: ClosedRange<Double>) -> [Double] {
        let u = 2 * (x - range.lowerBound) / (range.upperBound - range.lowerBound) - 1
        var phi = [Double](repeating: 1, count: degree + 1)
        for k in stride(from: 1, through: degree, by: 1) { phi[k] = phi[k - 1] * u }
        return phi
    }

    /// The fitted polynomial at `x` (Horner's rule).
    public func predict(_ x: Double) -> Double {
        let u = 2 * (x - inputRange.lowerBound) / (inputRange.upperBound - inputRange.lowerBound) - 1
        var value = 0.0
        for c in coefficients.reversed() { value = value * u + c }
        return value
    }

    /// Predictions for every input.
    public func predict(_ xs: [Double]) -> [Double] { xs.map { predict($0) } }

    /// Mean squared error on (x, y) pairs (NaN when empty or mismatched).
    public func meanSquaredError(x: [Double], y: [Double]) -> Double {
        guard x.count == y.count, !x.isEmpty else { return .nan }
        var sum = 0.0
        for (xi, yi) in zip(x, y) {
            let d = predict(xi) - yi
            sum += d * d
        }
        return sum / Double(x.count)
    }
}
