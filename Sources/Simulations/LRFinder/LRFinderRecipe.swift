import TrainingCore

/// What the learning-rate range test sweeps, and how its suggestion is checked.
///
/// 512 two-moons points (noise 0.2) from the data stream of the seed, a 2→32→32→2 ReLU
/// network (He), softmax cross-entropy, batches of 32. The sweep is the training core's
/// ``LearningRateFinder``: 100 steps with the rate growing geometrically from 1e-6 to 10, the
/// loss smoothed exponentially (β = 0.9, bias-corrected), stopping once the smoothed loss
/// exceeds 4× its minimum. The suggestion is a tenth of the rate where the smoothed loss falls
/// fastest.
/// The check trains a fresh copy of the same network at the suggested rate for 200 steps.
struct LRFinderRecipe: Sendable, Hashable {
    var points = 512
    var sweepSteps = 100
    var checkSteps = 200
    var batchSize = 32

    /// The sweep's first and last learning rate.
    static let start = 1e-6
    static let end = 10.0

    func data(seed: UInt64) -> Dataset {
        var rng = SplitMix64(seed: seed, stream: .data)
        return SyntheticData.twoMoons(count: points, noise: 0.2, using: &rng)
    }

    func network(seed: UInt64) throws -> Network<Float> {
        try Network<Float>(architecture: .mlp(inputs: 2, hidden: [32, 32], outputs: 2), seed: seed)
    }

    func configuration(_ optimizer: Optimizer, learningRate: Double = 0.1, seed: UInt64) -> TrainingConfiguration {
        TrainingConfiguration(optimizer: optimizer, learningRate: learningRate, batchSize: batchSize, seed: seed)
    }

    /// The sweep and the check run at its suggestion.
    func run(optimizer: Optimizer, seed: UInt64) throws -> LRFinderRun {
        let data = data(seed: seed)
        let network = try network(seed: seed)
        let report = try LearningRateFinder.run(network: network, data: data,
                                                configuration: configuration(optimizer, seed: seed),
                                                start: Self.start, end: Self.end, steps: sweepSteps)
        var trainer = try Trainer(network: network, training: data,
                                  configuration: configuration(optimizer, learningRate: report.suggestedLearningRate, seed: seed))
        trainer.run(steps: checkSteps)
        return LRFinderRun(report: report, checkLosses: trainer.history.trainLoss)
    }
}

/// A finished range test and the training run at its suggestion.
struct LRFinderRun: Sendable, Hashable {
    var report: LearningRateFinderReport
    /// The loss per step when training at the suggested rate.
    var checkLosses: [Double]

    /// The rate where the sweep stopped because the loss blew up, or nil if it never did.
    var divergenceRate: Double? { report.stoppedAtDivergence ? report.learningRates.last : nil }

    /// The check run's first loss (before any update) and the mean of its last 20.
    var checkStart: Double { checkLosses.first ?? .nan }
    var checkEnd: Double { Self.mean(checkLosses.suffix(20)) }

    static func mean(_ values: ArraySlice<Double>) -> Double {
        guard !values.isEmpty else { return .nan }
        var sum = 0.0
        for v in values { sum += v }
        return sum / Double(values.count)
    }
}
