/// Softmax cross-entropy over two classes for sixteen `Float` rows at once, in SIMD lanes.
///
/// Each lane repeats, operation for operation, the scalar row of TrainingCore's
/// `LossKernels.softmaxCrossEntropy` (with `DeterministicMath.exp` and `log1p`): the same
/// range reduction, the same Horner polynomials, the same roundings, selected per lane instead
/// of branched. So the bits are the scalar ones; only the rows that would leave the scalar
/// functions' main path (non-finite logits, e^x below 2⁻¹⁰²²) are refused, for the caller to
/// do one by one. Sixteen rows keep four vectors of independent Horner chains in flight, so
/// the polynomials' long dependency chains overlap instead of waiting on each other.
public enum SoftmaxPairKernel {
    public typealias Lanes = SIMD16<Double>
    /// The rows one ``block(outputs:start:labels:classWeights:gradient:inverse:weightedLosses:)`` handles.
    public static let rowsPerBlock = 16

    static let ln2Hi = Polynomials.ln2Hi
    static let ln2Lo = Polynomials.ln2Lo
    static let log2e = Polynomials.log2e
    static let sqrt2 = Polynomials.sqrt2
    static let shifter = 0x1.8p52

    /// e^x for x in [−708, 0] (`DeterministicMath.exp` on its main path).
    @inline(__always)
    static func exp(_ x: Lanes) -> Lanes {
        let shifted = x * log2e + shifter
        let k = shifted - shifter
        let r = (x - k * ln2Hi) - k * ln2Lo
        // k as an integer from the shifted value's low bits: bits(k + 1.5·2⁵²) = bits(1.5·2⁵²) + k.
        let kBits = unsafeBitCast(shifted, to: SIMD16<Int64>.self) &- Int64(bitPattern: shifter.bitPattern)
        let twoToK = unsafeBitCast((kBits &+ 1023) &<< 52, to: Lanes.self)
        return Polynomials.exp(r) * twoToK
    }

    /// ln(1 + x) for x in [0, 1] (`DeterministicMath.log1p`: the kernel below √2 − 1, else
    /// `log(1 + x)` through the significand and exponent of 1 + x).
    @inline(__always)
    static func log1p(_ x: Lanes) -> Lanes {
        let small = x .< 0.41421356237309503
        let y = 1 + x
        let bits = unsafeBitCast(y, to: SIMD16<UInt64>.self)
        // 1 + x is in [1, 2]: its exponent is 0, or 1 for exactly 2.
        var m = unsafeBitCast((bits & 0x000F_FFFF_FFFF_FFFF) | 0x3FF0_0000_0000_0000, to: Lanes.self)
        var e = Lanes().replacing(with: 1, where: y .== 2)
        let high = m .> sqrt2
        m.replace(with: m * 0.5, where: high)
        e.replace(with: e + 1, where: high)
        // One polynomial for both paths: the kernel of x itself where x is small, else of f.
        let f = m - 1
        let kernel = Polynomials.log1p(f.replacing(with: x, where: small))
        let viaLog = e * ln2Hi + (kernel + e * ln2Lo)
        return viaLog.replacing(with: kernel, where: small)
    }

    /// Rows `start ..< start + 16` of a two-class softmax cross-entropy: writes each row's
    /// loss times its class weight to `weightedLosses` (lane = row) and, when `gradient` is
    /// given, dℓ/dz · w / Σw with `inverse` = 1 / Σw. Returns false, writing nothing, when a
    /// row needs the scalar functions' special cases.
    public static func block(
        outputs: UnsafePointer<Float>, start: Int, labels: UnsafePointer<Int32>,
        classWeights: UnsafePointer<Double>?, gradient: UnsafeMutablePointer<Float>?,
        inverse: Double, weightedLosses: inout Lanes
    ) -> Bool {
        let logits = UnsafeRawPointer(outputs + 2 * start).loadUnaligned(as: SIMD32<Float>.self)
        let z0 = logits.evenHalf, z1 = logits.oddHalf
        // x − x is 0 exactly when x is finite.
        guard all((z0 - z0) .== 0 .& (z1 - z1) .== 0) else { return false }
        // Labels compared as floating-point values: integer SIMD comparisons go lane by lane.
        let label = SIMD16<Float>(UnsafeRawPointer(labels + start).loadUnaligned(as: SIMD16<Int32>.self))
        let labelIsOne = label .== 1
        // As the scalar row: the top is index 1 only when z1 > z0; differences are taken in
        // Float, then widened (exactly) to Double.
        let secondIsTop = z1 .> z0
        let top = z0.replacing(with: z1, where: secondIsTop)
        let other = z1.replacing(with: z0, where: secondIsTop)
        let labelled = z0.replacing(with: z1, where: labelIsOne)
        let d = Lanes(other - top)
        guard all(d .>= -708) else { return false }
        let zy = Lanes(labelled - top)
        var weight = Lanes(repeating: 1)
        if let classWeights {
            for lane in 0..<16 { weight[lane] = classWeights[Int(labels[start + lane])] }
        }
        let rest = exp(d)
        weightedLosses = weight * (log1p(rest) - zy)
        guard let gradient else { return true }
        // The scalar code parks e in the gradient row as a Float and reads it back.
        let parked = Lanes(SIMD16<Float>(rest))
        let denominator = 1 + rest
        let pTop = 1 / denominator
        let pOther = parked / denominator
        let firstIsTop = Lanes(z1) .<= Lanes(z0)
        let labelIsOneLanes = Lanes(label) .== 1
        let p0 = pOther.replacing(with: pTop, where: firstIsTop)
        let p1 = pTop.replacing(with: pOther, where: firstIsTop)
        let scale = weight * inverse
        let g0 = SIMD16<Float>(scale * p0.replacing(with: p0 - 1, where: .!labelIsOneLanes))
        let g1 = SIMD16<Float>(scale * p1.replacing(with: p1 - 1, where: labelIsOneLanes))
        var interleaved = SIMD32<Float>()
        interleaved.evenHalf = g0
        interleaved.oddHalf = g1
        UnsafeMutableRawPointer(gradient + 2 * start).storeBytes(of: interleaved, as: SIMD32<Float>.self)
        return true
    }
}
