import Terminal
import TrainingCore

/// Dropout, weight decay, early stopping and augmentation, each on or off, on a set-up built to
/// overfit (``RegularizationSetup``): the learner toggles them and reads the curves, the
/// network and the overfitting gap.
///
/// All 16 combinations are real trainings on the same data, cached per seed; at start they
/// train on every core, so a toggle only looks one up. `r` draws new data (a derived seed):
/// the combinations then retrain over the player's ticks, two at a time, the shown one first.
/// `t` replays the shown curves epoch by epoch.
public struct Regularization: Simulation {
    public static let id = "regularization"
    public static let title = "Regularization"
    public static let summary = "Toggle dropout, weight decay, early stopping and augmentation on an overfitting network; read the curves, the network and the gap."

    /// The set-up; tests make it smaller for debug builds.
    var setup = RegularizationSetup()
    private let cache = TrainingResultCache<CacheKey, [RegularizationRun]>(capacity: 16)

    public init() {}

    static let names = ["dropout", "weight_decay", "early_stopping", "augmentation"]

    public var parameters: [ParameterSpec] {
        [
            .toggle("dropout", default: false, help: "Dropout: each hidden unit is zeroed with probability 0.5 at every training step."),
            .toggle("weight_decay", default: false, help: "Weight decay: an L2 penalty (strength 0.003) pulls every weight toward zero."),
            .toggle("early_stopping", default: false, help: "Early stopping: stop once validation loss has not improved for 100 epochs; keep the best weights."),
            .toggle("augmentation", default: false, help: "Augmentation: each step sees its points jittered by Gaussian noise (standard deviation 0.15)."),
        ]
    }

    public struct State: Sendable {
        public internal(set) var settings: Settings
        var focus = ControlFocus()
        let baseSeed: UInt64
        var resamples: UInt64 = 0
        /// The 16 combinations by ``RegularizerSet/index``; nil while still to be trained.
        var runs: [RegularizationRun?]
        var replayShown: Int?
        var showHelp = false

        var seed: UInt64 { Complexity.derivedSeed(baseSeed, resamples) }

        /// The combination the toggles select.
        var selected: RegularizerSet {
            RegularizerSet(dropout: settings.isOn("dropout"), weightDecay: settings.isOn("weight_decay"),
                           earlyStopping: settings.isOn("early_stopping"), augmentation: settings.isOn("augmentation"))
        }

        var current: RegularizationRun? { runs[selected.index] }
    }

    struct CacheKey: Hashable, Sendable {
        var seed: UInt64
        var setup: RegularizationSetup
    }

    public func initialState(_ settings: Settings, seed: UInt64) -> State {
        var state = State(settings: settings, baseSeed: seed, runs: [])
        load(&state)
        train(&state, count: 16)
        return state
    }

    public func settings(of state: State) -> Settings { state.settings }

    public func isAnimating(_ state: State) -> Bool {
        state.replayShown != nil || state.runs.contains { $0 == nil }
    }

    public func update(_ state: inout State, _ action: SimAction) {
        switch action {
        case .help:
            state.showHelp.toggle()
        case .reseed:
            state.resamples &+= 1
            state.replayShown = nil
            load(&state)
        case .train:
            if state.current != nil { state.replayShown = 1 }
        case .tick:
            if state.runs.contains(where: { $0 == nil }) {
                train(&state, count: 2)
            } else if let shown = state.replayShown, let run = state.current {
                let next = shown + max(1, run.epochs.count / 25)
                state.replayShown = next >= run.epochs.count ? nil : next
            }
        default:
            guard state.focus.handle(action, settings: &state.settings) != nil else { return }
            state.replayShown = nil
        }
    }

    private func load(_ state: inout State) {
        if let cached = cache[CacheKey(seed: state.seed, setup: setup)] {
            state.runs = cached
        } else {
            state.runs = Array(repeating: nil, count: RegularizerSet.all.count)
        }
    }

    /// Trains up to `count` missing combinations concurrently (the selected one first) and
    /// caches the 16 once all are done.
    private func train(_ state: inout State, count: Int) {
        var missing = state.runs.indices.filter { state.runs[$0] == nil }
        if let first = missing.firstIndex(of: state.selected.index) {
            missing.insert(missing.remove(at: first), at: 0)
        }
        let jobs = Array(missing.prefix(count))
        guard !jobs.isEmpty else { return }
        let setup = self.setup
        let seed = state.seed
        let results = ParallelRuns.map(jobs.count) { job in
            setup.train(RegularizerSet(index: jobs[job]), seed: seed)
        }
        for (job, index) in jobs.enumerated() { state.runs[index] = results[job] }
        let done = state.runs.compactMap { $0 }
        if done.count == state.runs.count { cache.store(done, for: CacheKey(seed: seed, setup: setup)) }
    }

    // MARK: Snapshot

    public func snapshot(_ state: State) -> JSONValue {
        let set = state.selected
        let run = state.current
        let curves: JSONValue = .object([
            ("epoch", .numbers(run?.epochs ?? [])),
            ("train_loss", .numbers(run?.trainLoss ?? [])),
            ("val_loss", .numbers(run?.validationLoss ?? [])),
        ])
        let gaps: JSONValue = .array(RegularizerSet.all.compactMap { combination in
            guard let other = state.runs[combination.index] else { return nil }
            return .object([
                ("dropout", .bool(combination.dropout)), ("weight_decay", .bool(combination.weightDecay)),
                ("early_stopping", .bool(combination.earlyStopping)), ("augmentation", .bool(combination.augmentation)),
                ("gap", .number(other.gap)),
            ])
        })
        let network: JSONValue = .object([
            ("layers", .integers([2] + setup.hidden + [2])),
            ("weight_rms", .array((run?.incomingWeightNorms ?? []).map { .numbers($0) })),
            ("dropped_last_step", .array((run?.droppedInLastStep ?? []).map { mask in .array(mask.map { .bool($0) }) })),
        ])
        return .object([
            ("dropout", .bool(set.dropout)),
            ("weight_decay", .bool(set.weightDecay)),
            ("early_stopping", .bool(set.earlyStopping)),
            ("augmentation", .bool(set.augmentation)),
            ("curves", curves),
            ("gap", run.map { .number($0.gap) } ?? .null),
            ("train_loss", run.map { .number($0.keptTrainLoss) } ?? .null),
            ("val_loss", run.map { .number($0.keptValidationLoss) } ?? .null),
            ("stopped_epoch", run?.stoppedEpoch.map { .number($0) } ?? .null),
            ("best_epoch", run?.bestEpoch.map { .number($0) } ?? .null),
            ("network", network),
            ("gaps", gaps),
            ("data_seed", .number(Double(state.seed))),
            ("complete", .bool(!state.runs.contains { $0 == nil })),
        ])
    }
}
