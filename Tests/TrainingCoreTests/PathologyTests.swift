import Testing
@testable import TrainingCore

/// Recipes on the real core whose histories the diagnosis must name. Small enough for debug
/// builds; the diagnosis only sees the history.
@Suite struct PathologyTests {
    static func moons(_ n: Int, _ noise: Double, _ seed: UInt64) -> Dataset {
        var rng = SplitMix64(seed: seed, stream: .data)
        return SyntheticData.twoMoons(count: n, noise: noise, using: &rng)
    }

    static func history(arch: Architecture, initializer: Initializer = .he, train: Dataset, validation: Dataset,
                        config: TrainingConfiguration, steps: Int) throws -> TrainingHistory {
        let net = try Network<Float>(architecture: arch, initializer: initializer, seed: 1)
        var trainer = try Trainer(network: net, training: train, validation: validation, configuration: config)
        trainer.run(steps: steps)
        return trainer.history
    }

    static let train = moons(128, 0.2, 1)
    static let validation = moons(128, 0.2, 2)
    static let mlp = Architecture.mlp(inputs: 2, hidden: [16, 16], outputs: 2)
    static let deep = Architecture.mlp(inputs: 2, hidden: Array(repeating: 16, count: 7), outputs: 2)

    @Test func healthyRunIsHealthy() throws {
        let h = try Self.history(arch: Self.mlp, train: Self.train, validation: Self.validation,
                                 config: .init(learningRate: 0.2, batchSize: 32, validationInterval: 20), steps: 400)
        let d = TrainingDiagnosis(history: h)
        #expect(d.pathology == .healthy, "\(d.summary)")
    }

    @Test func hugeLearningRateIsTooHigh() throws {
        let h = try Self.history(arch: Self.mlp, train: Self.train, validation: Self.validation,
                                 config: .init(learningRate: 8, batchSize: 32, validationInterval: 20), steps: 200)
        let d = TrainingDiagnosis(history: h)
        #expect(d.pathology == .lrTooHigh, "\(d.summary)")
        #expect(d.evidence.contains { $0.decisive })
    }

    @Test func tinyLearningRateIsTooLow() throws {
        let h = try Self.history(arch: Self.mlp, train: Self.train, validation: Self.validation,
                                 config: .init(learningRate: 3e-6, batchSize: 32, validationInterval: 20), steps: 200)
        let d = TrainingDiagnosis(history: h)
        #expect(d.pathology == .lrTooLow, "\(d.summary)")
    }

    @Test func bigNetworkOnFewPointsOverfits() throws {
        let h = try Self.history(arch: .mlp(inputs: 2, hidden: [64, 64], outputs: 2), train: Self.moons(20, 0.35, 3),
                                 validation: Self.moons(200, 0.35, 4),
                                 config: .init(optimizer: .adamDefault, learningRate: 0.01, batchSize: 20,
                                               validationInterval: 25), steps: 600)
        let d = TrainingDiagnosis(history: h)
        #expect(d.pathology == .overfitting, "\(d.summary)")
        #expect(h.validationLoss.last! > h.validationLoss.min()! * 1.25)
        #expect(h.trainEvaluationLoss.last! < 0.05)
    }

    @Test func tooLargeInitialisationExplodes() throws {
        let h = try Self.history(arch: Self.deep, initializer: Initializer(rule: .he, scale: 2.5), train: Self.train,
                                 validation: Self.validation,
                                 config: .init(learningRate: 0.01, batchSize: 32, validationInterval: 20), steps: 50)
        let d = TrainingDiagnosis(history: h)
        #expect(d.pathology == .explodingGradients, "\(d.summary)")
    }

    @Test func deepSigmoidNetworkVanishes() throws {
        let arch = Architecture.mlp(inputs: 2, hidden: Array(repeating: 16, count: 7), outputs: 2, activation: .sigmoid)
        let h = try Self.history(arch: arch, initializer: .xavier, train: Self.train, validation: Self.validation,
                                 config: .init(learningRate: 0.1, batchSize: 32, validationInterval: 20), steps: 200)
        let d = TrainingDiagnosis(history: h)
        #expect(d.pathology == .vanishingGradients, "\(d.summary)")
    }

    @Test func divergenceIsRecordedAndStopsWithoutCrashing() throws {
        let net = try Network<Float>(architecture: Self.deep, initializer: Initializer(rule: .he, scale: 3), seed: 1)
        var trainer = try Trainer(network: net, training: Self.train,
                                  configuration: .init(learningRate: 1, batchSize: 32))
        let ran = trainer.run(steps: 500)
        guard case .diverged(let step) = trainer.status else {
            Issue.record("expected divergence, got \(trainer.status)")
            return
        }
        #expect(ran == step && ran < 500)
        #expect(trainer.history.nonFiniteStep == step)
        #expect(!(trainer.history.trainLoss.last!.isFinite && trainer.history.gradientNorm.last!.isFinite))
        #expect(trainer.run(steps: 10) == 0)
    }
}
