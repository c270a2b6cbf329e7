import TrainingCore

/// Which of the four regularizers a training uses.
struct RegularizerSet: Sendable, Hashable {
    var dropout = false
    var weightDecay = false
    var earlyStopping = false
    var augmentation = false

    /// All 16 combinations, in the order of their index (dropout is bit 0, weight decay bit 1,
    /// early stopping bit 2, augmentation bit 3).
    static let all: [RegularizerSet] = (0..<16).map(RegularizerSet.init(index:))

    init(dropout: Bool = false, weightDecay: Bool = false, earlyStopping: Bool = false, augmentation: Bool = false) {
        self.dropout = dropout
        self.weightDecay = weightDecay
        self.earlyStopping = earlyStopping
        self.augmentation = augmentation
    }

    init(index: Int) {
        self.init(dropout: index & 1 != 0, weightDecay: index & 2 != 0,
                  earlyStopping: index & 4 != 0, augmentation: index & 8 != 0)
    }

    var index: Int {
        (dropout ? 1 : 0) | (weightDecay ? 2 : 0) | (earlyStopping ? 4 : 0) | (augmentation ? 8 : 0)
    }

    var count: Int { [dropout, weightDecay, earlyStopping, augmentation].filter { $0 }.count }

    /// "D W E A" with a dash for each one off: `D-E-`.
    var code: String {
        (dropout ? "D" : "-") + (weightDecay ? "W" : "-") + (earlyStopping ? "E" : "-") + (augmentation ? "A" : "-")
    }
}

/// The overfitting-prone set-up of the regularization simulation and how each regularizer
/// enters its training.
///
/// - Data: two moons with noise 0.35; 30 training points (a small, noisy set) and 300
///   validation points, split by a seeded permutation.
/// - Model: a wide MLP 2→32→32→2 (ReLU, He initialisation from the seed), softmax
///   cross-entropy, full-batch Adam at 0.005 for 600 epochs (long training).
/// - Dropout: rate 0.5 after each hidden layer. Weight decay: L2 with λ = 0.003 on the weights.
///   Early stopping: patience 10 validations (100 epochs), restoring the best weights.
///   Augmentation: Gaussian jitter (σ = 0.15) added to every batch's inputs.
/// - Losses are evaluated every 10 epochs on the whole training set (no dropout, no jitter)
///   and on the validation set.
struct RegularizationSetup: Sendable, Hashable {
    var trainingPoints = 30
    var validationPoints = 300
    var noise = 0.35
    var hidden = [32, 32]
    var epochs = 600
    var evaluationInterval = 10
    var learningRate = 0.005
    var dropoutRate = 0.5
    var weightDecay = 0.003
    var patience = 10
    var jitter = 0.15

    /// The training and validation sets of `seed`.
    func data(seed: UInt64) -> (training: Dataset, validation: Dataset) {
        var rng = SplitMix64(seed: seed, stream: .data)
        let all = SyntheticData.twoMoons(count: trainingPoints + validationPoints, noise: noise, using: &rng)
        var split = SplitMix64(seed: seed, stream: .split)
        let order = split.permutation(all.count)
        return (all.subset(Array(order[0..<trainingPoints])), all.subset(Array(order[trainingPoints...])))
    }

    func architecture(_ set: RegularizerSet) -> Architecture {
        .mlp(inputs: 2, hidden: hidden, outputs: 2, dropout: set.dropout ? dropoutRate : 0)
    }

    func configuration(_ set: RegularizerSet, seed: UInt64) -> TrainingConfiguration {
        TrainingConfiguration(
            loss: .softmaxCrossEntropy, optimizer: .adamDefault, learningRate: learningRate,
            batchSize: trainingPoints, weightDecay: set.weightDecay ? weightDecay : 0,
            validationInterval: evaluationInterval, evaluatesTrainingSet: true,
            earlyStopping: set.earlyStopping ? EarlyStopping(patience: patience) : nil,
            inputJitter: set.augmentation ? jitter : 0, seed: seed)
    }

    /// Trains the combination `set` on the data of `seed`. Nil only if the core refuses the
    /// set-up, which it cannot for these fixed shapes.
    func train(_ set: RegularizerSet, seed: UInt64) -> RegularizationRun? {
        let (training, validation) = data(seed: seed)
        let architecture = architecture(set)
        let configuration = configuration(set, seed: seed)
        guard let network = try? Network<Float>(architecture: architecture, seed: seed),
              var trainer = try? Trainer(network: network, training: training, validation: validation,
                                         configuration: configuration) else { return nil }
        let startTrain = trainer.evaluateTraining().loss
        let startValidation = trainer.evaluateValidation()?.loss ?? .nan
        trainer.run(epochs: epochs)
        let history = trainer.history
        // The kept model: the best weights when early stopping restored them, else the last.
        let keptTrain = trainer.evaluateTraining().loss
        let keptValidation = trainer.evaluateValidation()?.loss ?? .nan
        var stopped: Double?
        var best: Double?
        if case let .stoppedEarly(atStep, bestStep) = trainer.status {
            stopped = history.epoch(atStep: atStep)
            best = history.epoch(atStep: bestStep)
        }
        let finalNetwork = trainer.network
        let units = finalNetwork.denseLayers.indices.map { d in
            Self.incomingWeightNorms(finalNetwork.weights(ofDenseLayer: d), inputs: finalNetwork.denseLayers[d].inputs,
                                     outputs: finalNetwork.denseLayers[d].outputs)
        }
        let dropped = set.dropout
            ? DropoutReplay.lastStepMasks(seed: seed, steps: trainer.stepCount, batch: trainer.batchSize,
                                          widths: hidden, rate: dropoutRate)
            : hidden.map { [Bool](repeating: false, count: $0) }
        return RegularizationRun(
            set: set,
            epochs: [0] + history.evaluationStep.map { history.epoch(atStep: $0) },
            trainLoss: [startTrain] + history.trainEvaluationLoss,
            validationLoss: [startValidation] + history.validationLoss,
            keptTrainLoss: keptTrain, keptValidationLoss: keptValidation,
            stoppedEpoch: stopped, bestEpoch: best,
            incomingWeightNorms: units, droppedInLastStep: dropped)
    }

    /// The root-mean-square of each unit's incoming weights (W is inputs × outputs, row-major).
    static func incomingWeightNorms(_ weights: [Float], inputs: Int, outputs: Int) -> [Double] {
        (0..<outputs).map { j in
            var sum = 0.0
            for k in 0..<inputs {
                let w = Double(weights[k * outputs + j])
                sum += w * w
            }
            return (sum / Double(max(1, inputs))).squareRoot()
        }
    }
}

/// One finished training of the regularization simulation.
struct RegularizationRun: Sendable, Hashable {
    var set: RegularizerSet
    /// Epochs of the evaluations (0 = before training); with early stopping they end where it stopped.
    var epochs: [Double]
    var trainLoss: [Double]
    var validationLoss: [Double]
    /// Losses of the model kept at the end (the restored best one under early stopping).
    var keptTrainLoss: Double
    var keptValidationLoss: Double
    /// The epoch early stopping ended the run, and the epoch of the weights it restored.
    var stoppedEpoch: Double?
    var bestEpoch: Double?
    /// Per dense layer, the RMS of each unit's incoming weights.
    var incomingWeightNorms: [[Double]]
    /// Per hidden layer, which units dropout zeroed for the first example of the last step.
    var droppedInLastStep: [[Bool]]

    /// The overfitting gap: validation loss minus training loss of the kept model.
    var gap: Double { keptValidationLoss - keptTrainLoss }
}
