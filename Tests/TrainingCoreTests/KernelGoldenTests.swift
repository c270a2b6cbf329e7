import Testing
@testable import TrainingCore

/// Pins the exact bits of training runs over shapes that take every path of the dense kernels
/// (widths below, at and above a SIMD chunk and a 64-bit mask block, one and two outputs,
/// ReLU, leaky ReLU and tanh inputs, binary cross-entropy and MSE), so a faster kernel that
/// changes a single bit fails here. The hashes were recorded from the first, straightforward
/// kernels; the fast paths must reproduce them.
@Suite struct KernelGoldenTests {
    struct Case: Sendable, CustomStringConvertible {
        var name: String
        var architecture: Architecture
        var loss: LossFunction
        var batch: Int
        var golden: UInt64
        var description: String { name }
    }

    static let cases: [Case] = [
        Case(name: "W1 widths 3-32-32-2", architecture: .mlp(inputs: 3, hidden: [32, 32], outputs: 2),
             loss: .softmaxCrossEntropy, batch: 128, golden: 0x74F4_0071_4A04_633B),
        Case(name: "odd widths 3-5-33-3", architecture: .mlp(inputs: 3, hidden: [5, 33], outputs: 3),
             loss: .softmaxCrossEntropy, batch: 17, golden: 0x129E_376E_6C37_7A38),
        Case(name: "wide 3-70-40-1 bce", architecture: .mlp(inputs: 3, hidden: [70, 40], outputs: 1),
             loss: .binaryCrossEntropy, batch: 70, golden: 0x98CE_D4C3_8ED0_773C),
        Case(name: "leaky 3-16-9-3", architecture: .mlp(inputs: 3, hidden: [16, 9], outputs: 3,
                                                      activation: .leakyReLU(slope: 0.1)),
             loss: .softmaxCrossEntropy, batch: 8, golden: 0x7745_525C_4A7F_B1D7),
        Case(name: "tanh 3-24-3 mse", architecture: .mlp(inputs: 3, hidden: [24], outputs: 3, activation: .tanh),
             loss: .meanSquaredError, batch: 33, golden: 0x49B3_704C_121A_7568),
        Case(name: "relu 3-64-64-8 adam", architecture: .mlp(inputs: 3, hidden: [64, 64], outputs: 8),
             loss: .softmaxCrossEntropy, batch: 100, golden: 0x5A3D_93EF_B477_2645),
    ]

    static func run(_ c: Case) throws -> BitHash {
        var rng = SplitMix64(seed: 7, stream: .data)
        let classes = c.architecture.outputs == 1 ? 2 : c.architecture.outputs
        let data = SyntheticData.blobs(counts: Array(repeating: 60, count: classes), dimensions: 3,
                                       standardDeviation: 1.2, using: &rng)
        let net = try Network<Float>(architecture: c.architecture, seed: 7)
        let optimizer: Optimizer = c.name.hasSuffix("adam") ? .adamDefault : .sgd
        let config = TrainingConfiguration(loss: c.loss, optimizer: optimizer,
                                           learningRate: optimizer == .sgd ? 0.1 : 0.01,
                                           batchSize: c.batch, seed: 7)
        var trainer = try Trainer(network: net, training: data, configuration: config)
        trainer.run(steps: 40)
        var hash = BitHash()
        hash.combine(trainer.network.parameters)
        hash.combine(trainer.network.gradients)
        hash.combine(doubles: trainer.history.trainLoss)
        hash.combine(doubles: trainer.history.gradientNorm)
        #expect(trainer.history.trainLoss.allSatisfy { $0.isFinite }, "\(c.name) must train, not diverge")
        #expect(trainer.history.trainLoss.last! < trainer.history.trainLoss.first!, "\(c.name) must learn")
        return hash
    }

    @Test func theW1WorkloadMatchesTheRecordedRun() {
        var w1 = W1Workload(seed: 0)
        w1.train(steps: 300)
        var hash = BitHash()
        hash.combine(w1.trainer.network.parameters)
        hash.combine(doubles: w1.trainer.history.trainLoss)
        hash.combine(doubles: w1.trainer.history.gradientNorm)
        #expect(hash.value == 0xC104_4139_3C03_B8CE, "hash 0x\(String(hash.value, radix: 16, uppercase: true))")
    }

    @Test(arguments: cases)
    func trainingBitsMatchTheRecordedRun(_ c: Case) throws {
        let hash = try Self.run(c)
        #expect(hash.value == c.golden, "\(c.name): hash 0x\(String(hash.value, radix: 16, uppercase: true))")
    }
}
