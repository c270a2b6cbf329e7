/// A seeded 64-bit pseudo-random generator (SplitMix64, Steele, Lea & Flood 2014).
///
/// Every random number in the training core comes from one of these, never from the system
/// generator. The same seed gives the same sequence on every machine and every run.
/// Use ``init(seed:stream:)`` to get an independent stream per purpose (data, initialisation,
/// shuffling, dropout...), so that drawing one more number in one place does not shift the
/// numbers drawn somewhere else.
///
/// The sampling helpers (``uniform()``, ``normal()``, ``integer(below:)``, ``shuffle(_:)``) are
/// defined in this module, not taken from the standard library, so their algorithms cannot change
/// with a Swift release.
public struct SplitMix64: RandomNumberGenerator, Sendable, Hashable {
    /// The internal state; the next output is a function of it alone.
    public private(set) var state: UInt64

    /// A generator whose first output is determined by `seed` alone.
    public init(seed: UInt64) {
        state = seed
    }

    /// A generator for one purpose (`stream`) and optional sub-index (e.g. a trial number),
    /// statistically independent of the other streams derived from the same `seed`.
    public init(seed: UInt64, stream: RandomStream, index: UInt64 = 0) {
        let purpose = SplitMix64.mix(stream.id &* 0xD6E8_FEB8_6659_FD93 &+ 0x1234_5678_9ABC_DEF1)
        let sub = SplitMix64.mix(index &+ 0x9E37_79B9_7F4A_7C15)
        state = SplitMix64.mix(seed ^ purpose) ^ sub
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return SplitMix64.mix(state)
    }

    /// The SplitMix64 finaliser: a bijective scrambling of 64 bits.
    @inlinable
    public static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// The purpose a random stream serves; each purpose derives its own independent generator.
///
/// Use the named streams of the core, or ``custom(_:)`` with an id of your own (ids below
/// 1000 are reserved for the core).
public struct RandomStream: Sendable, Hashable {
    /// The number that identifies the purpose in the seed derivation.
    public let id: UInt64

    /// A stream with an explicit id.
    public init(id: UInt64) { self.id = id }

    /// A caller-defined purpose; `id` should be 1000 or more to stay clear of the core's ids.
    public static func custom(_ id: UInt64) -> RandomStream { RandomStream(id: id) }

    /// Generating synthetic data sets.
    public static let data = RandomStream(id: 1)
    /// Initialising network parameters.
    public static let initialization = RandomStream(id: 2)
    /// Shuffling the training set each epoch.
    public static let shuffle = RandomStream(id: 3)
    /// Dropout masks.
    public static let dropout = RandomStream(id: 4)
    /// Choosing which labels to corrupt and what to corrupt them to.
    public static let labelNoise = RandomStream(id: 5)
    /// Choosing outliers and their displacement.
    public static let outliers = RandomStream(id: 6)
    /// Train/validation/test splits.
    public static let split = RandomStream(id: 7)
    /// Data augmentation (jitter).
    public static let augmentation = RandomStream(id: 8)
    /// Hyperparameter search (random trials).
    public static let search = RandomStream(id: 9)
    /// Planted faults that need randomness (e.g. labels shuffled every step).
    public static let faults = RandomStream(id: 10)
    /// Sampling points for evaluation or display.
    public static let sampling = RandomStream(id: 11)
}
