import TrainingKernels

/// Transcendental functions built from + − × ÷ (and the exactly rounded square root) only.
///
/// The C library chooses different `exp`/`log` code paths per CPU at load time, so its last bits
/// differ between machines. These functions use range reduction and fixed polynomials, so
/// their results are bit-identical on every IEEE-754 machine. Accuracy is within a few ulp of
/// the true value over the whole double range; special values follow C99 (`exp(-inf) = 0`,
/// `log(0) = -inf`, `log(negative) = nan`).
public enum DeterministicMath {
    // ln 2 split so that k·ln2Hi is exact (see `Polynomials`, which the SIMD kernels share).
    @usableFromInline static let ln2Hi = TrainingKernels.Polynomials.ln2Hi
    @usableFromInline static let ln2Lo = TrainingKernels.Polynomials.ln2Lo
    @usableFromInline static let log2e = TrainingKernels.Polynomials.log2e
    @usableFromInline static let sqrt2 = TrainingKernels.Polynomials.sqrt2

    /// Multiplies `x` by 2^k exactly (up to overflow/underflow), for any integer k.
    @usableFromInline
    static func scale(_ x: Double, _ k: Int) -> Double {
        if k >= -1022 && k <= 1023 {
            return x * Double(bitPattern: UInt64(truncatingIfNeeded: k + 1023) << 52)
        }
        var x = x
        var k = k
        while k > 1023 {
            x *= 0x1p1023
            k -= 1023
        }
        while k < -1022 {
            x *= 0x1p-1022
            k += 1022
        }
        return x * Double(bitPattern: UInt64(truncatingIfNeeded: k + 1023) << 52)
    }

    /// e^r for |r| ≤ 0.35 (see `Polynomials.exp`).
    @usableFromInline
    static func expKernel(_ r: Double) -> Double { TrainingKernels.Polynomials.exp(r) }

    /// e^r − 1 for |r| ≤ 0.35 (no cancellation near 0).
    @usableFromInline
    static func expm1Kernel(_ r: Double) -> Double {
        var p = 1.0 / 6227020800.0
        p = p * r + 1.0 / 479001600.0
        p = p * r + 1.0 / 39916800.0
        p = p * r + 1.0 / 3628800.0
        p = p * r + 1.0 / 362880.0
        p = p * r + 1.0 / 40320.0
        p = p * r + 1.0 / 5040.0
        p = p * r + 1.0 / 720.0
        p = p * r + 1.0 / 120.0
        p = p * r + 1.0 / 24.0
        p = p * r + 1.0 / 6.0
        p = p * r + 0.5
        // r + r²/2 + r³/6 + ...
        return r + (r * r) * p
    }

    /// Rounds to the nearest integer (ties to even) by adding and subtracting 1.5·2⁵²; exact
    /// for |x| < 2⁵¹, and free of library calls.
    @usableFromInline @inline(__always)
    static func roundToInteger(_ x: Double) -> Double {
        (x + 0x1.8p52) - 0x1.8p52
    }

    /// The exponential function e^x.
    public static func exp(_ x: Double) -> Double {
        if x.isNaN { return x }
        if x > 709.782712893384 { return .infinity }
        if x < -745.1332191019412 { return 0 }
        let k = roundToInteger(x * log2e)
        let r = (x - k * ln2Hi) - k * ln2Lo
        return scale(expKernel(r), Int(k))
    }

    /// e^x − 1, accurate for x near 0.
    public static func expm1(_ x: Double) -> Double {
        if x.isNaN { return x }
        if x < 0.34657359 && x > -0.34657359 { return expm1Kernel(x) }
        if x < -40 { return -1 }
        return exp(x) - 1
    }

    /// ln(1 + f) for f in [√½ − 1, √2 − 1], without forming 1 + f (see `Polynomials.log1p`).
    @usableFromInline
    static func log1pKernel(_ f: Double) -> Double { TrainingKernels.Polynomials.log1p(f) }

    /// The natural logarithm ln x.
    public static func log(_ x: Double) -> Double {
        if x.isNaN || x < 0 { return .nan }
        if x == 0 { return -.infinity }
        if x == .infinity { return x }
        var m = x.significand  // in [1, 2), exact, also for subnormals
        var e = Double(x.exponent)
        if m > sqrt2 {
            m *= 0.5
            e += 1
        }
        let f = m - 1  // exact (Sterbenz)
        return e * ln2Hi + (log1pKernel(f) + e * ln2Lo)
    }

    /// ln(1 + x), accurate for x near 0.
    public static func log1p(_ x: Double) -> Double {
        if x.isNaN || x < -1 { return .nan }
        if x == -1 { return -.infinity }
        if x > -0.2928932188134524 && x < 0.41421356237309503 { return log1pKernel(x) }
        return log(1 + x)
    }

