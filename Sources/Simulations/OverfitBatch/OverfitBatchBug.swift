import TrainingCore

/// A bug planted in the overfit-one-batch run, as the training core's faults.
///
/// Each is a real bug that stops a network from memorising 32 points, which is why step 1 of
/// the debugging triage catches it.
public enum OverfitBatchBug: String, Sendable, Equatable, CaseIterable {
    case none
    /// Softmax applied before a cross-entropy that applies softmax again.
    case wrongLoss = "wrong-loss"
    /// The batch's labels are permuted afresh at every step, independently of the inputs.
    case shuffledLabels = "shuffled-labels"
    /// The learning rate is multiplied by zero.
    case zeroLR = "zero-lr"
    /// The optimiser was given only the output layer: both hidden layers stay at their
    /// random initialisation.
    case frozenLayer = "frozen-layer"
    /// Gradients are never reset, so each step adds to all the previous ones.
    case noZeroGrad = "no-zero-grad"

    /// The core's faults for this bug in the 2→32→32→2 network (dense layers 0 and 1 are the
    /// hidden ones).
    var faults: TrainingFaults {
        switch self {
        case .none: return .none
        case .wrongLoss: return TrainingFaults(loss: .probabilitiesAsLogits)
        case .shuffledLabels: return TrainingFaults(shuffledLabels: true)
        case .zeroLR: return TrainingFaults(zeroLearningRate: true)
        case .frozenLayer: return TrainingFaults(frozenLayers: [0, 1])
        case .noZeroGrad: return TrainingFaults(accumulateGradients: true)
        }
    }

    /// What the bug is, in the words of the code that has it.
    var explanation: String {
        switch self {
        case .none: return "No bug planted: a correct loop should drive the loss of one batch to almost zero."
        case .wrongLoss: return "softmax(logits) is passed to a cross-entropy that applies softmax again."
        case .shuffledLabels: return "Labels are shuffled separately from the inputs, afresh at every step."
        case .zeroLR: return "The learning rate is read as 0, so no step changes a weight."
        case .frozenLayer: return "The optimiser got only the output layer; the hidden layers never update."
        case .noZeroGrad: return "optimizer.zero_grad() is missing: every step adds its gradient to all earlier ones."
        }
    }
}
