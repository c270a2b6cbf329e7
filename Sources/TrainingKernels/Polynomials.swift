/// A value the deterministic polynomials run on: one `Double`, or sixteen lanes of them.
/// Only + − × ÷ are used, each rounded once, so a lane gives the bits of the scalar.
public protocol PolynomialValue {
    static func + (lhs: Self, rhs: Self) -> Self
    static func - (lhs: Self, rhs: Self) -> Self
    static func * (lhs: Self, rhs: Self) -> Self
    static func / (lhs: Self, rhs: Self) -> Self
    /// `value` (in every lane).
    init(constant value: Double)
}

extension Double: PolynomialValue {
    @inlinable public init(constant value: Double) { self = value }
}

extension SIMD16: PolynomialValue where Scalar == Double {
    @inlinable public init(constant value: Double) { self.init(repeating: value) }
}

/// The fixed polynomials behind `DeterministicMath`'s exp and log (range-reduced arguments
/// only), written once for scalars and SIMD lanes alike.
public enum Polynomials {
    // ln 2 split so that k·ln2Hi is exact for |k| < 2^20 (fdlibm's constants).
    public static let ln2Hi = 6.93147180369123816490e-01
    public static let ln2Lo = 1.90821492927058770002e-10
    public static let log2e = 1.44269504088896338700e+00
    public static let sqrt2 = 1.41421356237309514547e+00

    /// e^r for |r| ≤ 0.35 by a degree-13 Taylor polynomial (truncation error < 1e-17).
    @inlinable
    public static func exp<T: PolynomialValue>(_ r: T) -> T {
        var p = T(constant: 1.0 / 6227020800.0)
        p = p * r + T(constant: 1.0 / 479001600.0)
        p = p * r + T(constant: 1.0 / 39916800.0)
        p = p * r + T(constant: 1.0 / 3628800.0)
        p = p * r + T(constant: 1.0 / 362880.0)
        p = p * r + T(constant: 1.0 / 40320.0)
        p = p * r + T(constant: 1.0 / 5040.0)
        p = p * r + T(constant: 1.0 / 720.0)
        p = p * r + T(constant: 1.0 / 120.0)
        p = p * r + T(constant: 1.0 / 24.0)
        p = p * r + T(constant: 1.0 / 6.0)
        p = p * r + T(constant: 0.5)
        p = p * r + T(constant: 1.0)
        // e^r − 1 = r·p, then add 1 last to keep the small terms.
        return T(constant: 1.0) + r * p
    }

    /// ln(1 + f) for f in [√½ − 1, √2 − 1], without forming 1 + f.
    @inlinable
    public static func log1p<T: PolynomialValue>(_ f: T) -> T {
        let s = f / (T(constant: 2) + f)
        let z = s * s
        // R(z) = 2z/3 + 2z²/5 + 2z³/7 + ... (|z| ≤ 0.0295, 12 terms: error < 1e-19).
        var r = T(constant: 2.0 / 25.0)
        r = r * z + T(constant: 2.0 / 23.0)
        r = r * z + T(constant: 2.0 / 21.0)
        r = r * z + T(constant: 2.0 / 19.0)
        r = r * z + T(constant: 2.0 / 17.0)
        r = r * z + T(constant: 2.0 / 15.0)
        r = r * z + T(constant: 2.0 / 13.0)
        r = r * z + T(constant: 2.0 / 11.0)
        r = r * z + T(constant: 2.0 / 9.0)
        r = r * z + T(constant: 2.0 / 7.0)
        r = r * z + T(constant: 2.0 / 5.0)
        r = r * z + T(constant: 2.0 / 3.0)
        r = r * z
        let hfsq = T(constant: 0.5) * f * f
        return f - (hfsq - s * (hfsq + r))
    }
}
