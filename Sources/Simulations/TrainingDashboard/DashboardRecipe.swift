import TrainingCore

/// One training run of the dashboard: data, architecture, initialisation, optimiser, learning
/// rate and schedule, batch size and steps. Each pathology has a preset recipe that the
/// training core's diagnosis recognises as that pathology; `lr` and `batch` can be
/// overridden, everything else comes from the preset.
///
/// All presets train on two moons (training and validation sets drawn from two data streams
/// of the seed, so they are independent samples). At lr 0.001 and batch 32 the lr-too-high
/// (SGD with momentum), lr-too-low (Adam) and exploding-gradients (SGD with momentum, four
/// hidden layers, inputs not standardised) presets train healthily: their pathology lies in
/// the learning rate. Each preset was checked on 24 seeds to be diagnosed as itself, and each
/// of those three to be healthy at lr 0.001, batch 32. The trainer never applies a non-finite
/// update, so a diverging run ends with NaN/∞ in its history while its parameters stay finite.
struct DashboardRecipe: Sendable, Hashable {
    /// How the learning rate changes over the run.
    enum ScheduleKind: String, Sendable, Hashable {
        /// The same rate at every step.
        case constant
        /// Cosine decay from the rate to a tenth of it at the last step.
        case cosine
    }

    /// The update rule.
    enum OptimizerKind: String, Sendable, Hashable {
        case adam
        /// SGD with momentum 0.9.
        case momentum

        var optimizer: Optimizer { self == .adam ? .adamDefault : .momentum(0.9) }
        var name: String { self == .adam ? "Adam" : "SGD+momentum 0.9" }
    }

    var trainCount = 256
    var validationCount = 128
    var noise = 0.2
    /// A factor on every input feature (1 = the data as generated, roughly unit scale).
    var inputScale = 1.0
    var hidden = [32, 32]
    var activation: Activation = .relu
    var initializer: Initializer = .he
    var initializerName = "he"
    var optimizer: OptimizerKind = .adam
    var learningRate = 0.003
    var schedule: ScheduleKind = .cosine
    var batchSize = 32
    var steps = 300
    var validationInterval = 10

    /// The preset of a pathology.
    static func preset(_ pathology: Pathology) -> DashboardRecipe {
        var recipe = DashboardRecipe()
        switch pathology {
        case .healthy:
            break
        case .lrTooHigh:
            recipe.optimizer = .momentum
            recipe.learningRate = 1
            recipe.schedule = .constant
        case .lrTooLow:
            recipe.learningRate = 3e-6
            recipe.schedule = .constant
        case .overfitting:
            recipe.trainCount = 32
            recipe.noise = 0.35
            recipe.hidden = [32, 32]
            recipe.learningRate = 0.01
            recipe.steps = 600
            recipe.validationInterval = 20
        case .explodingGradients:
            recipe.inputScale = 3
            recipe.hidden = [32, 32, 32, 32]
            recipe.optimizer = .momentum
            recipe.learningRate = 10
            recipe.schedule = .constant
        case .vanishingGradients:
            recipe.hidden = Array(repeating: 16, count: 7)
            recipe.activation = .sigmoid
            recipe.initializer = .xavier
            recipe.initializerName = "xavier"
            recipe.learningRate = 0.001
        }
        return recipe
    }

    /// `2→32→32→2 relu` and the like.
    var architectureText: String {
        (["2"] + hidden.map(String.init) + ["2"]).joined(separator: "→") + " " + activation.name
    }

    /// One line: what this recipe trains and how.
    var description: String {
        "\(trainCount) train / \(validationCount) val points" + (inputScale == 1 ? "" : " (inputs ×\(NumberText.short(inputScale)), not standardised)")
            + ", \(architectureText), \(initializerName) init, "
            + "\(optimizer.name), \(schedule.rawValue) lr, \(steps) steps"
    }

    /// The learning-rate schedule over the run.
    var learningRateSchedule: LearningRateSchedule {
        switch schedule {
        case .constant: return .constant(learningRate)
        case .cosine: return .warmupCosine(peak: learningRate, warmupSteps: 0, totalSteps: steps, floor: learningRate / 10)
        }
    }

    /// `data` with every feature multiplied by ``inputScale``.
    private func scaled(_ data: Dataset) -> Dataset {
        guard inputScale != 1 else { return data }
        return data.replacingFeatures(data.features.map { $0 * inputScale }) ?? data
    }

    /// A trainer for this recipe with nothing trained yet.
    func trainer(seed: UInt64) throws -> Trainer<Float> {
        var trainRNG = SplitMix64(seed: seed, stream: .data, index: 0)
        let training = scaled(SyntheticData.twoMoons(count: trainCount, noise: noise, using: &trainRNG))
        var validationRNG = SplitMix64(seed: seed, stream: .data, index: 1)
        let validation = scaled(SyntheticData.twoMoons(count: validationCount, noise: noise, using: &validationRNG))
        let architecture = Architecture.mlp(inputs: 2, hidden: hidden, outputs: 2, activation: activation)
        let network = try Network<Float>(architecture: architecture, initializer: initializer, seed: seed)
        let configuration = TrainingConfiguration(
            optimizer: optimizer.optimizer, schedule: learningRateSchedule, batchSize: batchSize,
            validationInterval: validationInterval, evaluatesTrainingSet: false, seed: seed)
        return try Trainer(network: network, training: training, validation: validation, configuration: configuration)
    }
}
