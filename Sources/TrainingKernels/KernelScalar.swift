/// A floating-point type the dense kernels run in (`Float` or `Double`): the bit tricks that
/// find the non-zero inputs of a sparse sum without branches.
public protocol KernelScalar: BinaryFloatingPoint, SIMDScalar, Codable {
    /// 1 when the value is not ±0 (NaN counts as non-zero), else 0; branch-free.
    static func nonZeroFlag(_ x: Self) -> Int
    /// A bit mask of the non-zero values among `count` (≤ 64) values at `p`: bit k set when
    /// `p[k]` is not ±0 (NaN counts as non-zero). Vectorised, branch-free.
    static func nonZeroMask(_ p: UnsafePointer<Self>, _ count: Int) -> UInt64
    /// ``nonZeroMask(_:_:)`` of exactly 32 values: the common row width, without the loops.
    static func nonZeroMask32(_ p: UnsafePointer<Self>) -> UInt64
    /// `term` with the lanes where `input` is ±0 set to +0 (NaN counts as non-zero):
    /// a skipped term of a sparse sum, without branches or lane-by-lane compares.
    static func keepingNonZeroInputs(_ term: SIMD8<Self>, input: SIMD8<Self>) -> SIMD8<Self>
}

extension Float: KernelScalar {
    @inline(__always) public static func nonZeroFlag(_ x: Float) -> Int {
        Int(truncatingIfNeeded: ((x.bitPattern & 0x7FFF_FFFF) &+ 0x7FFF_FFFF) >> 31)
    }
    @inline(__always) public static func nonZeroMask32(_ p: UnsafePointer<Float>) -> UInt64 {
        let weights = SIMD8<UInt32>(1, 2, 4, 8, 16, 32, 64, 128)
        let magnitude = SIMD8<UInt32>(repeating: 0x7FFF_FFFF)
        // Four vectors of flags, each lane weighted by its own bit, OR-ed into one vector, so
        // only one horizontal OR per 32 values.
        var selected = SIMD8<UInt32>()
        for q in 0..<4 {
            let bits = UnsafeRawPointer(p + 8 * q).loadUnaligned(as: SIMD8<UInt32>.self)
            let flag = ((bits & magnitude) &+ magnitude) &>> 31
            selected |= (SIMD8<UInt32>() &- flag) & (weights &<< UInt32(8 * q))
        }
        let four = selected.lowHalf | selected.highHalf
        let two = four.lowHalf | four.highHalf
        return UInt64(two[0] | two[1])
    }
    @inline(__always) public static func nonZeroMask(_ p: UnsafePointer<Float>, _ count: Int) -> UInt64 {
        var mask: UInt64 = 0
        var k = 0
        let weights = SIMD8<UInt32>(1, 2, 4, 8, 16, 32, 64, 128)
        let magnitude = SIMD8<UInt32>(repeating: 0x7FFF_FFFF)
        while k + 32 <= count {
            mask |= nonZeroMask32(p + k) << UInt64(k)
            k += 32
        }
        while k + 8 <= count {
            let bits = UnsafeRawPointer(p + k).loadUnaligned(as: SIMD8<UInt32>.self)
            let flag = ((bits & magnitude) &+ magnitude) &>> 31
            let selected = (SIMD8<UInt32>() &- flag) & weights
            let four = selected.lowHalf | selected.highHalf
            let two = four.lowHalf | four.highHalf
            mask |= UInt64(two[0] | two[1]) << UInt64(k)
            k += 8
        }
        while k < count {
            mask |= UInt64(truncatingIfNeeded: nonZeroFlag(p[k])) << UInt64(k)
            k += 1
        }
        return mask
    }
    @inline(__always)
    public static func keepingNonZeroInputs(_ term: SIMD8<Float>, input: SIMD8<Float>) -> SIMD8<Float> {
        let magnitude = SIMD8<UInt32>(repeating: 0x7FFF_FFFF)
        let flag = ((unsafeBitCast(input, to: SIMD8<UInt32>.self) & magnitude) &+ magnitude) &>> 31
        return unsafeBitCast(unsafeBitCast(term, to: SIMD8<UInt32>.self) & (SIMD8<UInt32>() &- flag), to: SIMD8<Float>.self)
    }
}

extension Double: KernelScalar {
    @inline(__always) public static func nonZeroFlag(_ x: Double) -> Int {
        Int(truncatingIfNeeded: ((x.bitPattern & 0x7FFF_FFFF_FFFF_FFFF) &+ 0x7FFF_FFFF_FFFF_FFFF) >> 63)
    }
    @inline(__always) public static func nonZeroMask32(_ p: UnsafePointer<Double>) -> UInt64 {
        nonZeroMask(p, 32)
    }
    @inline(__always) public static func nonZeroMask(_ p: UnsafePointer<Double>, _ count: Int) -> UInt64 {
        var mask: UInt64 = 0
        var k = 0
        let weights = SIMD4<UInt64>(1, 2, 4, 8)
        let magnitude = SIMD4<UInt64>(repeating: 0x7FFF_FFFF_FFFF_FFFF)
        while k + 4 <= count {
            let bits = UnsafeRawPointer(p + k).loadUnaligned(as: SIMD4<UInt64>.self)
            let flag = ((bits & magnitude) &+ magnitude) &>> 63
            let selected = (SIMD4<UInt64>() &- flag) & weights
            let two = selected.lowHalf | selected.highHalf
            mask |= (two[0] | two[1]) << UInt64(k)
            k += 4
        }
        while k < count {
            mask |= UInt64(truncatingIfNeeded: nonZeroFlag(p[k])) << UInt64(k)
            k += 1
        }
        return mask
    }
    @inline(__always)
    public static func keepingNonZeroInputs(_ term: SIMD8<Double>, input: SIMD8<Double>) -> SIMD8<Double> {
        let magnitude = SIMD8<UInt64>(repeating: 0x7FFF_FFFF_FFFF_FFFF)
        let flag = ((unsafeBitCast(input, to: SIMD8<UInt64>.self) & magnitude) &+ magnitude) &>> 63
        return unsafeBitCast(unsafeBitCast(term, to: SIMD8<UInt64>.self) & (SIMD8<UInt64>() &- flag), to: SIMD8<Double>.self)
    }
}
