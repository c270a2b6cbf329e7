/// Bugs planted in a training run, for the overfit-one-batch lesson. All off by default.
///
/// Each is a real bug people write: ``OverfitBatchTest`` catches every one of them.
/// (The backward-pass bugs live on the dense layers: ``BackwardFault``.)
public struct TrainingFaults: Sendable, Hashable {
    /// The loss is computed wrongly (see ``LossFault``).
    public var loss: LossFault
    /// Each step's labels are permuted among the batch, independently of the inputs (a data
    /// loader that shuffles features and labels separately).
    public var shuffledLabels: Bool
    /// The learning rate is multiplied by zero (e.g. read from the wrong config key).
    public var zeroLearningRate: Bool
    /// Dense layers (0-based indices) whose parameters are never updated (left out of the
    /// optimiser). Their gradients are still computed and recorded.
    public var frozenLayers: Set<Int>
    /// Gradients are not reset between steps: each step adds to the previous gradient.
    public var accumulateGradients: Bool

    /// Faults as given; no faults by default.
    public init(loss: LossFault = .none, shuffledLabels: Bool = false, zeroLearningRate: Bool = false,
                frozenLayers: Set<Int> = [], accumulateGradients: Bool = false) {
        self.loss = loss
        self.shuffledLabels = shuffledLabels
        self.zeroLearningRate = zeroLearningRate
        self.frozenLayers = frozenLayers
        self.accumulateGradients = accumulateGradients
    }

    /// No planted bug.
    public static let none = TrainingFaults()

    /// True when no fault is planted.
    public var isEmpty: Bool { self == .none }
}
