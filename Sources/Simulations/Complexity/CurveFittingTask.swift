import TrainingCore

/// The regression task behind the complexity and learning-curve simulations: noisy samples of
/// one period of a sine, fitted by a linear model on Legendre polynomial features whose degree
/// is the model's capacity.
///
/// - Data: x spread evenly over [0, 2π] (one point per equal-width bin, at a uniform position in
///   it), y = sin x + `noise`·N(0, 1). A training set of n points takes n evenly spaced points
///   of the x-sorted pool, so every training set covers the whole interval (a polynomial fitted
///   on part of the interval would be judged on extrapolation, not on fitting).
/// - Model: one dense unit on the features P₁(t)…P_D(t) of t = x/π − 1 ∈ [−1, 1] (Legendre
///   polynomials, well conditioned on the interval), weights starting at zero. Capacity is D.
/// - Training: the core's ``Trainer`` with mean squared error, full-batch Adam (one step per
///   epoch), L2 weight decay on the weights, `epochs` epochs, whole-set train and validation
///   losses every `evaluationInterval` epochs (and before the first step).
///
/// Everything is a pure function of its arguments and the seed; the knobs are variables so tests
/// can make runs smaller in debug builds.
struct CurveFittingTask: Sendable, Hashable {
    /// Standard deviation of the target noise (its variance, 0.09, is the best loss possible).
    var noise = 0.3
    /// Points in the full training set (`data` = 100 %).
    var poolSize = 60
    /// Points in the validation set (drawn independently of the pool).
    var validationSize = 100
    /// Epochs (= full-batch steps) per training.
    var epochs = 500
    /// Epochs between two evaluations of the losses.
    var evaluationInterval = 10
    /// Adam's learning rate.
    var learningRate = 0.008

    /// The highest polynomial degree (complexity 100).
    static let maxDegree = 20

    /// The polynomial degree for a complexity 1–100: 1 + 19·((c − 1)/99)^1.5, rounded, so the
    /// low end moves slowly (1, 2, 3, 4, 6, 8, 10, 12, 15, 17, 20 at c = 1, 10, 20, …, 100).
    static func degree(complexity: Int) -> Int {
        let c = Double(min(max(complexity, 1), 100))
        let f = (c - 1) / 99
        return Int((1 + Double(maxDegree - 1) * f * f.squareRoot()).rounded())
    }

    /// The weight decay λ for a regularization 0–100: 0 at 0, else 10^(4·(r − 100)/100), from
    /// 1.1e−4 at r = 1 to 1 at r = 100 (a decade every 25 steps).
    static func weightDecay(regularization: Int) -> Double {
        let r = min(max(regularization, 0), 100)
        guard r > 0 else { return 0 }
        return DeterministicMath.pow(10, 4 * Double(r - 100) / 100)
    }

    /// The number of training points for `data` percent of the pool (at least 3).
    func trainingSize(dataPercent: Int) -> Int {
        max(3, (poolSize * min(max(dataPercent, 1), 100) + 50) / 100)
    }

    /// `count` points spread evenly over the period, in increasing x, from the `stream` of `seed`.
    func samples(count: Int, seed: UInt64, stream: RandomStream) -> CurveSamples {
        var rng = SplitMix64(seed: seed, stream: stream)
        var x: [Double] = []
        var y: [Double] = []
        x.reserveCapacity(count)
        y.reserveCapacity(count)
        let period = 2 * DeterministicMath.pi
        for i in 0..<count {
            let value = (Double(i) + rng.uniform()) * period / Double(count)
            x.append(value)
            y.append(DeterministicMath.sin(value) + noise * rng.normal())
        }
        return CurveSamples(x: x, y: y)
    }

    /// The full training set of `seed`.
    func pool(seed: UInt64) -> CurveSamples { samples(count: poolSize, seed: seed, stream: .data) }

    /// The validation set of `seed`.
    func validation(seed: UInt64) -> CurveSamples { samples(count: validationSize, seed: seed, stream: .split) }

