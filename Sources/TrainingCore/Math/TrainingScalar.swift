/// A floating-point type the core can train in: `Float` (speed) or `Double` (gradient checks).
///
/// Besides the arithmetic of `BinaryFloatingPoint` it supplies conversions to and from
/// `Double` and the deterministic transcendental functions of ``DeterministicMath``.
/// For `Float` these are computed in `Double` and rounded once, so they are bit-identical on
/// every machine too.
public protocol TrainingScalar: BinaryFloatingPoint, SIMDScalar, Sendable, Hashable, Codable
where Self.RawSignificand: FixedWidthInteger {
    /// The value converted from a double (rounded to nearest).
    init(_ value: Double)
    /// The value as a double (exact for `Float` and `Double`).
    var doubleValue: Double { get }
    /// The bit pattern widened to 64 bits, for hashing results bit by bit.
    var bitPattern64: UInt64 { get }
    /// 1 when the value is not ±0 (NaN counts as non-zero), else 0; branch-free.
    static func nonZeroFlag(_ x: Self) -> Int
    /// A bit mask of the non-zero values among `count` (≤ 64) values at `p`: bit k set when
    /// `p[k]` is not ±0 (NaN counts as non-zero). Vectorised, branch-free.
    static func nonZeroMask(_ p: UnsafePointer<Self>, _ count: Int) -> UInt64
    /// Deterministic e^x.
    static func exp(_ x: Self) -> Self
    /// Deterministic ln x.
    static func log(_ x: Self) -> Self
    /// Deterministic tanh x.
    static func tanh(_ x: Self) -> Self
    /// Deterministic logistic sigmoid.
    static func sigmoid(_ x: Self) -> Self
}

extension Float: TrainingScalar {
    @inlinable public var doubleValue: Double { Double(self) }
    @inlinable public var bitPattern64: UInt64 { UInt64(bitPattern) }
    @inlinable public static func nonZeroFlag(_ x: Float) -> Int {
        Int(truncatingIfNeeded: ((x.bitPattern & 0x7FFF_FFFF) &+ 0x7FFF_FFFF) >> 31)
    }
    @inlinable public static func nonZeroMask(_ p: UnsafePointer<Float>, _ count: Int) -> UInt64 {
        var mask: UInt64 = 0
        var k = 0
        let weights = SIMD8<UInt32>(1, 2, 4, 8, 16, 32, 64, 128)
        let magnitude = SIMD8<UInt32>(repeating: 0x7FFF_FFFF)
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
    @inlinable public static func exp(_ x: Float) -> Float { Float(DeterministicMath.exp(Double(x))) }
    @inlinable public static func log(_ x: Float) -> Float { Float(DeterministicMath.log(Double(x))) }
    @inlinable public static func tanh(_ x: Float) -> Float { Float(DeterministicMath.tanh(Double(x))) }
    @inlinable public static func sigmoid(_ x: Float) -> Float { Float(DeterministicMath.sigmoid(Double(x))) }
}

extension Double: TrainingScalar {
    @inlinable public var doubleValue: Double { self }
    @inlinable public var bitPattern64: UInt64 { bitPattern }
    @inlinable public static func nonZeroFlag(_ x: Double) -> Int {
        Int(truncatingIfNeeded: ((x.bitPattern & 0x7FFF_FFFF_FFFF_FFFF) &+ 0x7FFF_FFFF_FFFF_FFFF) >> 63)
    }
    @inlinable public static func nonZeroMask(_ p: UnsafePointer<Double>, _ count: Int) -> UInt64 {
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
    @inlinable public static func exp(_ x: Double) -> Double { DeterministicMath.exp(x) }
    @inlinable public static func log(_ x: Double) -> Double { DeterministicMath.log(x) }
    @inlinable public static func tanh(_ x: Double) -> Double { DeterministicMath.tanh(x) }
    @inlinable public static func sigmoid(_ x: Double) -> Double { DeterministicMath.sigmoid(x) }
}
