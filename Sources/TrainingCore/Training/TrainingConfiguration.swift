/// Everything that defines a training run besides the network and the data.
///
/// Two runs with equal configurations (including ``seed``), equal initial networks and equal
/// data produce bit-identical histories and parameters.
public struct TrainingConfiguration: Sendable, Hashable {
    /// The objective.
    public var loss: LossFunction
    /// The update rule.
    public var optimizer: Optimizer
    /// The learning rate per step.
    public var schedule: LearningRateSchedule
    /// Rows per mini-batch (clamped to the training-set size). Each epoch visits a fresh
    /// permutation of the training set; a final partial batch is skipped, as in the NumPy bench.
    public var batchSize: Int
    /// L2 (SGD, momentum, Adam) or decoupled (AdamW) weight decay λ ≥ 0 on weights.
    public var weightDecay: Double
    /// When set, gradients whose global norm exceeds it are scaled down to it (the recorded
    /// gradient norm is the one before clipping).
    public var gradientClipNorm: Double?
    /// A weight per class for the cross-entropy losses (rebalancing); nil = all 1.
    public var classWeights: [Double]?
    /// Evaluate on the validation set every this many steps (0 = never).
    public var validationInterval: Int
    /// Also evaluate the whole training set (no dropout) at each validation.
    public var evaluatesTrainingSet: Bool
    /// Early stopping on the validation loss, or nil.
    public var earlyStopping: EarlyStopping?
    /// Standard deviation of Gaussian jitter added to each batch's inputs (augmentation);
    /// 0 = none. Drawn from the augmentation stream.
    public var inputJitter: Double
    /// Planted bugs (none by default).
    public var faults: TrainingFaults
    /// The seed of the shuffle, dropout, augmentation and fault streams.
    public var seed: UInt64

    /// A configuration; `learningRate` gives a constant schedule unless `schedule` is set.
    public init(loss: LossFunction = .softmaxCrossEntropy, optimizer: Optimizer = .sgd,
                learningRate: Double = 0.1, schedule: LearningRateSchedule? = nil,
                batchSize: Int = 32, weightDecay: Double = 0, gradientClipNorm: Double? = nil,
                classWeights: [Double]? = nil, validationInterval: Int = 0,
                evaluatesTrainingSet: Bool = true, earlyStopping: EarlyStopping? = nil,
                inputJitter: Double = 0, faults: TrainingFaults = .none, seed: UInt64 = 0) {
        self.loss = loss
        self.optimizer = optimizer
        self.schedule = schedule ?? .constant(learningRate)
        self.batchSize = batchSize
        self.weightDecay = weightDecay
        self.gradientClipNorm = gradientClipNorm
        self.classWeights = classWeights
        self.validationInterval = validationInterval
        self.evaluatesTrainingSet = evaluatesTrainingSet
        self.earlyStopping = earlyStopping
        self.inputJitter = inputJitter
        self.faults = faults
        self.seed = seed
    }
}
