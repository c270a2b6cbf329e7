/// An element-wise non-linearity applied between dense layers.
///
/// Forward and backward are hand-written; tanh and sigmoid use ``DeterministicMath``.
/// `leakyReLU(slope:)` expects a slope in [0, 1) (0.01 is usual).
public enum Activation: Sendable, Hashable {
    /// max(0, x); gradient 1 where the output is positive, else 0.
    case relu
    /// x for x ≥ 0, slope·x below; gradient 1 or slope.
    case leakyReLU(slope: Double)
    /// tanh x in (−1, 1); gradient 1 − y².
    case tanh
    /// 1/(1 + e^−x) in (0, 1); gradient y(1 − y).
    case sigmoid
    /// The identity (no non-linearity).
    case identity

    /// A short lowercase name for tables and snapshots ("relu", "leaky-relu", "tanh", ...).
    public var name: String {
        switch self {
        case .relu: return "relu"
        case .leakyReLU: return "leaky-relu"
        case .tanh: return "tanh"
        case .sigmoid: return "sigmoid"
        case .identity: return "identity"
        }
    }
}
