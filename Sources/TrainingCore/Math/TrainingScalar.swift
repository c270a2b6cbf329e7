import TrainingKernels
#if canImport(TrainingKernelsAVX2)
import TrainingKernelsAVX2
/// The AVX2 kernels' scalar protocol, on x86-64 builds.
public typealias TrainingKernelsAVX2KernelScalar = TrainingKernelsAVX2.KernelScalar
#else
/// Stands in for the AVX2 kernels' scalar protocol on other architectures.
public typealias TrainingKernelsAVX2KernelScalar = TrainingKernels.KernelScalar
#endif

/// A floating-point type the core can train in: `Float` (speed) or `Double` (gradient checks).
///
/// Besides the arithmetic of `BinaryFloatingPoint` it supplies conversions to and from
/// `Double` and the deterministic transcendental functions of ``DeterministicMath``.
/// For `Float` these are computed in `Double` and rounded once, so they are bit-identical on
/// every machine too.
public protocol TrainingScalar: TrainingKernels.KernelScalar, TrainingKernelsAVX2KernelScalar, Sendable, Hashable, Codable
where Self.RawSignificand: FixedWidthInteger {
    /// The value converted from a double (rounded to nearest).
    init(_ value: Double)
    /// The value as a double (exact for `Float` and `Double`).
    var doubleValue: Double { get }
    /// The bit pattern widened to 64 bits, for hashing results bit by bit.
    var bitPattern64: UInt64 { get }
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
    @inlinable public static func exp(_ x: Float) -> Float { Float(DeterministicMath.exp(Double(x))) }
    @inlinable public static func log(_ x: Float) -> Float { Float(DeterministicMath.log(Double(x))) }
    @inlinable public static func tanh(_ x: Float) -> Float { Float(DeterministicMath.tanh(Double(x))) }
    @inlinable public static func sigmoid(_ x: Float) -> Float { Float(DeterministicMath.sigmoid(Double(x))) }
}

extension Double: TrainingScalar {
    @inlinable public var doubleValue: Double { self }
    @inlinable public var bitPattern64: UInt64 { bitPattern }
    @inlinable public static func exp(_ x: Double) -> Double { DeterministicMath.exp(x) }
    @inlinable public static func log(_ x: Double) -> Double { DeterministicMath.log(x) }
    @inlinable public static func tanh(_ x: Double) -> Double { DeterministicMath.tanh(x) }
    @inlinable public static func sigmoid(_ x: Double) -> Double { DeterministicMath.sigmoid(x) }
}
