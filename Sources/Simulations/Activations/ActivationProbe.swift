import TrainingCore

/// Runs a batch of random inputs through a freshly initialised deep ReLU network and measures
/// what every hidden layer outputs.
///
/// The network is the training core's `Network<Float>` (`Architecture.mlp`, 8 hidden ReLU
/// layers of 64, the initialiser preset of the lesson); the batch is 256 standard-normal
/// inputs of 32 features from the data stream of the seed, the weights come from its
/// initialisation stream. Mean, standard deviation, fraction of zeros and the verdict are the
/// core's ``ActivationStatistics``. The per-layer histograms need the values themselves, so
/// the probe also runs the core's forward pass one hidden layer at a time (a one-layer network
/// holding that layer's parameters, which gives the same bits as the whole network's pass).
///
/// Sums run in row order, so everything repeats exactly. Cost: twice rows × width² × depth
/// multiply-adds (2 × 256 × 64² × 8 ≈ 17 M with the defaults).
struct ActivationProbe: Sendable {
    var inputs = 32
    var width = 64
    var depth = 8
    var rows = 256
    var bins = 10

    /// What the probe measured.
    struct Measurement: Sendable, Equatable {
        var layers: [LayerActivations]
        /// The edges of the histogram bins every layer shares.
        var edges: [Double]
        var verdict: ActivationVerdict
    }

    /// Measures every hidden layer for `initializer` and `seed`; throws what the core throws
    /// for a malformed network.
    func measure(initializer: Initializer, seed: UInt64) throws -> Measurement {
        let architecture = Architecture.mlp(inputs: inputs, hidden: Array(repeating: width, count: depth),
                                            outputs: 10, activation: .relu)
        let network = try Network<Float>(architecture: architecture, initializer: initializer, seed: seed)
        var rng = SplitMix64(seed: seed, stream: .data)
        let features = (0..<(rows * inputs)).map { _ in rng.normal() }
        let batch = try Dataset(features: features, featureCount: inputs, labels: Array(repeating: 0, count: rows), classCount: 10)
        // The core's statistics cover the hidden ReLUs (the output layer has no activation).
        let statistics = Array(try ActivationStatistics.measure(network, batch: batch).prefix(depth))

        var values = features
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
        var upper = (statistics.first?.mean ?? 0) + 3 * (statistics.first?.standardDeviation ?? 0)
        if !(upper > 0) || !upper.isFinite { upper = 1 }

        let layers = zip(statistics, outputs).map { stats, values in
            var counts = [Int](repeating: 0, count: bins)
            var overflow = 0, nonFinite = 0
            for v in values {
                if !v.isFinite { nonFinite += 1; continue }
                if v > upper { overflow += 1; continue }
                counts[min(bins - 1, max(0, Int(v / upper * Double(bins))))] += 1
            }
            return LayerActivations(name: stats.name, mean: stats.mean, standardDeviation: stats.standardDeviation,
                                    fractionZero: stats.fractionZero, counts: counts, overflow: overflow, nonFinite: nonFinite)
        }
        return Measurement(layers: layers, edges: (0...bins).map { upper * Double($0) / Double(bins) },
                           verdict: ActivationStatistics.verdict(statistics))
    }
}
