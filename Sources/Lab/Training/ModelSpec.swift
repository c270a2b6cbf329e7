import TrainingCore

/// The model `lab train` fits and its settings, with defaults that work with no options.
///
/// Logistic regression is a network with no hidden layer (softmax over a linear map); the MLP
/// has ReLU hidden layers (default 32, 32), with dropout after each when ``dropout`` > 0.
/// Both train with Adam (or plain SGD, ``optimizer``) on softmax cross-entropy, mini-batches of ``batchSize``, and L2 weight
/// decay ``weightDecay`` on the weights. Without ``epochs``, the run is about 2,000 steps,
/// clamped to 20–200 epochs (``epochs(forTrainingRows:)``).
public struct ModelSpec: Sendable, Hashable {
    /// The kind of model.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case logistic, mlp
    }

    /// The update rule.
    public enum OptimizerChoice: String, Sendable, Hashable, CaseIterable {
        case adam, sgd

        var optimizer: Optimizer { self == .adam ? .adamDefault : .sgd }
    }

    public var kind: Kind
    public var optimizer: OptimizerChoice
    /// Hidden layer widths (MLP only).
    public var hidden: [Int]
    /// Epochs to train; nil chooses from the data size.
    public var epochs: Int?
    /// The learning rate.
    public var learningRate: Double
    /// L2 weight decay λ on the weights (not the biases).
    public var weightDecay: Double
    /// Dropout rate after each hidden layer, in [0, 1).
    public var dropout: Double
    /// Examples per mini-batch (clamped to the training set).
    public var batchSize: Int
    /// The seed of the split, the initial weights, the shuffling and dropout.
    public var seed: UInt64

    public init(kind: Kind = .mlp, optimizer: OptimizerChoice = .adam, hidden: [Int] = [32, 32], epochs: Int? = nil,
                learningRate: Double = 0.01, weightDecay: Double = 0, dropout: Double = 0, batchSize: Int = 32,
                seed: UInt64 = 1) {
        self.kind = kind
        self.optimizer = optimizer
        self.hidden = hidden
        self.epochs = epochs
        self.learningRate = learningRate
        self.weightDecay = weightDecay
        self.dropout = dropout
        self.batchSize = batchSize
        self.seed = seed
    }

    /// The network for `inputs` features and `classes` classes (at least two outputs).
    public func architecture(inputs: Int, classes: Int) -> Architecture {
        .mlp(inputs: inputs, hidden: kind == .logistic ? [] : hidden, outputs: max(2, classes),
             activation: .relu, dropout: kind == .logistic ? 0 : dropout)
    }

    /// The epochs to run on `rows` training examples: ``epochs`` if set, else about 2,000
    /// steps, between 20 and 200 epochs.
    public func epochs(forTrainingRows rows: Int) -> Int {
        if let epochs { return epochs }
        let stepsPerEpoch = max(1, rows / max(1, min(batchSize, rows)))
        return min(200, max(20, 2000 / stepsPerEpoch))
    }

    /// The training-core configuration of this spec.
    func configuration(validationInterval: Int) -> TrainingConfiguration {
        TrainingConfiguration(loss: .softmaxCrossEntropy, optimizer: optimizer.optimizer, learningRate: learningRate,
                              batchSize: batchSize, weightDecay: weightDecay, validationInterval: validationInterval,
                              evaluatesTrainingSet: true, seed: seed)
    }

    /// Throws a ``LabError`` for a setting out of range, saying which.
    public func validate() throws(LabError) {
        if kind == .mlp, hidden.isEmpty || hidden.contains(where: { $0 < 1 || $0 > 4096 }) {
            throw LabError(message: "--hidden needs layer widths between 1 and 4096, like 32,32")
        }
        if hidden.count > 16 { throw LabError(message: "--hidden allows at most 16 layers") }
        if let epochs, !(1...100_000).contains(epochs) { throw LabError(message: "--epochs must be between 1 and 100000") }
        if !(learningRate > 0 && learningRate <= 100) { throw LabError(message: "--lr must be a number above 0 (and at most 100)") }
        if !(weightDecay >= 0 && weightDecay.isFinite) { throw LabError(message: "--weight-decay must be a number ≥ 0") }
        if !(dropout >= 0 && dropout < 1) { throw LabError(message: "--dropout must be in [0, 1)") }
        if !(1...100_000).contains(batchSize) { throw LabError(message: "--batch-size must be between 1 and 100000") }
    }

    /// "MLP 4→32→32→3 (ReLU)" or "logistic regression 4→3".
    public func summary(inputs: Int, classes: Int) -> String {
        let outputs = max(2, classes)
        switch kind {
        case .logistic: return "logistic regression \(inputs)→\(outputs)"
        case .mlp: return "MLP " + ([inputs] + hidden + [outputs]).map(String.init).joined(separator: "→") + " (ReLU)"
        }
    }
}
