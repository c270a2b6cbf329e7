/// How far backprop's gradient of one dense layer is from the finite-difference gradient
/// (relative errors as ``FiniteDifferenceCheck`` defines them).
public struct LayerGradientError: Sendable, Equatable {
    /// The dense layer's name in the training core ("dense1", ...).
    public var name: String
    /// Inputs and outputs of the layer.
    public var inputs: Int
    public var outputs: Int
    /// The largest relative error over the layer's weights and biases.
    public var maxRelativeError: Double
    /// The largest over its weights alone, and over its biases alone.
    public var weightError: Double
    public var biasError: Double
    /// Whether the planted bug sits in this layer.
    public var hasPlantedBug: Bool

    public init(name: String, inputs: Int, outputs: Int, maxRelativeError: Double, weightError: Double,
                biasError: Double, hasPlantedBug: Bool) {
        self.name = name
        self.inputs = inputs
        self.outputs = outputs
        self.maxRelativeError = maxRelativeError
        self.weightError = weightError
        self.biasError = biasError
        self.hasPlantedBug = hasPlantedBug
    }

    /// Whether the layer passes the check.
    var passed: Bool { maxRelativeError < FiniteDifferenceCheck.tolerance }
}
