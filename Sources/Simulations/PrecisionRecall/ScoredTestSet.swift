import TrainingCore

/// The scores behind the precision-recall simulation: a small MLP really trained on an
/// imbalanced binary problem, and its probability of the positive class on held-out rows.
///
/// Two overlapping Gaussian blobs (centres 2 apart, standard deviation 1), one positive for
/// every three negatives; MLP 2→16→2, Adam at lr 0.01, batches of 32. The overlap keeps the
/// classifier honest: no threshold gets both precision and recall to 1. Deterministic in the
/// seed (data, sampling, initialisation and shuffling streams).
struct ScoredTestSet: Sendable, Equatable {
    /// Training rows per class (negatives, positives).
    static let trainCounts = [450, 150]
    /// Held-out rows per class (negatives, positives).
    static let testCounts = [300, 100]
    static let centres = [-1.0, 0, 1, 0]

    /// 1 for a positive held-out row, else 0.
    var labels: [Int]
    /// The network's P(positive) for each held-out row, in [0, 1].
    var scores: [Double]
    var steps: Int
    /// Set when the core refused to train (the scores are then all 0.5).
    var failure: String?

    init(seed: UInt64, steps: Int) {
        var dataRNG = SplitMix64(seed: seed, stream: .data)
        let training = SyntheticData.blobs(counts: Self.trainCounts, centers: Self.centres, standardDeviation: 1, using: &dataRNG)
        var testRNG = SplitMix64(seed: seed, stream: .sampling)
        let test = SyntheticData.blobs(counts: Self.testCounts, centers: Self.centres, standardDeviation: 1, using: &testRNG)
        labels = test.labels
        do {
            let network = try Network<Float>(architecture: .mlp(inputs: 2, hidden: [16], outputs: 2), seed: seed)
            var trainer = try Trainer(network: network, training: training, configuration: TrainingConfiguration(
                optimizer: .adamDefault, learningRate: 0.01, batchSize: 32, evaluatesTrainingSet: false, seed: seed))
            trainer.run(steps: steps)
            scores = try trainer.network.scores(for: test, positiveClass: 1)
            self.steps = trainer.stepCount
        } catch {
            scores = labels.map { _ in 0.5 }
            self.steps = 0
            failure = "\(error)"
        }
    }
}
