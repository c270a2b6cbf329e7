import TrainingCore

/// A slip planted in one dense layer's hand-written backward pass (the training core's
/// ``BackwardFault``); the forward pass stays correct.
public enum GradientCheckBug: String, Sendable, Equatable, CaseIterable {
    case none
    /// The weight gradient is written transposed (`dZᵀ·X` for `Xᵀ·dZ`).
    case transposedBackward = "transposed-backward"
    /// The bias gradient is never computed, so it stays zero.
    case missingBiasGrad = "missing-bias-grad"

    var fault: BackwardFault {
        switch self {
        case .none: return .none
        case .transposedBackward: return .transposedWeights
        case .missingBiasGrad: return .missingBiasGradient
        }
    }

    /// What the slip looks like in code.
    var explanation: String {
        switch self {
        case .none: return "Every backward pass is correct."
        case .transposedBackward: return "dW = dZᵀ·X written where Xᵀ·dZ belongs: every weight gets another weight's gradient."
        case .missingBiasGrad: return "db is never computed: the bias gradient stays 0 although the loss depends on the biases."
        }
    }
}
