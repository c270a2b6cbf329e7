/// Where one dense layer's parameters live in a network's flat parameter vector.
///
/// The flat vector holds, for each dense layer in order, its weights (inputs × outputs,
/// row-major: weight [k, j] at `weightOffset + k·outputs + j`) and then its biases.
public struct DenseLayerInfo: Sendable, Hashable {
    /// "dense1", "dense2", ... (1-based, in order).
    public let name: String
    /// The position of this layer in `Architecture.layers`.
    public let layerIndex: Int
    /// Fan-in.
    public let inputs: Int
    /// Fan-out.
    public let outputs: Int
    /// Index of weight [0, 0] in the flat parameter vector.
    public let weightOffset: Int
    /// Index of bias [0] in the flat parameter vector.
    public let biasOffset: Int
    /// The backward bug planted in this layer, if any.
    public let fault: BackwardFault

    /// The weights' indices in the flat vector.
    public var weightRange: Range<Int> { weightOffset..<(weightOffset + inputs * outputs) }
    /// The biases' indices in the flat vector.
    public var biasRange: Range<Int> { biasOffset..<(biasOffset + outputs) }
    /// All of this layer's parameter indices (weights then biases, contiguous).
    public var parameterRange: Range<Int> { weightOffset..<(biasOffset + outputs) }
}
