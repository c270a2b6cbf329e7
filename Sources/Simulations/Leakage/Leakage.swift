import Terminal
import TrainingCore

/// Splitting grouped data by sample versus by entity: the same model, trained on each split,
/// scored on its validation set and on entities it has never seen.
///
/// With a split by sample, almost every entity has samples in training and in validation, and
/// a network that memorises entities scores far higher on validation than on new entities:
/// the validation score leaks. With a split by entity the validation entities are as new as
/// the new ones, and the two scores agree. Data in ``GroupedSplit``; the model is an MLP
/// 6→32→32→2 trained with Adam (lr 0.01, batches of 32).
///
/// The first state trains both splits (one per core) so switching is instant; a new sample
/// (`r`) or a replay (`t`) retrains the shown split streamed over animation ticks.
public struct Leakage: Simulation {
    public static let id = "leakage"
    public static let title = "Leakage: split by sample or by entity"
    public static let summary = "Split scans by sample or by patient; compare validation accuracy with accuracy on patients never seen."

    /// Entities in the pool that is split into training and validation.
    var entityCount = 200
    /// Samples per entity.
    var samplesPerEntity = 4
    /// Entities never seen, for the new-entity accuracy.
    var newEntityCount = 200
    /// Training steps per run.
    var trainingSteps = 600
    /// Steps per animation tick.
    var stepsPerTick = 50

    /// Finished runs by (split, seed, sizes), shared by the states of this value.
    let finished = TrainingResultCache<String, FinishedRun>(capacity: 32)

    public init() {}

    public var parameters: [ParameterSpec] {
        [
            .choice("split", ["sample", "entity"], default: "sample",
                    help: "Split the samples at random (an entity lands on both sides), or split by entity."),
        ]
    }

    /// The scores of a finished run.
    struct FinishedRun: Sendable, Equatable {
        var trainAccuracy: Double
        var validationAccuracy: Double
        var newEntityAccuracy: Double
        var finalLoss: Double
        var steps: Int
    }

    public struct State: Sendable {
        public internal(set) var settings: Settings
        var focus = ControlFocus()
        var sampleSeed: UInt64
        var showHelp = false
        var split: GroupedSplit
        /// The scores of the finished run; nil while training.
        var run: FinishedRun?
        /// The run being streamed.
        var training: Trainer<Float>?
        var failure: String?
    }

    public func settings(of state: State) -> Settings { state.settings }

    public func isAnimating(_ state: State) -> Bool { state.training != nil }

    public func initialState(_ settings: Settings, seed: UInt64) -> State {
        // Train both splits at once, one per core: the switch the lesson asks for is instant.
        let splits = ["sample", "entity"]
        let runs = ParallelRuns.map(splits.count) { index in
            let split = groupedSplit(byEntity: splits[index] == "entity", seed: seed)
            let key = cacheKey(split: splits[index], seed: seed)
            return finished.value(for: key) ?? trainToEnd(split, seed: seed)
        }
        for (index, name) in splits.enumerated() {
            if let run = runs[index] { finished.store(run, for: cacheKey(split: name, seed: seed)) }
        }
        let byEntity = settings.choice("split") == "entity"
        var state = State(settings: settings, sampleSeed: seed, split: groupedSplit(byEntity: byEntity, seed: seed))
        state.run = runs[byEntity ? 1 : 0]
        if state.run == nil { state.failure = "the training core refused this data set" }
        return state
    }

    public func update(_ state: inout State, _ action: SimAction) {
        switch action {
        case .help:
            state.showHelp.toggle()
        case .tick:
            advance(&state)
        case .reseed:
            state.sampleSeed &+= 1
            prepare(&state, retrain: false)
        case .train:
            prepare(&state, retrain: true)
        default:
            if state.focus.handle(action, settings: &state.settings) != nil {
                prepare(&state, retrain: false)
            }
        }
    }

    func groupedSplit(byEntity: Bool, seed: UInt64) -> GroupedSplit {
        GroupedSplit(entities: entityCount, samplesPerEntity: samplesPerEntity, newEntities: newEntityCount,
                     byEntity: byEntity, seed: seed)
    }

