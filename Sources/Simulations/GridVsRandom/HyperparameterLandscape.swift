import TrainingCore

/// The validation loss of real trainings over a grid of learning rates × weight decays: the
/// landscape the grid and random searches sample.
///
/// Every cell is one full training of the same small network (2→16→2, ReLU, same initial
/// weights) on the same two-moons data (200 training and 200 validation points, noise 0.25),
/// by plain SGD with mini-batches of 32 for 100 steps; the cell's value is the final validation
/// cross-entropy (+∞ when the run diverged). The axes are log-spaced with their endpoints:
/// 32 learning rates from 10⁻³ to 10¹ and 12 weight decays from 10⁻⁶ to 10⁻² (finer on
/// the axis that matters). In that range the learning rate decides between barely learning,
/// learning well and turning unstable, while weight decay only nudges the loss: the low
/// effective dimensionality Bergstra & Bengio describe.
///
/// One training per cell, run on every core once per seed (each writes its own cell).
struct HyperparameterLandscape: Sendable, Hashable {

    /// The learning rates of the rows of ``loss``, increasing.
    let learningRates: [Double]
    /// The weight decays of the columns of ``loss``, increasing.
    let weightDecays: [Double]
    /// `loss[i][j]`: validation loss after training with `learningRates[i]`, `weightDecays[j]`.
    let loss: [[Double]]

    /// The settings of a landscape: its resolution and the length of each training.
    struct Plan: Sendable, Hashable {
        /// log₁₀ of the smallest and largest learning rate.
        var learningRateDecades = Decades(low: -3, high: 1)
        /// log₁₀ of the smallest and largest weight decay.
        var weightDecayDecades = Decades(low: -6, high: -2)
        var learningRateCells = 32
        var weightDecayCells = 12
        var steps = 100
        var hidden = 16
        var trainingPoints = 200
        var validationPoints = 200
    }

    /// A range of powers of ten.
    struct Decades: Sendable, Hashable {
        var low: Double
        var high: Double

        /// `count` values from 10^low to 10^high, evenly spaced in log, endpoints included.
        func logSpaced(count: Int) -> [Double] {
            guard count > 1 else { return [Self.power(of: (low + high) / 2)] }
            return (0..<count).map { i in Self.power(of: low + (high - low) * Double(i) / Double(count - 1)) }
        }

        /// The smallest and largest value, exact for whole decades (axes start there).
        var values: ClosedRange<Double> { Self.power(of: low)...Self.power(of: high) }

        /// 10^exponent: exactly rounded for whole exponents, else by the core's `pow`.
        static func power(of exponent: Double) -> Double {
            guard exponent == exponent.rounded(), abs(exponent) < 300 else { return DeterministicMath.pow(10, exponent) }
            var result = 1.0
            for _ in 0..<Int(abs(exponent)) { result *= 10 }
            return exponent < 0 ? 1 / result : result
        }

        /// A value drawn log-uniformly from the range.
        func draw(using rng: inout SplitMix64) -> Double {
            DeterministicMath.pow(10, rng.uniform(low, high))
        }
    }

    /// The plan this landscape was trained with.
    let plan: Plan

    /// Trains every cell of the landscape for `seed` (data, initial weights and batch order all
    /// come from it).
    static func train(seed: UInt64, plan: Plan) -> HyperparameterLandscape {
        let rows = max(2, plan.learningRateCells), columns = max(2, plan.weightDecayCells)
        let rates = plan.learningRateDecades.logSpaced(count: rows)
        let decays = plan.weightDecayDecades.logSpaced(count: columns)
        var rng = SplitMix64(seed: seed, stream: .data)
        let all = SyntheticData.twoMoons(count: plan.trainingPoints + plan.validationPoints, noise: 0.25, using: &rng)
        var splitRNG = SplitMix64(seed: seed, stream: .split)
        let order = splitRNG.permutation(all.count)
        let training = all.subset(Array(order[0..<plan.trainingPoints]))
        let validation = all.subset(Array(order[plan.trainingPoints...]))
        let network = try? Network<Float>(architecture: .mlp(inputs: 2, hidden: [plan.hidden], outputs: 2), seed: seed)
        let flat = ParallelRuns.map(rows * columns) { cell -> Double in
            guard let network else { return .nan }
            let configuration = TrainingConfiguration(
                loss: .softmaxCrossEntropy, optimizer: .sgd, learningRate: rates[cell / columns], batchSize: 32,
                weightDecay: decays[cell % columns], evaluatesTrainingSet: false, seed: seed)
            guard var trainer = try? Trainer(network: network, training: training, validation: validation,
                                             configuration: configuration) else { return .nan }
            trainer.run(steps: plan.steps)
            if case .diverged = trainer.status { return .infinity }
            let loss = trainer.evaluateValidation()?.loss ?? .nan
            return loss.isFinite ? loss : .infinity
        }
        let loss = (0..<rows).map { i in Array(flat[(i * columns)..<((i + 1) * columns)]) }
        return HyperparameterLandscape(learningRates: rates, weightDecays: decays, loss: loss, plan: plan)
    }

    /// The index of the value of `values` nearest to `value` in log scale (ties to the lower).
    static func nearestIndex(of value: Double, in values: [Double]) -> Int {
        guard value > 0, !values.isEmpty else { return 0 }
        let target = DeterministicMath.log(value)
        var best = 0
        var bestDistance = Double.infinity
        for (index, candidate) in values.enumerated() {
            let distance = abs(DeterministicMath.log(candidate) - target)
            if distance < bestDistance {
                best = index
                bestDistance = distance
            }
        }
        return best
    }

    /// The trial at (`learningRate`, `weightDecay`), valued at the nearest cell.
    func trial(learningRate: Double, weightDecay: Double) -> SearchTrial {
        let i = Self.nearestIndex(of: learningRate, in: learningRates)
        let j = Self.nearestIndex(of: weightDecay, in: weightDecays)
        return SearchTrial(learningRate: learningRate, weightDecay: weightDecay, loss: loss[i][j],
                           learningRateCell: i, weightDecayCell: j)
    }

    /// The lowest loss of the landscape and its cell.
    var best: (loss: Double, learningRateCell: Int, weightDecayCell: Int) {
        var result = (loss: Double.infinity, learningRateCell: 0, weightDecayCell: 0)
        for (i, row) in loss.enumerated() {
            for (j, value) in row.enumerated() where value < result.loss {
                result = (value, i, j)
            }
        }
        return result
    }
}

/// One tried setting of a search: the values the method chose and the loss the landscape
/// gives it (the training of the nearest cell).
struct SearchTrial: Sendable, Hashable {
    var learningRate: Double
    var weightDecay: Double
    var loss: Double
    var learningRateCell: Int
    var weightDecayCell: Int
}
