import TrainingCore

/// Runs a batch of random inputs through a freshly initialised deep ReLU network and measures
/// what every hidden layer outputs.
///
/// The network is the training core's `Network<Float>` (`Architecture.mlp`, ReLU, the
/// initialiser preset of the lesson); the batch is standard-normal inputs from the data
/// stream of the seed, the weights come from its initialisation stream. The forward pass is
/// the core's, run one hidden layer at a time (a one-layer network holding that layer's
/// parameters), which gives the same bits as the whole network's pass and lets us read every
/// layer's output.
///
/// Sums run in row order, so the statistics repeat exactly. Cost: rows × width² × depth
/// multiply-adds (256 × 64² × 8 ≈ 8 M with the defaults).
struct ActivationProbe: Sendable {
    var inputs = 32
    var width = 64
    var depth = 8
    var rows = 256
    var bins = 10

    /// The statistics of every hidden layer, in order, and the edges of the histogram bins
    /// they share; throws what the core throws for a malformed network.
    func measure(initializer: Initializer, seed: UInt64) throws -> (layers: [LayerActivations], edges: [Double]) {
        let architecture = Architecture.mlp(inputs: inputs, hidden: Array(repeating: width, count: depth),
                                            outputs: 10, activation: .relu)
        let network = try Network<Float>(architecture: architecture, initializer: initializer, seed: seed)
        var rng = SplitMix64(seed: seed, stream: .data)
        var values = (0..<(rows * inputs)).map { _ in rng.normal() }

        var outputs: [[Double]] = []
        for index in 0..<depth {
            let info = network.denseLayers[index]
            let single = Architecture(inputs: info.inputs, layers: [.dense(units: info.outputs), .activation(.relu)])
            var layer = try Network<Float>(architecture: single, seed: seed)
            try layer.setParameters(network.weights(ofDenseLayer: index) + network.biases(ofDenseLayer: index))
            values = try layer.outputs(for: values)
            outputs.append(values)
        }

        // One range for every layer: from 0 to three standard deviations above the first
        // layer's mean, so later layers are compared on the first one's scale.
        let first = Self.moments(outputs.first ?? [])
        var upper = first.mean + 3 * first.standardDeviation
        if !(upper > 0) || !upper.isFinite { upper = 1 }

        let layers = outputs.enumerated().map { index, values in
            let m = Self.moments(values)
            var counts = [Int](repeating: 0, count: bins)
            var overflow = 0, nonFinite = 0, zeros = 0
            for v in values {
                if !v.isFinite { nonFinite += 1; continue }
                if v == 0 { zeros += 1 }
                if v > upper { overflow += 1; continue }
                counts[min(bins - 1, max(0, Int(v / upper * Double(bins))))] += 1
            }
            return LayerActivations(
                name: network.denseLayers[index].name, mean: m.mean, standardDeviation: m.standardDeviation,
                fractionZero: values.isEmpty ? 0 : Double(zeros) / Double(values.count),
                counts: counts, overflow: overflow, nonFinite: nonFinite)
        }
        return (layers, (0...bins).map { upper * Double($0) / Double(bins) })
    }

    /// Mean and population standard deviation, summed in order.
    static func moments(_ values: [Double]) -> (mean: Double, standardDeviation: Double) {
        guard !values.isEmpty else { return (0, 0) }
        var sum = 0.0
        for v in values { sum += v }
        let mean = sum / Double(values.count)
        var squares = 0.0
        for v in values { squares += (v - mean) * (v - mean) }
        return (mean, (squares / Double(values.count)).squareRoot())
    }
}