    func cacheKey(split: String, seed: UInt64) -> String {
        "split=\(split);seed=\(seed);entities=\(entityCount)x\(samplesPerEntity);new=\(newEntityCount);steps=\(trainingSteps)"
    }

    /// A trainer for the split's training rows (nil if the core refuses, which it cannot for
    /// this fixed set-up).
    func trainer(for split: GroupedSplit, seed: UInt64) -> Trainer<Float>? {
        guard let network = try? Network<Float>(
            architecture: .mlp(inputs: GroupedSplit.dimensions, hidden: [32, 32], outputs: 2), seed: seed) else { return nil }
        return try? Trainer(network: network, training: split.training, configuration: TrainingConfiguration(
            optimizer: .adamDefault, learningRate: 0.01, batchSize: 32, evaluatesTrainingSet: false, seed: seed))
    }

    func trainToEnd(_ split: GroupedSplit, seed: UInt64) -> FinishedRun? {
        guard var trainer = trainer(for: split, seed: seed) else { return nil }
        trainer.run(steps: trainingSteps)
        return score(trainer, split)
    }

    func score(_ trainer: Trainer<Float>, _ split: GroupedSplit) -> FinishedRun {
        let network = trainer.network
        let losses = trainer.history.trainLoss.suffix(20)
        return FinishedRun(
            trainAccuracy: (try? network.evaluate(split.training).accuracy) ?? .nan,
            validationAccuracy: (try? network.evaluate(split.validation).accuracy) ?? .nan,
            newEntityAccuracy: (try? network.evaluate(split.newEntities).accuracy) ?? .nan,
            finalLoss: losses.isEmpty ? .nan : losses.reduce(0, +) / Double(losses.count),
            steps: trainer.stepCount)
    }

    /// Rebuilds the split; shows the cached run or starts a streamed one.
    func prepare(_ state: inout State, retrain: Bool) {
        let name = state.settings.choice("split")
        state.split = groupedSplit(byEntity: name == "entity", seed: state.sampleSeed)
        state.failure = nil
        if !retrain, let run = finished.value(for: cacheKey(split: name, seed: state.sampleSeed)) {
            state.run = run
            state.training = nil
            return
        }
        state.run = nil
        state.training = trainer(for: state.split, seed: state.sampleSeed)
        if state.training == nil { state.failure = "the training core refused this data set" }
    }

    func advance(_ state: inout State) {
        guard var trainer = state.training else { return }
        trainer.run(steps: min(stepsPerTick, max(0, trainingSteps - trainer.stepCount)))
        if trainer.stepCount >= trainingSteps || !trainer.status.isRunning {
            let run = score(trainer, state.split)
            finished.store(run, for: cacheKey(split: state.settings.choice("split"), seed: state.sampleSeed))
            state.run = run
            state.training = nil
        } else {
            state.training = trainer
        }
    }

    public func snapshot(_ state: State) -> JSONValue {
        let split = state.split
        let run = state.run
        func score(_ value: Double?) -> JSONValue { value.map { .number($0) } ?? .null }
        return .object([
            ("split", .string(state.settings.choice("split"))),
            ("val_accuracy", score(run?.validationAccuracy)),
            ("new_entity_accuracy", score(run?.newEntityAccuracy)),
            ("gap", score(run.map { $0.validationAccuracy - $0.newEntityAccuracy })),
            ("train_accuracy", score(run?.trainAccuracy)),
            ("train_size", .int(split.trainIndices.count)),
            ("val_size", .int(split.validationIndices.count)),
            ("new_entity_size", .int(split.newEntities.count)),
            ("entities", .int(split.entityCount)),
            ("samples_per_entity", .int(split.samplesPerEntity)),
            ("entities_in_both", .int(split.entitiesOnBothSides)),
            ("val_samples_per_entity", .integers(split.validationSamplesPerEntity)),
            ("training", .object([
                ("running", .bool(state.training != nil)),
                ("steps", .int(state.training?.stepCount ?? run?.steps ?? 0)),
                ("total_steps", .int(trainingSteps)),
                ("final_loss", score(run?.finalLoss)),
                ("failure", state.failure.map { .string($0) } ?? .null),
            ])),
            ("seed", .integer(state.sampleSeed)),
        ])
    }
}