    /// The hyperbolic tangent, in [−1, 1].
    public static func tanh(_ x: Double) -> Double {
        if x.isNaN { return x }
        let a = x.magnitude
        if a > 22 { return x > 0 ? 1 : -1 }
        if a < 0x1p-28 { return x }
        let t = expm1(2 * a)
        let y = t / (t + 2)
        return x < 0 ? -y : y
    }

    /// The logistic sigmoid 1 / (1 + e^−x), in [0, 1]; computed without overflow for any x.
    public static func sigmoid(_ x: Double) -> Double {
        if x.isNaN { return x }
        if x >= 0 {
            return 1 / (1 + exp(-x))
        }
        let e = exp(x)
        return e / (1 + e)
    }

    /// ln(1 + e^x) without overflow (the "softplus").
    public static func softplus(_ x: Double) -> Double {
        if x.isNaN { return x }
        if x > 0 {
            return x + log1p(exp(-x))
        }
        return log1p(exp(x))
    }

    /// x^y for x > 0 as e^(y·ln x); `pow(0, y)` is 0 for y > 0. Less accurate than the other
    /// functions (relative error grows with |y·ln x|); meant for schedules and sweeps.
    public static func pow(_ x: Double, _ y: Double) -> Double {
        if x == 0 { return y > 0 ? 0 : (y == 0 ? 1 : .infinity) }
        if x < 0 { return .nan }
        return exp(y * log(x))
    }

    // π/2 in three parts (fdlibm): the first two have trailing zero bits so k·part is exact.
    @usableFromInline static let pio2_1 = 1.57079632673412561417e+00
    @usableFromInline static let pio2_2 = 6.07710050630396597660e-11
    @usableFromInline static let pio2_3 = 2.02226624871116645580e-21
    @usableFromInline static let twoOverPi = 6.36619772367581382433e-01

    /// sin r for |r| ≤ π/4 (Taylor to r¹⁹).
    @usableFromInline
    static func sinKernel(_ r: Double) -> Double {
        let z = r * r
        var p = -1.0 / 121645100408832000.0
        p = p * z + 1.0 / 355687428096000.0
        p = p * z - 1.0 / 1307674368000.0
        p = p * z + 1.0 / 6227020800.0
        p = p * z - 1.0 / 39916800.0
        p = p * z + 1.0 / 362880.0
        p = p * z - 1.0 / 5040.0
        p = p * z + 1.0 / 120.0
        p = p * z - 1.0 / 6.0
        return r + r * (z * p)
    }

    /// cos r for |r| ≤ π/4 (Taylor to r²⁰).
    @usableFromInline
    static func cosKernel(_ r: Double) -> Double {
        let z = r * r
        var p = 1.0 / 2432902008176640000.0
        p = p * z - 1.0 / 6402373705728000.0
        p = p * z + 1.0 / 20922789888000.0
        p = p * z - 1.0 / 87178291200.0
        p = p * z + 1.0 / 479001600.0
        p = p * z - 1.0 / 3628800.0
        p = p * z + 1.0 / 40320.0
        p = p * z - 1.0 / 720.0
        p = p * z + 1.0 / 24.0
        // 1 − z/2 + z²·p
        let hz = 0.5 * z
        let w = 1 - hz
        return w + (((1 - w) - hz) + z * (z * p))
    }

    /// Reduces x to r in [−π/4, π/4] and the quadrant k mod 4. Accurate for |x| < 2^20·π/2;
    /// beyond that the reduction loses bits (still deterministic).
    @usableFromInline
    static func reduce(_ x: Double) -> (r: Double, quadrant: Int) {
        let y = x * twoOverPi
        let k = y.magnitude < 0x1p50 ? roundToInteger(y) : y.rounded()
        let r = ((x - k * pio2_1) - k * pio2_2) - k * pio2_3
        let q = Int(k.truncatingRemainder(dividingBy: 4))
        return (r, (q + 4) & 3)
    }

    /// The sine of x (radians).
    public static func sin(_ x: Double) -> Double {
        if !x.isFinite { return .nan }
        if x.magnitude < 0x1p-27 { return x }
        let (r, q) = reduce(x)
        switch q {
        case 0: return sinKernel(r)
        case 1: return cosKernel(r)
        case 2: return -sinKernel(r)
        default: return -cosKernel(r)
        }
    }

    /// The cosine of x (radians).
    public static func cos(_ x: Double) -> Double {
        if !x.isFinite { return .nan }
        let (r, q) = reduce(x)
        switch q {
        case 0: return cosKernel(r)
        case 1: return -sinKernel(r)
        case 2: return -cosKernel(r)
        default: return sinKernel(r)
        }
    }

    /// π to double precision.
    public static let pi = 3.141592653589793115997963468544185161590576171875
}
