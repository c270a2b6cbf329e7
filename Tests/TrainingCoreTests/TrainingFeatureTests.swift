import Testing
@testable import TrainingCore

@Suite struct TrainingFeatureTests {
    static func data(_ n: Int = 64, seed: UInt64 = 1) -> Dataset {
        var rng = SplitMix64(seed: seed, stream: .data)
        return SyntheticData.twoMoons(count: n, noise: 0.2, using: &rng)
    }

    @Test func schedulesFollowTheirFormulas() {
        #expect(LearningRateSchedule.constant(0.3).rate(at: 99) == 0.3)
        let step = LearningRateSchedule.step(initial: 1, factor: 0.5, every: 10)
        #expect(step.rate(at: 9) == 1 && step.rate(at: 10) == 0.5 && step.rate(at: 25) == 0.25)
        let cosine = LearningRateSchedule.warmupCosine(peak: 1, warmupSteps: 10, totalSteps: 110, floor: 0)
        #expect(cosine.rate(at: 0) == 0.1 && cosine.rate(at: 9) == 1)
        #expect(abs(cosine.rate(at: 60) - 0.5) < 1e-12 && cosine.rate(at: 110) < 1e-12)
        let sweep = LearningRateSchedule.exponential(start: 1e-4, end: 1, steps: 5)
        #expect(abs(sweep.rate(at: 0) - 1e-4) < 1e-18 && abs(sweep.rate(at: 2) - 1e-2) < 1e-15 && abs(sweep.rate(at: 4) - 1) < 1e-13)
    }

    @Test func optimizersTakeTheirTextbookFirstStep() throws {
        // A single dense layer; check the first weight (decayed) and the first bias (never decayed).
        let d = Self.data()
        for optimizer in [Optimizer.sgd, .momentum(0.9), .adamDefault, .adamWDefault] {
            let net = try Network<Double>(architecture: .mlp(inputs: 2, hidden: [], outputs: 2), seed: 1)
            var trainer = try Trainer(network: net, training: d,
                                      configuration: .init(optimizer: optimizer, learningRate: 0.01, batchSize: 64,
                                                           weightDecay: 0.1))
            trainer.run(steps: 1)
            let g = try Self.gradient(of: net, on: d)
            let w0 = net.parameters[0], w1 = trainer.network.parameters[0]
            switch optimizer {
            case .sgd, .momentum:
                #expect(abs(w1 - (w0 - 0.01 * (g[0] + 0.1 * w0))) < 1e-12, "\(optimizer)")
            case .adam:
                // First Adam step: m̂ = ĝ, v̂ = ĝ², so the step is lr·ĝ/(|ĝ| + ε) ≈ lr·sign(ĝ).
                let gd = g[0] + 0.1 * w0
                #expect(abs(w1 - (w0 - 0.01 * gd / (abs(gd) + 1e-8))) < 1e-9, "adam")
            case .adamW:
                let shrunk = w0 * (1 - 0.01 * 0.1)
                #expect(abs(w1 - (shrunk - 0.01 * g[0] / (abs(g[0]) + 1e-8))) < 1e-9, "adamw")
            }
            // Biases are never decayed: SGD moves them by the gradient alone.
            let b = net.denseLayers[0].biasOffset
            if case .sgd = optimizer {
                #expect(abs(trainer.network.parameters[b] - (net.parameters[b] - 0.01 * g[b])) < 1e-12)
            }
        }
    }

    static func gradient(of net: Network<Double>, on data: Dataset) throws -> [Double] {
        var n = net
        let x = data.features
        let labels = data.labels.map { Int32($0) }
        n.zeroGradients()
        x.withUnsafeBufferPointer { n.loadInput(from: $0.baseAddress!, rows: data.count) }
        var unused = SplitMix64(seed: 0)
        n.forwardPass(rows: data.count, training: true, dropout: &unused)
        var s = 0.0, w = 0.0
        labels.withUnsafeBufferPointer { lb in
            n.lossPass(.softmaxCrossEntropy, fault: .none, labels: lb.baseAddress, targets: nil, classWeights: nil,
                       withGradient: true, lossSum: &s, weightSum: &w)
        }
        n.backwardPass()
        return n.gradients
    }

