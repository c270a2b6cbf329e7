import Testing
@testable import TrainingCore

@Suite struct OverfitBatchTests {
    /// 16 random points with random labels: only memorisation can fit them.
    static func randomBatch() throws -> Dataset {
        var rng = SplitMix64(seed: 21, stream: .data)
        let features = (0..<32).map { _ in rng.normal() }
        let labels = (0..<16).map { _ in rng.integer(below: 2) }
        return try Dataset(features: features, featureCount: 2, labels: labels, classCount: 2)
    }

    static func run(_ faults: TrainingFaults, learningRate: Double = 0.01) throws -> OverfitBatchReport {
        let net = try Network<Float>(architecture: .mlp(inputs: 2, hidden: [32, 32], outputs: 2), seed: 2)
        let config = TrainingConfiguration(optimizer: .adamDefault, learningRate: learningRate, faults: faults, seed: 3)
        return try OverfitBatchTest.run(network: net, batch: randomBatch(), configuration: config, steps: 300)
    }

    @Test func aCorrectSetupMemorisesSixteenRandomLabels() throws {
        let report = try Self.run(.none)
        #expect(report.passed, "\(report.findings)")
        #expect(report.finalLoss < 0.05)
        #expect(report.finalAccuracy == 1)
        #expect(report.losses.count == 300)
    }

    @Test func wrongLossPlateausFarFromZero() throws {
        let report = try Self.run(TrainingFaults(loss: .probabilitiesAsLogits))
        #expect(!report.passed)
        #expect(report.losses.suffix(20).allSatisfy { $0 > 0.3 })
    }

    @Test func shuffledLabelsCannotBeLearned() throws {
        let report = try Self.run(TrainingFaults(shuffledLabels: true))
        #expect(!report.passed)
        #expect(report.finalAccuracy < 1)
    }

    @Test func zeroLearningRateChangesNothing() throws {
        let report = try Self.run(TrainingFaults(zeroLearningRate: true))
        #expect(!report.passed)
        #expect(report.unchangedLayers == [0, 1, 2])
    }

    @Test func aFrozenLayerIsCaught() throws {
        let report = try Self.run(TrainingFaults(frozenLayers: [1]))
        #expect(!report.passed)
        #expect(report.unchangedLayers == [1])
    }

    @Test func gradientsNotResetBreakTraining() throws {
        let report = try Self.run(TrainingFaults(accumulateGradients: true), learningRate: 0.01)
        #expect(!report.passed, "\(report.finalLoss)")
    }
}
