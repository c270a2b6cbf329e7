import Testing
@testable import TrainingCore

@Suite struct ModelToolsTests {
    @Test func ridgeRecoversAPolynomialAndShrinksWithLambda() throws {
        let x = (0..<40).map { Double($0) / 10 - 2 }
        let y = x.map { 1 - 2 * $0 + 0.5 * $0 * $0 * $0 }
        let fit = try PolynomialRidge(degree: 3, lambda: 0, x: x, y: y)
        #expect(fit.meanSquaredError(x: x, y: y) < 1e-20)
        #expect(abs(fit.predict(1.5) - (1 - 3 + 0.5 * 3.375)) < 1e-9)
        let heavy = try PolynomialRidge(degree: 3, lambda: 100, x: x, y: y)
        #expect(heavy.meanSquaredError(x: x, y: y) > 0.01)
        let flexible = try PolynomialRidge(degree: 12, lambda: 1e-6, x: x, y: y.enumerated().map { $1 + ($0 % 2 == 0 ? 0.1 : -0.1) })
        #expect(flexible.coefficients.count == 13)
        #expect(throws: TrainingCoreError.self) { try PolynomialRidge(degree: 2, lambda: 0, x: [1], y: []) }
    }

    @Test func decisionGridSeparatesTheMoons() throws {
        var rng = SplitMix64(seed: 1, stream: .data)
        let data = SyntheticData.blobs(counts: [60, 60], centers: [-2, 0, 2, 0], standardDeviation: 0.5, using: &rng)
        let net = try Network<Float>(architecture: .mlp(inputs: 2, hidden: [8], outputs: 2), seed: 1)
        var trainer = try Trainer(network: net, training: data, configuration: .init(learningRate: 0.2, batchSize: 30))
        trainer.run(steps: 100)
        let grid = try DecisionGrid.evaluate(trainer.network, x: -4...4, y: -2...2, columns: 8, rows: 4)
        #expect(grid.probability.count == 4 && grid.probability[0].count == 8)
        #expect(grid.ys.first! > grid.ys.last!)
        #expect(grid.probability[1][0] < 0.1)
        #expect(grid.probability[1][7] > 0.9)
        #expect(grid.predicted[2][0] == 0 && grid.predicted[2][7] == 1)
        let scores = try trainer.network.scores(for: data)
        let report = try BinaryScores(truth: data.labels, scores: scores)
        #expect(report.rocAUC() > 0.99)
        #expect(try ClassMetrics.accuracy(truth: data.labels, predicted: trainer.network.predictedClasses(for: data)) > 0.95)
    }

    @Test func activationPresetsShowTheirPathologies() throws {
        var rng = SplitMix64(seed: 7, stream: .data)
        let batch = SyntheticData.blobs(counts: [32, 32], standardDeviation: 1, using: &rng)
        let arch = Architecture.mlp(inputs: 2, hidden: Array(repeating: 32, count: 7), outputs: 2)
        var verdicts: [String: ActivationVerdict] = [:]
        for name in ["he", "too-small", "too-large", "dead-relu"] {
            let net = try Network<Float>(architecture: arch, initializer: Initializer.preset(named: name)!, seed: 3)
            let stats = try ActivationStatistics.measure(net, batch: batch)
            #expect(stats.count == 7)
            #expect(stats.map(\.name) == (1...7).map { "relu\($0)" })
            verdicts[name] = ActivationStatistics.verdict(stats)
        }
        #expect(verdicts == ["he": .healthy, "too-small": .vanishing, "too-large": .exploding, "dead-relu": .dead])
    }

    @Test func histogramsCountNonFiniteValuesApart() {
        let h = ParameterHistogram(values: [0, 0.5, 1, .nan, .infinity, -.infinity, .nan], bins: 2)
        #expect(h.edges == [0, 0.5, 1])
        #expect(h.counts == [1, 2])
        #expect(h.nanCount == 2 && h.positiveInfinityCount == 1 && h.negativeInfinityCount == 1)
        #expect(h.total == 7)
        let flat = ParameterHistogram(values: [3, 3], bins: 4)
        #expect(flat.counts.reduce(0, +) == 2 && flat.edges.first! == 2.5)
    }

    @Test func learningRateFinderSuggestsARateBelowDivergence() throws {
        var rng = SplitMix64(seed: 8, stream: .data)
        let data = SyntheticData.twoMoons(count: 128, noise: 0.2, using: &rng)
        let net = try Network<Float>(architecture: .mlp(inputs: 2, hidden: [16], outputs: 2), seed: 1)
        let report = try LearningRateFinder.run(network: net, data: data,
                                                configuration: .init(batchSize: 32), start: 1e-5, end: 100, steps: 80)
        #expect(report.stoppedAtDivergence)
        #expect(report.learningRates.count < 80)
        #expect(report.suggestedLearningRate > 1e-4 && report.suggestedLearningRate < 5)
        #expect(report.learningRates == report.learningRates.sorted())
        // The course's rule: a tenth of where the loss falls fastest, which comes before the bottom.
        #expect(report.suggestedLearningRate == report.steepestDescentRate / 10)
        #expect(report.steepestDescentRate <= report.minimumLossRate)
    }

    @Test func theSteepestDescentIsWhereTheSmoothedLossFallsFastestPerDecade() {
        // Rates 1e-4 … 1e1, ten steps a decade; a loss that falls gently, then fastest into
        // step 20 (1e-2) and 21, then gently again to its bottom at step 40 (1e0), then climbs.
        let rates = (0...50).map { DeterministicMath.pow(10, -4 + Double($0) / 10) }
        let drops: [Int: Double] = [18: 0.1, 19: 0.2, 20: 0.4, 21: 0.3, 22: 0.1]
        var smoothed = [2.0]
        for i in 1...50 {
            smoothed.append(smoothed[i - 1] + (i > 40 ? 0.1 : -(drops[i] ?? 0.01)))
        }
        let steepest = LearningRateFinder.steepestDescentRate(rates: rates, smoothed: smoothed,
                                                               through: rates[40], span: 1)
        #expect(steepest == rates[20])
        // Without a slope to measure, the minimum itself.
        #expect(LearningRateFinder.steepestDescentRate(rates: [1e-3], smoothed: [1], through: 1e-3, span: 2) == 1e-3)
    }
}
