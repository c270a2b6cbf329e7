import TrainingCore

/// The overfit-one-batch run: what is trained on what, and when it counts as passed.
///
/// One batch of 32 two-moons points (noise 0.1, from the data stream of the seed), a
/// 2→32→32→2 ReLU network (He initialisation), softmax cross-entropy, Adam at 0.01, the whole
/// batch at every step, 300 steps. The test **passes** when the mean training loss of the last
/// 20 steps is below 0.02: a correct loop memorises 32 points to about 0.001 within those
/// steps (every seed tried), while every planted bug leaves it at 0.07 or more (the frozen
/// hidden layers come closest). A NaN loss fails.
struct OverfitBatchRecipe: Sendable, Equatable {
    var points = 32
    var hidden = [32, 32]
    var learningRate = 0.01
    var steps = 300

    /// The loss the last steps must stay under.
    static let threshold = 0.02
    /// How many final steps are averaged (one lucky step of an oscillating run does not pass).
    static let tailSteps = 20

    /// The batch for `seed`.
    func batch(seed: UInt64) -> Dataset {
        var rng = SplitMix64(seed: seed, stream: .data)
        return SyntheticData.twoMoons(count: points, noise: 0.1, using: &rng)
    }

    /// A fresh trainer with `bug` planted; nothing trained yet.
    func trainer(bug: OverfitBatchBug, seed: UInt64) throws -> Trainer<Float> {
        let network = try Network<Float>(architecture: .mlp(inputs: 2, hidden: hidden, outputs: 2), seed: seed)
        let configuration = TrainingConfiguration(optimizer: .adamDefault, learningRate: learningRate,
                                                  batchSize: points, faults: bug.faults, seed: seed)
        return try Trainer(network: network, training: batch(seed: seed), configuration: configuration)
    }

    /// The mean loss of the last ``tailSteps`` steps (NaN if any is not finite).
    static func finalLoss(_ losses: [Double]) -> Double {
        let tail = losses.suffix(tailSteps)
        guard !tail.isEmpty else { return .nan }
        var sum = 0.0
        for loss in tail { sum += loss }
        return sum / Double(tail.count)
    }

    /// Whether a finished run passed.
    static func passed(_ losses: [Double]) -> Bool {
        finalLoss(losses) < threshold
    }
}
