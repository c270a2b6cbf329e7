/// Performance workload W1 of the spec, ready to time: MLP 2→32→32→2 (ReLU, softmax
/// cross-entropy, He init) on two moons (1024 points, noise 0.2), mini-batches of 128 from a
/// seeded shuffle each epoch, plain SGD at lr 0.1, 2000 steps, in `Float`.
///
/// It takes no clock: construct it (data and network set-up, not timed by the NumPy peer
/// either), time ``train(steps:)``, then read ``fullDataEvaluation()``. The result is a pure
/// function of the seed.
public struct W1Workload: Sendable {
    /// The number of steps of the reference run.
    public static let referenceSteps = 2000

    /// The trainer (its history holds the per-step losses after training).
    public private(set) var trainer: Trainer<Float>
    /// The two-moons data set it trains on.
    public let data: Dataset

    /// Builds the data set, the network and the trainer from `seed`.
    public init(seed: UInt64 = 0) {
        var dataRNG = SplitMix64(seed: seed, stream: .data)
        data = SyntheticData.twoMoons(count: 1024, noise: 0.2, using: &dataRNG)
        // The architecture and data are fixed and valid, so set-up cannot fail.
        let network = Network<Float>(validatedW1Seed: seed)
        let configuration = TrainingConfiguration(loss: .softmaxCrossEntropy, optimizer: .sgd,
                                                  learningRate: 0.1, batchSize: 128, seed: seed)
        trainer = Trainer(uncheckedNetwork: network, training: data, configuration: configuration)
    }

    /// Runs `steps` training steps (2000 for the reference workload).
    public mutating func train(steps: Int = W1Workload.referenceSteps) {
        trainer.run(steps: steps)
    }

    /// Loss and accuracy of the current network on all 1024 points.
    public mutating func fullDataEvaluation() -> Evaluation {
        trainer.evaluateTraining()
    }
}

extension Network where Scalar == Float {
    /// The W1 network, He-initialised from `seed` (architecture known valid).
    init(validatedW1Seed seed: UInt64) {
        var rng = SplitMix64(seed: seed, stream: .initialization)
        self.init(validated: .mlp(inputs: 2, hidden: [32, 32], outputs: 2))
        for d in denseLayers {
            for e in d.weightRange {
                parameters[e] = Float(Initializer.he.drawWeight(fanIn: d.inputs, fanOut: d.outputs, using: &rng))
            }
        }
    }
}
