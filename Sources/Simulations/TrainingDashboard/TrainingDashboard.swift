import Foundation
import Terminal
import TrainingCore

/// The training dashboard: six pathologies, four panels, and a diagnosis computed from the
/// run's history.
///
/// `pathology` picks a preset recipe (``DashboardRecipe``); `lr` (log slider, 1e-6–10) and
/// `batch` (1–512) take the preset's values unless given explicitly (`--set`, a sim-task, or
/// moved by the learner), in which case they override it. The four panels: training and
/// validation loss, the gradient norm (log scale), the learning-rate schedule, and a histogram
/// of the parameters with their non-finite count. The diagnosis is the training core's
/// ``TrainingDiagnosis`` of the history, with its evidence in the reading — never the preset's
/// name. The first frame shows a finished run (trained once per settings and seed, then
/// cached); `t` retrains it animated, ``stepsPerTick`` real steps per tick.
public struct TrainingDashboard: Simulation {
    public static let id = "training-dashboard"
    public static let title = "Training dashboard"
    public static let summary = "Pick a pathology, read loss, gradient norm, LR and weights, then change lr and batch until the run is healthy."

    /// Finished runs by settings and seed, shared by the sessions of this simulation value.
    let cache = TrainingResultCache<Key, DashboardRun>(capacity: 32)
    /// Real training steps per animation tick.
    static let stepsPerTick = 10
    /// A factor on every preset's step count (tests shorten runs of the slow presets).
    var stepScale = 1.0

    public init() {}

    public var parameters: [ParameterSpec] {
        [
            .choice("pathology", Pathology.allCases.map(\.rawValue), default: Pathology.healthy.rawValue,
                    help: "The preset recipe: healthy or one of five ways training goes wrong."),
            .number("lr", 1e-6...10, default: DashboardRecipe.preset(.healthy).learningRate,
                    step: 1.7782794100389228, logScale: true,
                    help: "The learning rate (peak of the schedule); the preset's unless set."),
            .integer("batch", 1...512, default: DashboardRecipe.preset(.healthy).batchSize, step: 8,
                     help: "Mini-batch size (at most the training-set size); the preset's unless set."),
        ]
    }

    public struct State: Sendable {
        public var settings: Settings
        var focus = ControlFocus()
        let seed: UInt64
        var reseeds: UInt64 = 0
        var run: DashboardRun?
        var running: Trainer<Float>?
        var failure: String?
        var showHelp = false

        var drawSeed: UInt64 { seed &+ reseeds }
        var pathology: Pathology { Pathology(rawValue: settings.choice("pathology")) ?? .healthy }
    }

    public func initialState(_ settings: Settings, seed: UInt64) -> State {
        var state = State(settings: settings, seed: seed)
        applyPreset(&state)
        finish(&state)
        return state
    }

    public func settings(of state: State) -> Settings { state.settings }

    public func isAnimating(_ state: State) -> Bool { state.running != nil }

    /// The recipe of the current settings: the pathology's preset with lr and batch from the
    /// settings (which hold the preset's values unless they were set explicitly).
    func recipe(_ state: State) -> DashboardRecipe {
        var recipe = DashboardRecipe.preset(state.pathology)
        recipe.learningRate = state.settings.double("lr")
        recipe.batchSize = state.settings.int("batch")
        recipe.steps = max(20, Int((Double(recipe.steps) * stepScale).rounded()))
        return recipe
    }

    /// Fills lr and batch from the preset where they were not given explicitly.
    private func applyPreset(_ state: inout State) {
        let preset = DashboardRecipe.preset(state.pathology)
        if !state.settings.isExplicit("lr") { state.settings.applyPreset("lr", .number(preset.learningRate)) }
        if !state.settings.isExplicit("batch") { state.settings.applyPreset("batch", .integer(preset.batchSize)) }
    }