    @Test func clippingCapsTheUpdateButRecordsTheRawNorm() throws {
        let d = Self.data()
        let net = try Network<Double>(architecture: .mlp(inputs: 2, hidden: [8], outputs: 2), seed: 1)
        var clipped = try Trainer(network: net, training: d,
                                  configuration: .init(learningRate: 1, batchSize: 64, gradientClipNorm: 0.01))
        clipped.run(steps: 1)
        let raw = clipped.history.gradientNorm[0]
        #expect(raw > 0.01)
        var moved = 0.0
        for (a, b) in zip(net.parameters, clipped.network.parameters) { moved += (a - b) * (a - b) }
        #expect(abs(moved.squareRoot() - 0.01) < 1e-6)
        #expect(clipped.history.layerGradientNorms.count == 2)
        let perLayer = clipped.history.layerGradientNorms.map { $0[0] * $0[0] }.reduce(0, +).squareRoot()
        #expect(abs(perLayer - raw) < 1e-12)
    }

    @Test func earlyStoppingRestoresTheBestWeights() throws {
        var rng = SplitMix64(seed: 3, stream: .data)
        let train = SyntheticData.twoMoons(count: 16, noise: 0.4, using: &rng)
        let validation = SyntheticData.twoMoons(count: 100, noise: 0.4, using: &rng)
        let net = try Network<Float>(architecture: .mlp(inputs: 2, hidden: [48, 48], outputs: 2), seed: 1)
        var trainer = try Trainer(network: net, training: train, validation: validation,
                                  configuration: .init(optimizer: .adamDefault, learningRate: 0.02, batchSize: 16,
                                                       validationInterval: 10,
                                                       earlyStopping: EarlyStopping(patience: 5)))
        trainer.run(steps: 2000)
        guard case .stoppedEarly(let stopped, let best) = trainer.status else {
            Issue.record("expected early stopping, got \(trainer.status)")
            return
        }
        #expect(stopped == best + 50)
        #expect(stopped < 2000)
        let now = try trainer.network.evaluate(validation)
        #expect(abs(now.loss - trainer.bestValidationLoss) < 1e-6)
        #expect(trainer.history.validationLoss.last! > trainer.bestValidationLoss)
    }

    @Test func classWeightsShiftPredictionsTowardTheRareClass() throws {
        var rng = SplitMix64(seed: 4, stream: .data)
        let data = SyntheticData.blobs(counts: [190, 10], centers: [0, 0, 1.2, 0], standardDeviation: 0.8, using: &rng)
        func recallOfRare(_ weights: [Double]?) throws -> Double {
            let net = try Network<Float>(architecture: .mlp(inputs: 2, hidden: [8], outputs: 2), seed: 2)
            var t = try Trainer(network: net, training: data,
                                configuration: .init(learningRate: 0.1, batchSize: 50, classWeights: weights))
            t.run(steps: 300)
            let report = try ClassificationReport(truth: data.labels, predicted: t.network.predictedClasses(for: data))
            return report.perClass[1].recall
        }
        let plain = try recallOfRare(nil)
        let weighted = try recallOfRare(ClassMetrics.balancedClassWeights(labels: data.labels, classCount: 2))
        #expect(weighted > plain + 0.3)
    }

    @Test func frozenLayersKeepTheirParameters() throws {
        let d = Self.data()
        let net = try Network<Float>(architecture: .mlp(inputs: 2, hidden: [8, 8], outputs: 2), seed: 1)
        var t = try Trainer(network: net, training: d,
                            configuration: .init(learningRate: 0.1, batchSize: 16, faults: TrainingFaults(frozenLayers: [0])))
        t.run(steps: 20)
        let first = net.denseLayers[0].parameterRange
        #expect(Array(net.parameters[first]) == Array(t.network.parameters[first]))
        #expect(net.parameters != t.network.parameters)
        #expect(t.history.layerGradientNorms[0].allSatisfy { $0 > 0 })
    }

    @Test func mismatchedDataIsAnError() throws {
        let net = try Network<Float>(architecture: .mlp(inputs: 3, hidden: [4], outputs: 2), seed: 1)
        #expect(throws: TrainingCoreError.self) { try Trainer(network: net, training: Self.data(), configuration: .init()) }
        #expect(throws: TrainingCoreError.self) { try Architecture(inputs: 2, layers: [.dropout(rate: 1)]).validate() }
    }
}
