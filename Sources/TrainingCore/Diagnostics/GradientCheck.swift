/// One layer's result in a gradient check.
public struct LayerGradientCheck: Sendable, Hashable {
    /// The dense layer's name ("dense1", ...).
    public var name: String
    /// The largest relative error over the layer's weights and biases.
    public var maxRelativeError: Double
    /// The largest relative error over the weights alone.
    public var weightError: Double
    /// The largest relative error over the biases alone.
    public var biasError: Double
}

/// The result of comparing backprop gradients with finite differences, layer by layer.
public struct GradientCheckReport: Sendable, Hashable {
    /// Per dense layer, in order.
    public var layers: [LayerGradientCheck]
    /// The threshold a layer's error must stay below.
    public var tolerance: Double

    /// The largest error over all layers.
    public var maxRelativeError: Double { layers.map(\.maxRelativeError).max() ?? 0 }
    /// True when every layer's error is below ``tolerance``.
    public var passed: Bool { layers.allSatisfy { $0.maxRelativeError < tolerance } }
    /// The names of the layers that fail.
    public var failingLayers: [String] { layers.filter { !($0.maxRelativeError < tolerance) }.map(\.name) }
}

/// Numerical gradient check: central differences in `Double` against the hand-written
/// backward pass.
///
/// For every parameter θ the numerical gradient is (L(θ + h) − L(θ − h)) / 2h and the relative
/// error is |analytic − numerical| / max(|analytic|, |numerical|, `floor`); the floor keeps
/// parameters whose gradient is (nearly) zero from turning round-off into a large ratio.
/// Dropout uses the same mask in every evaluation, so it is checked too. Cost: two forward
/// passes per parameter; keep the network and batch small.
public enum GradientCheck {
    /// Checks `network` (converted to Double) on `batch` with the given loss.
    /// Throws when the batch does not fit the network or the loss.
    @_specialize(exported: true, where S == Float)
    @_specialize(exported: true, where S == Double)
    public static func run<S: TrainingScalar>(
        network: Network<S>, batch: Dataset, loss: LossFunction = .softmaxCrossEntropy,
        classWeights: [Double]? = nil, step: Double = 1e-5, tolerance: Double = 1e-6, floor: Double = 1e-7
    ) throws -> GradientCheckReport {
        var net = network.converted(to: Double.self)
        try Trainer<Double>.check(network: net, data: batch,
                                  configuration: TrainingConfiguration(loss: loss), role: "batch")
        guard batch.count > 0 else { throw TrainingCoreError.invalidData("the batch is empty") }
        let x = batch.features
        let labels = batch.labels.map { Int32(truncatingIfNeeded: $0) }
        let targets = batch.targets
        let weights = classWeights ?? []
        let rows = batch.count

        func evaluate(_ net: inout Network<Double>, gradient: Bool) -> Double {
            var dropout = SplitMix64(seed: 0x6772_6164, stream: .dropout)
            x.withUnsafeBufferPointer { xb in net.loadInput(from: xb.baseAddress!, rows: rows) }
            net.forwardPass(rows: rows, training: true, dropout: &dropout)
            var sum = 0.0, weight = 0.0
            labels.withUnsafeBufferPointer { lb in
                targets.withUnsafeBufferPointer { tb in
                    weights.withUnsafeBufferPointer { wb in
                        net.lossPass(loss, fault: .none, labels: labels.isEmpty ? nil : lb.baseAddress,
                                     targets: targets.isEmpty ? nil : tb.baseAddress,
                                     classWeights: weights.isEmpty ? nil : wb.baseAddress,
                                     withGradient: gradient, lossSum: &sum, weightSum: &weight)
                    }
                }
            }
            if gradient { net.backwardPass() }
            return sum / weight
        }

        net.zeroGradients()
        _ = evaluate(&net, gradient: true)
        let analytic = net.gradients
        var results: [LayerGradientCheck] = []
        for info in net.denseLayers {
            var weightError = 0.0, biasError = 0.0
            for p in info.parameterRange {
                let original = net.parameters[p]
                net.parameters[p] = original + step
                let plus = evaluate(&net, gradient: false)
                net.parameters[p] = original - step
                let minus = evaluate(&net, gradient: false)
                net.parameters[p] = original
                let numerical = (plus - minus) / (2 * step)
                let a = analytic[p]
                let error = abs(a - numerical) / max(abs(a), abs(numerical), floor)
                let e = error.isNaN ? Double.infinity : error
                if info.biasRange.contains(p) {
                    biasError = max(biasError, e)
                } else {
                    weightError = max(weightError, e)
                }
            }
            results.append(LayerGradientCheck(name: info.name, maxRelativeError: max(weightError, biasError),
                                              weightError: weightError, biasError: biasError))
        }
        return GradientCheckReport(layers: results, tolerance: tolerance)
    }
}