    /// Shows the finished run of the current settings (trained once, then cached).
    private func finish(_ state: inout State) {
        state.running = nil
        let recipe = recipe(state)
        let key = Key(recipe: recipe, seed: state.drawSeed)
        if let run = cache.value(for: key) {
            state.run = run
            state.failure = nil
            return
        }
        do {
            var trainer = try recipe.trainer(seed: state.drawSeed)
            trainer.run(steps: recipe.steps)
            let run = DashboardRun(trainer)
            cache.store(run, for: key)
            state.run = run
            state.failure = nil
        } catch {
            state.run = nil
            state.failure = "\(error)"
        }
    }

    /// After a key changed what is trained: the cached run when there is one, else the run
    /// starts and trains ``stepsPerTick`` steps per tick, so no key waits for a whole training.
    private func show(_ state: inout State) {
        let recipe = recipe(state)
        if let run = cache.value(for: Key(recipe: recipe, seed: state.drawSeed)) {
            state.running = nil
            state.run = run
            state.failure = nil
            return
        }
        update(&state, .train)
    }

    public func update(_ state: inout State, _ action: SimAction) {
        switch action {
        case .reseed:
            state.reseeds &+= 1
            show(&state)
        case .help:
            state.showHelp.toggle()
        case .train:
            do {
                let trainer = try recipe(state).trainer(seed: state.drawSeed)
                state.running = trainer
                state.run = DashboardRun(trainer)
                state.failure = nil
            } catch {
                state.failure = "\(error)"
            }
        case .tick:
            guard var trainer = state.running else { return }
            let total = recipe(state).steps
            let done = trainer.run(steps: min(Self.stepsPerTick, max(0, total - trainer.stepCount)))
            let run = DashboardRun(trainer)
            state.run = run
            if done == 0 || trainer.stepCount >= total || !trainer.status.isRunning {
                state.running = nil
                cache.store(run, for: Key(recipe: recipe(state), seed: state.drawSeed))
            } else {
                state.running = trainer
            }
        default:
            guard let changed = state.focus.handle(action, settings: &state.settings) else { return }
            if changed == "pathology" { applyPreset(&state) }
            show(&state)
        }
    }

    public func snapshot(_ state: State) -> JSONValue {
        let history = state.run?.history
        let histogram = state.run?.histogram
        let diagnosis = state.run?.diagnosis
        return .object([
            ("pathology", .string(state.pathology.rawValue)),
            ("lr", .number(state.settings.double("lr"))),
            ("batch", .int(state.settings.int("batch"))),
            ("history", .object([
                ("step", .integers(history?.step ?? [])),
                ("train_loss", .numbers(history?.trainLoss ?? [])),
                ("val_step", .integers(history?.evaluationStep ?? [])),
                ("val_loss", .numbers(history?.validationLoss ?? [])),
                ("grad_norm", .numbers(history?.gradientNorm ?? [])),
                ("lr", .numbers(history?.learningRate ?? [])),
            ])),
            ("histogram", .object([
                ("edges", .numbers(histogram?.edges ?? [])),
                ("counts", .integers(histogram?.counts ?? [])),
                ("nan", .int(histogram?.nanCount ?? 0)),
                ("inf", .int(histogram?.positiveInfinityCount ?? 0)),
                ("-inf", .int(histogram?.negativeInfinityCount ?? 0)),
            ])),
            ("diagnosis", .string(diagnosis?.pathology.rawValue ?? Pathology.healthy.rawValue)),
            ("evidence", .array((diagnosis?.evidence ?? []).map { item in
                .object([("name", .string(item.name)), ("value", .number(item.value)),
                         ("rule", .string(item.rule)), ("decisive", .bool(item.decisive))])
            })),
            ("batch_used", .int(state.run?.batchSize ?? 0)),
            ("diverged_at", state.run?.divergedAt.map { .int($0) } ?? .null),
            ("recipe", .string(recipe(state).description)),
            ("running", .bool(state.running != nil)),
        ])
    }

    // MARK: - Cache

    struct Key: Hashable, Sendable {
        var recipe: DashboardRecipe
        var seed: UInt64
    }
}
