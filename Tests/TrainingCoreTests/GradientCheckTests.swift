import Testing
@testable import TrainingCore

/// Biases start at 0.1: with zero biases a row whose ReLU inputs are all zero sits exactly on
/// the kink (z = 0), where finite differences measure half a derivative.
@Suite struct GradientCheckTests {
    static let initializer = Initializer(rule: .he, bias: 0.1)

    static let activations: [Activation] = [.relu, .leakyReLU(slope: 0.1), .tanh, .sigmoid, .identity]

    func batch(classes: Int, rows: Int = 12, seed: UInt64 = 5) -> Dataset {
        var rng = SplitMix64(seed: seed, stream: .data)
        return SyntheticData.blobs(counts: Array(repeating: rows / classes, count: classes), dimensions: 3,
                                   spread: 1, standardDeviation: 1, using: &rng)
    }

    @Test(arguments: activations)
    func softmaxCrossEntropyGradientsMatch(_ activation: Activation) throws {
        let arch = Architecture.mlp(inputs: 3, hidden: [5, 4], outputs: 3, activation: activation)
        let net = try Network<Double>(architecture: arch, initializer: GradientCheckTests.initializer, seed: 1)
        let report = try GradientCheck.run(network: net, batch: batch(classes: 3))
        #expect(report.passed, "\(activation): \(report.layers)")
        #expect(report.layers.count == 3)
    }

    @Test(arguments: activations)
    func binaryCrossEntropyAndMSEGradientsMatch(_ activation: Activation) throws {
        let arch = Architecture.mlp(inputs: 3, hidden: [4], outputs: 1, activation: activation)
        let net = try Network<Double>(architecture: arch, initializer: GradientCheckTests.initializer, seed: 2)
        let bce = try GradientCheck.run(network: net, batch: batch(classes: 2), loss: .binaryCrossEntropy,
                                        classWeights: [1, 3])
        #expect(bce.passed, "BCE \(activation): \(bce.layers)")
        var rng = SplitMix64(seed: 9, stream: .data)
        let sine = SyntheticData.noisySine(count: 10, noise: 0.1, using: &rng)
        let regression = try Network<Double>(architecture: .mlp(inputs: 1, hidden: [4], outputs: 1, activation: activation), initializer: GradientCheckTests.initializer, seed: 3)
        let mse = try GradientCheck.run(network: regression, batch: sine, loss: .meanSquaredError)
        #expect(mse.passed, "MSE \(activation): \(mse.layers)")
    }

    @Test func weightedSoftmaxAndDropoutGradientsMatch() throws {
        let arch = Architecture.mlp(inputs: 3, hidden: [6, 6], outputs: 3, dropout: 0.3)
        let net = try Network<Double>(architecture: arch, initializer: GradientCheckTests.initializer, seed: 4)
        let report = try GradientCheck.run(network: net, batch: batch(classes: 3), classWeights: [1, 2, 0.5])
        #expect(report.passed, "\(report.layers)")
    }

    @Test func aFloatNetworkIsCheckedInDouble() throws {
        let net = try Network<Float>(architecture: .mlp(inputs: 3, hidden: [5], outputs: 2, activation: .tanh), initializer: GradientCheckTests.initializer, seed: 6)
        let report = try GradientCheck.run(network: net, batch: batch(classes: 2))
        #expect(report.passed)
    }

    @Test func aTransposedBackwardFailsInItsLayer() throws {
        let arch = Architecture.mlp(inputs: 3, hidden: [4, 4], outputs: 3, activation: .tanh)
            .planting(.transposedWeights, inDenseLayer: 1)
        let net = try Network<Double>(architecture: arch, initializer: GradientCheckTests.initializer, seed: 1)
        let report = try GradientCheck.run(network: net, batch: batch(classes: 3))
        #expect(!report.passed)
        #expect(report.failingLayers == ["dense2"])
        #expect(report.layers[1].weightError > 1e-2)
    }

    @Test func aMissingBiasGradientFails() throws {
        let arch = Architecture.mlp(inputs: 3, hidden: [4], outputs: 3).planting(.missingBiasGradient, inDenseLayer: 0)
        let net = try Network<Double>(architecture: arch, initializer: GradientCheckTests.initializer, seed: 1)
        let report = try GradientCheck.run(network: net, batch: batch(classes: 3))
        #expect(!report.passed)
        #expect(report.failingLayers == ["dense1"])
        #expect(report.layers[0].biasError > 0.5)
        #expect(report.layers[0].weightError < 1e-6)
    }
}
