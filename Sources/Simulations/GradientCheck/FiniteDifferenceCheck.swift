import TrainingCore

/// Compares backprop's gradient with central finite differences, layer by layer, in Double.
///
/// The network is 2→6→4→2 with tanh (smooth, so no ReLU kink sits between x − h and x + h),
/// Xavier initialisation, softmax cross-entropy, on 16 two-moons points. Backprop's gradient
/// is the training core's: one trainer step over the whole batch with the learning rate at
/// zero leaves the parameters as they were and the gradient in `network.gradients`. The
/// numeric gradient of parameter θᵢ is (L(θ + h·eᵢ) − L(θ − h·eᵢ)) / 2h with h = 1e-5, the
/// loss L being the core's evaluation of the mean loss over the same batch.
///
/// A correct backward pass agrees to 1e-7 or better here (the worst of 40 seeds: 9.5e-8), a
/// planted slip is off by 0.6 or more; ``tolerance`` is 1e-6. Cost: two loss evaluations of
/// 16 rows per parameter (56 parameters).
struct FiniteDifferenceCheck: Sendable {
    var points = 16
    var hidden = [6, 4]
    var step = 1e-5

    /// The largest relative error a layer may have and pass.
    static let tolerance = 1e-6

    /// Every dense layer's error, with `bug` planted in dense layer `layer` (0-based).
    func run(bug: GradientCheckBug, layer: Int, seed: UInt64) throws -> [LayerGradientError] {
        var rng = SplitMix64(seed: seed, stream: .data)
        let data = SyntheticData.twoMoons(count: points, noise: 0.2, using: &rng)
        var architecture = Architecture.mlp(inputs: 2, hidden: hidden, outputs: 2, activation: .tanh)
        if bug != .none { architecture = architecture.planting(bug.fault, inDenseLayer: layer) }
        let network = try Network<Double>(architecture: architecture, initializer: .xavier, seed: seed)

        // Backprop: one step at learning rate zero over the whole batch.
        let configuration = TrainingConfiguration(optimizer: .sgd, learningRate: 0, batchSize: points,
                                                  faults: TrainingFaults(zeroLearningRate: true), seed: seed)
        var trainer = try Trainer(network: network, training: data, configuration: configuration)
        trainer.run(steps: 1)
        let backprop = trainer.network.gradients

        // Central differences on the loss the core evaluates.
        let base = network.parameters
        var probe = network
        var numeric = [Double](repeating: 0, count: base.count)
        for i in base.indices {
            var shifted = base
            shifted[i] = base[i] + step
            try probe.setParameters(shifted)
            let up = try probe.evaluate(data).loss
            shifted[i] = base[i] - step
            try probe.setParameters(shifted)
            let down = try probe.evaluate(data).loss
            numeric[i] = (up - down) / (2 * step)
        }

        return network.denseLayers.enumerated().map { index, info in
            var worst = (error: -1.0, index: info.weightOffset)
            for i in info.parameterRange {
                let error = LayerGradientError.relativeError(backprop: backprop[i], numeric: numeric[i])
                if error > worst.error { worst = (error, i) }
            }
            let label: String
            if info.biasRange.contains(worst.index) {
                label = "b[\(worst.index - info.biasOffset)]"
            } else {
                let flat = worst.index - info.weightOffset
                label = "W[\(flat / info.outputs),\(flat % info.outputs)]"
            }
            return LayerGradientError(
                name: info.name, inputs: info.inputs, outputs: info.outputs, maxRelativeError: worst.error,
                worstParameter: label, worstBackprop: backprop[worst.index], worstNumeric: numeric[worst.index],
                hasPlantedBug: bug != .none && index == layer)
        }
    }
}
