/// A bug planted in a dense layer's hand-written backward pass, for the gradient-check lessons.
///
/// The forward pass stays correct; only the gradients the layer reports are wrong, exactly as
/// a slip in hand-written backprop would make them. ``GradientCheck`` flags the layer.
public enum BackwardFault: String, Sendable, Hashable, CaseIterable {
    /// A correct backward pass.
    case none
    /// The weight gradient is written in the transposed layout (entry [k, j] lands at [j, k],
    /// i.e. flat index j·inputs + k instead of k·outputs + j): the classic `dZᵀ·X` for `Xᵀ·dZ`.
    case transposedWeights = "transposed-weights"
    /// The bias gradient is never computed (stays zero), so biases never learn.
    case missingBiasGradient = "missing-bias-gradient"
}
