import Testing
@testable import TrainingCore

@Suite struct TrainerTests {
    func moons(_ n: Int, seed: UInt64 = 1) -> Dataset {
        var rng = SplitMix64(seed: seed, stream: .data)
        return SyntheticData.twoMoons(count: n, noise: 0.1, using: &rng)
    }

    @Test func trainingOnMoonsLowersTheLossAndLearns() throws {
        let data = moons(128)
        let net = try Network<Float>(architecture: .mlp(inputs: 2, hidden: [16], outputs: 2), seed: 3)
        var trainer = try Trainer(network: net, training: data,
                                  configuration: TrainingConfiguration(learningRate: 0.3, batchSize: 32, seed: 5))
        let before = trainer.evaluateTraining()
        trainer.run(steps: 150)
        let after = trainer.evaluateTraining()
        #expect(trainer.history.count == 150)
        #expect(after.loss < before.loss * 0.6)
        #expect(after.accuracy > 0.85)
    }

    @Test func streamingInPiecesEqualsOneRun() throws {
        let data = moons(64)
        let net = try Network<Float>(architecture: .mlp(inputs: 2, hidden: [8], outputs: 2, dropout: 0.2), seed: 3)
        let config = TrainingConfiguration(learningRate: 0.1, batchSize: 16, seed: 9)
        var a = try Trainer(network: net, training: data, configuration: config)
        var b = a
        a.run(steps: 30)
        b.run(steps: 7)
        b.run(steps: 13)
        b.run(steps: 10)
        #expect(a.network == b.network)
        #expect(a.history == b.history)
    }
}