    /// Legendre features P₁…P_degree of each x (row-major, `degree` per row).
    static func features(_ x: [Double], degree: Int) -> [Double] {
        var out: [Double] = []
        out.reserveCapacity(x.count * degree)
        for value in x {
            let t = value / DeterministicMath.pi - 1
            var previous = 1.0, current = t
            out.append(current)
            var k = 1
            while k < degree {
                let next = (Double(2 * k + 1) * t * current - Double(k) * previous) / Double(k + 1)
                out.append(next)
                previous = current
                current = next
                k += 1
            }
        }
        return out
    }

    /// Trains a degree-`degree` model with weight decay `weightDecay` on `training`, evaluating on
    /// `validation`. Returns nil only if the core refuses the set-up (it cannot for valid inputs).
    func fit(training: CurveSamples, validation: CurveSamples, degree: Int, weightDecay: Double,
             seed: UInt64, curvePoints: Int = 0) -> CurveFit? {
        let d = max(1, degree)
        guard training.count > 0, validation.count > 0,
              let train = try? Dataset(features: Self.features(training.x, degree: d), featureCount: d, targets: training.y),
              let valid = try? Dataset(features: Self.features(validation.x, degree: d), featureCount: d, targets: validation.y),
              let network = try? Network<Float>(architecture: Architecture(inputs: d, layers: [.dense(units: 1)]),
                                                initializer: Initializer(rule: .he, scale: 0), seed: seed)
        else { return nil }
        let configuration = TrainingConfiguration(
            loss: .meanSquaredError, optimizer: .adamDefault, learningRate: learningRate,
            batchSize: training.count, weightDecay: weightDecay,
            validationInterval: max(1, evaluationInterval), evaluatesTrainingSet: true, seed: seed)
        guard var trainer = try? Trainer(network: network, training: train, validation: valid,
                                         configuration: configuration) else { return nil }
        let startTrain = trainer.evaluateTraining().loss
        let startValidation = trainer.evaluateValidation()?.loss ?? .nan
        trainer.run(epochs: max(1, epochs))
        let history = trainer.history
        var fit = CurveFit(
            epochs: [0] + history.evaluationStep.map { history.epoch(atStep: $0) },
            trainLoss: [startTrain] + history.trainEvaluationLoss,
            validationLoss: [startValidation] + history.validationLoss,
            baseline: Self.variance(training.y))
        if curvePoints > 1 {
            let period = 2 * DeterministicMath.pi
            let xs = (0..<curvePoints).map { period * Double($0) / Double(curvePoints - 1) }
            fit.curveX = xs
            fit.curveY = (try? trainer.network.outputs(for: Self.features(xs, degree: d))) ?? []
        }
        return fit
    }

    /// The population variance of `values`: the loss of always predicting their mean.
    static func variance(_ values: [Double]) -> Double {
        guard !values.isEmpty else { return 0 }
        var mean = 0.0
        for v in values { mean += v }
        mean /= Double(values.count)
        var sum = 0.0
        for v in values { sum += (v - mean) * (v - mean) }
        return sum / Double(values.count)
    }
}

/// Points (x, y) of the sine task, in increasing x.
struct CurveSamples: Sendable, Hashable {
    var x: [Double]
    var y: [Double]

    var count: Int { x.count }

    /// `n` points spread evenly over these (the first and the last always included).
    func evenlySpaced(_ n: Int) -> CurveSamples {
        guard n < count else { return self }
        guard n > 1 else { return CurveSamples(x: [x[count / 2]], y: [y[count / 2]]) }
        let picks = (0..<n).map { Int((Double($0) * Double(count - 1) / Double(n - 1)).rounded()) }
        return CurveSamples(x: picks.map { x[$0] }, y: picks.map { y[$0] })
    }
}

/// One training of the sine task: its loss curves and, when asked, the fitted function.
struct CurveFit: Sendable, Hashable {
    /// Epochs of the evaluations (0 = before training).
    var epochs: [Double]
    /// Mean squared error on the whole training set at each evaluation.
    var trainLoss: [Double]
    /// Mean squared error on the validation set at each evaluation.
    var validationLoss: [Double]
    /// The variance of the training targets: the loss of predicting their mean, the scale the
    /// verdict measures "high" against.
    var baseline: Double
    /// The fitted function on an even grid over the period (empty unless asked for).
    var curveX: [Double] = []
    var curveY: [Double] = []

    var finalTrainLoss: Double { trainLoss.last ?? .nan }
    var finalValidationLoss: Double { validationLoss.last ?? .nan }
}
