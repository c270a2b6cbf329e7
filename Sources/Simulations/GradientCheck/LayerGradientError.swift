/// How far backprop's gradient of one dense layer is from the finite-difference gradient.
///
/// Relative error of one parameter: |backprop − numeric| / max(|backprop|, |numeric|, 1e-4).
/// The floor makes parameters whose gradient is below 1e-4 count by their absolute error
/// over 1e-4: the finite difference's own rounding (about 1e-11 in Double with h = 1e-5)
/// would otherwise make a correct but tiny gradient look wrong. The layer's error is the
/// largest over its weights and biases.
public struct LayerGradientError: Sendable, Equatable {
    /// The dense layer's name in the training core ("dense1", ...).
    public var name: String
    /// Inputs and outputs of the layer.
    public var inputs: Int
    public var outputs: Int
    /// The largest relative error over the layer's parameters.
    public var maxRelativeError: Double
    /// The parameter with that error, as `W[k,j]` (input k, unit j) or `b[j]`.
    public var worstParameter: String
    /// Backprop's and the finite difference's value for that parameter.
    public var worstBackprop: Double
    public var worstNumeric: Double
    /// Whether the planted bug sits in this layer.
    public var hasPlantedBug: Bool

    public init(name: String, inputs: Int, outputs: Int, maxRelativeError: Double, worstParameter: String,
                worstBackprop: Double, worstNumeric: Double, hasPlantedBug: Bool) {
        self.name = name
        self.inputs = inputs
        self.outputs = outputs
        self.maxRelativeError = maxRelativeError
        self.worstParameter = worstParameter
        self.worstBackprop = worstBackprop
        self.worstNumeric = worstNumeric
        self.hasPlantedBug = hasPlantedBug
    }

    /// The smallest denominator of the relative error.
    public static let floor = 1e-4

    /// The relative error of one parameter (see the type's description).
    static func relativeError(backprop: Double, numeric: Double) -> Double {
        let difference = abs(backprop - numeric)
        if difference.isNaN { return .infinity }
        return difference / max(abs(backprop), abs(numeric), floor)
    }
}
