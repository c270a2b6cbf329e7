import TrainingCore

/// The gradient check the simulation runs: the training core's ``GradientCheck`` (central
/// differences in Double against the hand-written backward pass) on a small fixed setup.
///
/// The network is 2→6→4→2 with tanh (smooth, so no ReLU kink sits between θ − h and θ + h),
/// Xavier initialisation, softmax cross-entropy, on 16 two-moons points. The numeric gradient
/// of θᵢ is (L(θ + h·eᵢ) − L(θ − h·eᵢ)) / 2h with h = 1e-5; a parameter's relative error is
/// |backprop − numeric| / max(|backprop|, |numeric|, 1e-4). The floor makes parameters whose
/// gradient is below 1e-4 count by their absolute error over 1e-4: the finite difference's
/// own rounding (about 1e-11 here) would otherwise make a correct but tiny gradient look
/// wrong (the core's defaults, h = 1e-6 and floor 1e-7, reach 8e-6 on this network).
///
/// A correct backward pass agrees to 1e-7 or better (the worst of 40 seeds: 9.5e-8); a
/// planted slip is off by 0.6 or more. ``tolerance`` is 1e-6. Cost: two forward passes of 16
/// rows per parameter (56 parameters).
struct FiniteDifferenceCheck: Sendable {
    var points = 16
    var hidden = [6, 4]
    var step = 1e-5
    var floor = 1e-4

    /// The largest relative error a layer may have and pass.
    static let tolerance = 1e-6

    /// Every dense layer's errors, with `bug` planted in dense layer `layer` (0-based).
    func run(bug: GradientCheckBug, layer: Int, seed: UInt64) throws -> [LayerGradientError] {
        var rng = SplitMix64(seed: seed, stream: .data)
        let data = SyntheticData.twoMoons(count: points, noise: 0.2, using: &rng)
        var architecture = Architecture.mlp(inputs: 2, hidden: hidden, outputs: 2, activation: .tanh)
        if bug != .none { architecture = architecture.planting(bug.fault, inDenseLayer: layer) }
        let network = try Network<Double>(architecture: architecture, initializer: .xavier, seed: seed)
        let report = try GradientCheck.run(network: network, batch: data, step: step,
                                           tolerance: Self.tolerance, floor: floor)
        return zip(network.denseLayers, report.layers).enumerated().map { index, pair in
            let (info, check) = pair
            return LayerGradientError(
                name: check.name, inputs: info.inputs, outputs: info.outputs,
                maxRelativeError: check.maxRelativeError, weightError: check.weightError,
                biasError: check.biasError, hasPlantedBug: bug != .none && index == layer)
        }
    }
}
