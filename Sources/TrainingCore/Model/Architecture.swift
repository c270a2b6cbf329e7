/// The shape of a feed-forward network: its input width and its list of layers.
///
/// A value type with no parameters in it; ``Network`` builds the parameters from it.
public struct Architecture: Sendable, Hashable {
    /// The number of input features (≥ 1).
    public var inputs: Int
    /// The layers in order from input to output.
    public var layers: [Layer]

    /// An architecture from explicit layers.
    public init(inputs: Int, layers: [Layer]) {
        self.inputs = inputs
        self.layers = layers
    }

    /// A multilayer perceptron: `hidden` dense layers each followed by `activation` (and by
    /// dropout when `dropout` > 0), then a dense output layer with `outputs` units and no
    /// activation (the loss applies softmax/sigmoid). Example: `.mlp(inputs: 2, hidden: [32, 32],
    /// outputs: 2)` is the W1 network.
    public static func mlp(inputs: Int, hidden: [Int], outputs: Int,
                           activation: Activation = .relu, dropout: Double = 0) -> Architecture {
        var layers: [Layer] = []
        for units in hidden {
            layers.append(.dense(units: units))
            layers.append(.activation(activation))
            if dropout > 0 { layers.append(.dropout(rate: dropout)) }
        }
        layers.append(.dense(units: outputs))
        return Architecture(inputs: inputs, layers: layers)
    }

    /// The width of the network's output (the last layer's width).
    public var outputs: Int {
        var width = inputs
        for layer in layers {
            if case .dense(let units, _) = layer { width = units }
        }
        return width
    }

    /// The number of dense layers.
    public var denseLayerCount: Int {
        layers.reduce(0) { count, layer in
            if case .dense = layer { return count + 1 }
            return count
        }
    }

    /// This architecture with `fault` planted in the dense layer number `denseIndex` (0-based).
    public func planting(_ fault: BackwardFault, inDenseLayer denseIndex: Int) -> Architecture {
        var copy = self
        var seen = 0
        for (i, layer) in layers.enumerated() {
            if case .dense(let units, _) = layer {
                if seen == denseIndex { copy.layers[i] = .dense(units: units, fault: fault) }
                seen += 1
            }
        }
        return copy
    }

    /// Checks the shape; throws ``TrainingCoreError/invalidArchitecture(_:)`` with the reason.
    public func validate() throws {
        if inputs < 1 { throw TrainingCoreError.invalidArchitecture("the network needs at least one input, got \(inputs)") }
        if denseLayerCount == 0 { throw TrainingCoreError.invalidArchitecture("the network needs at least one dense layer") }
        for (i, layer) in layers.enumerated() {
            switch layer {
            case .dense(let units, _):
                if units < 1 { throw TrainingCoreError.invalidArchitecture("layer \(i): a dense layer needs at least one unit, got \(units)") }
            case .dropout(let rate):
                if !(rate >= 0 && rate < 1) { throw TrainingCoreError.invalidArchitecture("layer \(i): dropout rate must be in [0, 1), got \(rate)") }
            case .activation(let a):
                if case .leakyReLU(let slope) = a, !slope.isFinite {
                    throw TrainingCoreError.invalidArchitecture("layer \(i): leaky ReLU slope must be finite")
                }
            }
        }
    }
}
