/// What a training run recorded: per step and at every validation.
///
/// Per-step arrays are parallel (index i is step `step[i]`, 1-based). Evaluation arrays are
/// parallel to ``evaluationStep``. Losses are the configured loss (mean over the batch);
/// gradient norms are L2 norms before clipping. A non-finite step is recorded (its loss or
/// norm is NaN/∞) and is the last one.
public struct TrainingHistory: Sendable, Hashable {
    /// The dense layers' names, in order ("dense1", ...), indexing ``layerGradientNorms``.
    public var layerNames: [String]
    /// Full batches per epoch (for converting steps to epochs).
    public var stepsPerEpoch: Int
    /// Step numbers, 1-based.
    public var step: [Int] = []
    /// Mini-batch loss at each step (before that step's update).
    public var trainLoss: [Double] = []
    /// Global gradient L2 norm at each step.
    public var gradientNorm: [Double] = []
    /// Per dense layer (outer index), that layer's gradient L2 norm (weights and biases) per step.
    public var layerGradientNorms: [[Double]]
    /// The learning rate used at each step.
    public var learningRate: [Double] = []
    /// Steps after which an evaluation ran.
    public var evaluationStep: [Int] = []
    /// Validation loss (unweighted mean, no dropout) at each evaluation.
    public var validationLoss: [Double] = []
    /// Validation accuracy in [0, 1] at each evaluation (NaN for regression).
    public var validationAccuracy: [Double] = []
    /// Whole-training-set loss at each evaluation (empty when not evaluated).
    public var trainEvaluationLoss: [Double] = []
    /// Whole-training-set accuracy at each evaluation (empty when not evaluated).
    public var trainEvaluationAccuracy: [Double] = []
    /// The step at which the loss or gradient became NaN or infinite, if it did.
    public var nonFiniteStep: Int?

    /// An empty history for the given layers.
    public init(layerNames: [String], stepsPerEpoch: Int) {
        self.layerNames = layerNames
        self.stepsPerEpoch = max(1, stepsPerEpoch)
        self.layerGradientNorms = Array(repeating: [], count: layerNames.count)
    }

    /// The number of recorded steps.
    public var count: Int { step.count }

    /// The (fractional) epoch at the end of 1-based step `s`.
    public func epoch(atStep s: Int) -> Double { Double(s) / Double(stepsPerEpoch) }
}

/// Where a trainer is: still able to run, or stopped for a reason.
public enum TrainingStatus: Sendable, Hashable {
    /// More steps can run.
    case running
    /// Early stopping fired after `atStep`; the best validation was after `bestStep`.
    case stoppedEarly(atStep: Int, bestStep: Int)
    /// The loss or gradient became NaN/∞ at `atStep`; parameters are those before that step.
    case diverged(atStep: Int)

    /// True while more steps can run.
    public var isRunning: Bool { self == .running }
}

/// Loss and accuracy of a model on a data set.
public struct Evaluation: Sendable, Hashable {
    /// The mean loss (unweighted).
    public var loss: Double
    /// The fraction of rows whose predicted class is the label (NaN for regression).
    public var accuracy: Double

    /// An evaluation result.
    public init(loss: Double, accuracy: Double) {
        self.loss = loss
        self.accuracy = accuracy
    }
}
