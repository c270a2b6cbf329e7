/// Softmax cross-entropy over two classes for four rows at once, in SIMD lanes.
///
/// Each lane repeats, operation for operation, the scalar row of TrainingCore's
/// `LossKernels.softmaxCrossEntropy` (with `DeterministicMath.exp` and `log1p`): the same
/// range reduction, the same Horner polynomials, the same roundings, selected per lane instead
/// of branched. So the bits are the scalar ones; only the rows that would leave the scalar
/// functions' main path (non-finite logits, e^x below 2⁻¹⁰²²) are refused, for the caller to
/// do one by one.
public enum SoftmaxPairKernel {
    static let ln2Hi = 6.93147180369123816490e-01
    static let ln2Lo = 1.90821492927058770002e-10
    static let log2e = 1.44269504088896338700e+00
    static let sqrt2 = 1.41421356237309514547e+00
    static let shifter = 0x1.8p52

    /// e^r for |r| ≤ 0.35 (`DeterministicMath.expKernel`, lane by lane).
    @inline(__always)
    static func expKernel(_ r: SIMD4<Double>) -> SIMD4<Double> {
        var p = SIMD4<Double>(repeating: 1.0 / 6227020800.0)
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
        p = p * r + 1.0
        return 1.0 + r * p
    }

    /// e^x for x in [−708, 0] (`DeterministicMath.exp` on its main path).
    @inline(__always)
    static func exp(_ x: SIMD4<Double>) -> SIMD4<Double> {
        let shifted = x * log2e + shifter
        let k = shifted - shifter
        let r = (x - k * ln2Hi) - k * ln2Lo
        // k as an integer from the shifted value's low bits: bits(k + 1.5·2⁵²) = bits(1.5·2⁵²) + k.
        let kBits = unsafeBitCast(shifted, to: SIMD4<Int64>.self) &- Int64(bitPattern: shifter.bitPattern)
        let twoToK = unsafeBitCast((kBits &+ 1023) &<< 52, to: SIMD4<Double>.self)
        return expKernel(r) * twoToK
    }

    /// ln(1 + f) for f in [√½ − 1, √2 − 1] (`DeterministicMath.log1pKernel`).
    @inline(__always)
    static func log1pKernel(_ f: SIMD4<Double>) -> SIMD4<Double> {
        let s = f / (2 + f)
        let z = s * s
        var r = SIMD4<Double>(repeating: 2.0 / 25.0)
        r = r * z + 2.0 / 23.0
        r = r * z + 2.0 / 21.0
        r = r * z + 2.0 / 19.0
        r = r * z + 2.0 / 17.0
        r = r * z + 2.0 / 15.0
        r = r * z + 2.0 / 13.0
        r = r * z + 2.0 / 11.0
        r = r * z + 2.0 / 9.0
        r = r * z + 2.0 / 7.0
        r = r * z + 2.0 / 5.0
        r = r * z + 2.0 / 3.0
        r = r * z
        let hfsq = 0.5 * f * f
        return f - (hfsq - s * (hfsq + r))
    }

    /// ln(1 + x) for x in [0, 1] (`DeterministicMath.log1p`: the kernel below √2 − 1, else
    /// `log(1 + x)` through the significand and exponent of 1 + x).
    @inline(__always)
    static func log1p(_ x: SIMD4<Double>) -> SIMD4<Double> {
        let small = x .< 0.41421356237309503
        let y = 1 + x  // in [1, 2]
        let bits = unsafeBitCast(y, to: SIMD4<UInt64>.self)
        // 1 + x is in [1, 2]: its exponent is 0, or 1 for exactly 2.
        var m = unsafeBitCast((bits & 0x000F_FFFF_FFFF_FFFF) | 0x3FF0_0000_0000_0000, to: SIMD4<Double>.self)
        var e = SIMD4<Double>().replacing(with: 1, where: y .== 2)
        let high = m .> sqrt2
        m.replace(with: m * 0.5, where: high)
        e.replace(with: e + 1, where: high)
        let f = m - 1
        let viaLog = e * ln2Hi + (log1pKernel(f) + e * ln2Lo)
        return viaLog.replacing(with: log1pKernel(x), where: small)
    }

    /// Rows `start ..< start + 4` of a two-class softmax cross-entropy: writes each row's
    /// loss times its class weight to `weightedLosses` (in row order) and, when `gradient`
    /// is given, dℓ/dz · w / Σw with `inverse` = 1 / Σw. Returns false, writing nothing, when a
    /// row needs the scalar functions' special cases.
    @_specialize(exported: true, where S == Float)
    @_specialize(exported: true, where S == Double)
    public static func block<S: KernelScalar>(
        outputs: UnsafePointer<S>, start: Int, labels: UnsafePointer<Int32>,
        classWeights: UnsafePointer<Double>?, gradient: UnsafeMutablePointer<S>?,
        inverse: Double, weightedLosses: inout SIMD4<Double>
    ) -> Bool {
        var z0 = SIMD4<Double>(), z1 = SIMD4<Double>(), d = SIMD4<Double>()
        var firstIsTop = SIMDMask<SIMD4<Int64>>(), labelIsOne = SIMDMask<SIMD4<Int64>>()
        var zy = SIMD4<Double>(), weight = SIMD4<Double>(repeating: 1)
        for lane in 0..<4 {
            let row = outputs + (start + lane) * 2
            let a = row[0], b = row[1]
            guard a.isFinite && b.isFinite else { return false }
            // The scalar row: the top is index 1 only when z1 > z0; the exp's argument is the
            // other logit minus the top, subtracted in S.
            let top = b > a ? b : a
            let other = b > a ? a : b
            firstIsTop[lane] = !(b > a)
            d[lane] = Double(other - top)
            let y = Int(labels[start + lane])
            labelIsOne[lane] = y == 1
            zy[lane] = Double((y == 1 ? b : a) - top)
            z0[lane] = Double(a)
            z1[lane] = Double(b)
            if let classWeights { weight[lane] = classWeights[y] }
        }
        guard all(d .>= -708) else { return false }
        let rest = exp(d)
        weightedLosses = weight * (log1p(rest) - zy)
        guard let gradient else { return true }
        // The scalar code parks e in the gradient row as S and reads it back.
        var parked = SIMD4<Double>()
        for lane in 0..<4 { parked[lane] = Double(S(rest[lane])) }
        let denominator = 1 + rest
        let pTop = 1 / denominator
        let pOther = parked / denominator
        let p0 = pTop.replacing(with: pOther, where: .!firstIsTop)
        let p1 = pOther.replacing(with: pTop, where: .!firstIsTop)
        let scale = weight * inverse
        let g0 = scale * p0.replacing(with: p0 - 1, where: .!labelIsOne)
        let g1 = scale * p1.replacing(with: p1 - 1, where: labelIsOne)
        for lane in 0..<4 {
            let g = gradient + (start + lane) * 2
            g[0] = S(g0[lane])
            g[1] = S(g1[lane])
        }
        return true
    }
}
