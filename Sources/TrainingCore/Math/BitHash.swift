/// A 64-bit FNV-1a hash over bit patterns, for golden tests of determinism.
///
/// Feed it the exact bits of parameters and loss values; two runs that agree in every bit
/// give the same ``value``. Not a cryptographic hash.
public struct BitHash: Sendable, Hashable {
    /// The current hash value.
    public private(set) var value: UInt64 = 0xCBF2_9CE4_8422_2325

    /// An empty hash (the FNV-1a offset basis).
    public init() {}

    /// Mixes in the 8 bytes of `word`, least significant first.
    public mutating func combine(_ word: UInt64) {
        var w = word
        for _ in 0..<8 {
            value ^= w & 0xFF
            value = value &* 0x0000_0100_0000_01B3
            w >>= 8
        }
    }

    /// Mixes in the bit pattern of every scalar, in order.
    public mutating func combine<S: TrainingScalar>(_ values: [S]) {
        for v in values { combine(v.bitPattern64) }
    }

    /// Mixes in the bit pattern of every double, in order.
    public mutating func combine(doubles values: [Double]) {
        for v in values { combine(v.bitPattern) }
    }
}
