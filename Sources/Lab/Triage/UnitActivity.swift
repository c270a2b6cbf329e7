import TrainingCore

/// Which hidden ReLU units ever fire: a unit that outputs 0 for every example is dead — it
/// passes no signal forward and gets no gradient back, so it never recovers.
///
/// Recomputes the hidden layers in `Double` from the network's weights (inference mode:
/// dropout is the identity). Only ReLU layers are counted; other activations never output
/// exactly 0 over a whole data set.
public struct UnitActivity: Sendable, Hashable {
    /// One hidden layer's units.
    public struct Layer: Sendable, Hashable {
        /// "relu1", "relu2", ... (as the core names activation layers).
        public var name: String
        public var units: Int
        /// Units whose output is 0 for every example.
        public var deadUnits: Int

        /// The share of dead units, in [0, 1].
        public var deadFraction: Double { units > 0 ? Double(deadUnits) / Double(units) : 0 }
    }

    public var layers: [Layer]

    /// The activity of `network`'s hidden ReLU units over the rows of `data`.
    public init<S: TrainingScalar>(network: Network<S>, data: Dataset) {
        var activations = data.features   // row-major, current width
        var width = data.featureCount
        let rows = data.count
        var layers: [Layer] = []
        var dense = 0, activationIndex = 0
        for layer in network.architecture.layers {
            switch layer {
            case .dense(let units, _):
                let weights = network.weights(ofDenseLayer: dense).map(\.doubleValue)
                let biases = network.biases(ofDenseLayer: dense).map(\.doubleValue)
                var next = [Double](repeating: 0, count: rows * units)
                for r in 0..<rows {
                    for j in 0..<units { next[r * units + j] = biases[j] }
                    for k in 0..<width {
                        let x = activations[r * width + k]
                        if x == 0 { continue }
                        for j in 0..<units { next[r * units + j] += x * weights[k * units + j] }
                    }
                }
                activations = next
                width = units
                dense += 1
            case .activation(let activation):
                activationIndex += 1
                switch activation {
                case .relu:
                    var alive = [Bool](repeating: false, count: width)
                    for e in activations.indices {
                        if activations[e] > 0 { alive[e % width] = true } else { activations[e] = 0 }
                    }
                    layers.append(Layer(name: "relu\(activationIndex)", units: width, deadUnits: alive.filter { !$0 }.count))
                case .leakyReLU(let slope):
                    for e in activations.indices where activations[e] < 0 { activations[e] *= slope }
                case .tanh:
                    for e in activations.indices { activations[e] = DeterministicMath.tanh(activations[e]) }
                case .sigmoid:
                    for e in activations.indices { activations[e] = DeterministicMath.sigmoid(activations[e]) }
                case .identity:
                    break
                }
            case .dropout:
                continue
            }
        }
        self.layers = layers
    }
}
