/// One step of a feed-forward network: a dense (fully connected) layer, an activation or dropout.
public enum Layer: Sendable, Hashable {
    /// z = x·W + b with `units` outputs; W is inputs × units (row-major), b has `units` entries.
    /// `fault` plants a bug in this layer's backward pass (see ``BackwardFault``).
    case dense(units: Int, fault: BackwardFault = .none)
    /// An element-wise non-linearity.
    case activation(Activation)
    /// Inverted dropout: in training each value is zeroed with probability `rate` (in [0, 1))
    /// and the survivors scaled by 1/(1 − rate); at inference it is the identity. Masks come
    /// from the dropout random stream, so they repeat with the seed.
    case dropout(rate: Double)
}
