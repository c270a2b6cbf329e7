import Terminal
import TrainingCore

/// The under/overfitting viewer: model capacity, regularization and the amount of data against
/// the training and validation loss curves of a real fit, with a verdict and a sweep over
/// capacity whose validation curve is U-shaped.
///
/// The task is ``CurveFittingTask`` (noisy sine, polynomial model of degree
/// ``CurveFittingTask/degree(complexity:)``). The current run trains when a setting changes
/// (a few milliseconds); the sweep over eleven complexities is cached per (regularization,
/// data, seed). At start it trains on both cores; after a key it is filled by the player's
/// ticks, two points per tick, so a key never waits for it. `t` replays the current curves
/// epoch by epoch; `r` draws a new data sample (a derived seed).
public struct Complexity: Simulation {
    public static let id = "complexity"
    public static let title = "Under- and overfitting"
    public static let summary = "Capacity, regularization and data amount against train and validation loss curves, with a verdict and a sweep over capacity."

    /// The complexities of the sweep.
    static let sweepComplexities = [1, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100]

    /// The task; tests may make it smaller for debug builds.
    var task = CurveFittingTask()
    /// The complexities this instance sweeps; tests that only read the verdict leave it empty.
    var sweepComplexities = Complexity.sweepComplexities
    private let fits = TrainingResultCache<FitKey, CurveFit>(capacity: 128)
    private let sweeps = TrainingResultCache<SweepKey, [ComplexitySweepPoint]>(capacity: 64)

    public init() {}

    public var parameters: [ParameterSpec] {
        [
            .integer("complexity", 1...100, default: 50, step: 5,
                     help: "Model capacity: the degree of the fitted polynomial grows from 1 to 20."),
            .integer("regularization", 0...100, default: 0, step: 5,
                     help: "Weight decay: 0 is none, then from 1e-4 to 1 (a decade every 25)."),
            .integer("data", 1...100, default: 100, step: 5,
                     help: "Percent of the 60 training points used for training."),
        ]
    }

    public struct State: Sendable {
        public internal(set) var settings: Settings
        var focus = ControlFocus()
        let baseSeed: UInt64
        var resamples: UInt64 = 0
        var fit: CurveFit?
        var verdict: FitVerdict = .underfit
        /// The sweep's points, nil while still to be trained.
        var sweep: [ComplexitySweepPoint?]
        /// During a replay, the number of evaluations shown.
        var replayShown: Int?
        var showHelp = false

        /// The seed of the data and the training: the start seed, then a new one per `r`.
        var seed: UInt64 { Complexity.derivedSeed(baseSeed, resamples) }
    }

    struct FitKey: Hashable, Sendable {
        var degree: Int
        var regularization: Int
        var trainingSize: Int
        var seed: UInt64
        var task: CurveFittingTask
    }

    struct SweepKey: Hashable, Sendable {
        var complexities: [Int]
        var regularization: Int
        var trainingSize: Int
        var seed: UInt64
        var task: CurveFittingTask
    }

    static func derivedSeed(_ base: UInt64, _ resamples: UInt64) -> UInt64 {
        resamples == 0 ? base : SplitMix64.mix(base &+ resamples &* 0x9E37_79B9_7F4A_7C15)
    }

    public func initialState(_ settings: Settings, seed: UInt64) -> State {
        var state = State(settings: settings, baseSeed: seed, sweep: [])
        retrain(&state)
        resetSweep(&state)
        let missing = state.sweep.indices.filter { state.sweep[$0] == nil }
        fillSweep(&state, indices: missing)
        return state
    }

    public func settings(of state: State) -> Settings { state.settings }

    public func isAnimating(_ state: State) -> Bool {
        state.replayShown != nil || state.sweep.contains { $0 == nil }
    }

    public func update(_ state: inout State, _ action: SimAction) {
        switch action {
        case .help:
            state.showHelp.toggle()
        case .reseed:
            state.resamples &+= 1
            state.replayShown = nil
            retrain(&state)
            resetSweep(&state)
        case .train:
            state.replayShown = 1
        case .tick:
            if let shown = state.replayShown, let fit = state.fit {
                let next = shown + max(1, fit.epochs.count / 25)
                state.replayShown = next >= fit.epochs.count ? nil : next
            }
            let missing = state.sweep.indices.filter { state.sweep[$0] == nil }
            if !missing.isEmpty { fillSweep(&state, indices: Array(missing.prefix(2))) }
        default:
            guard let changed = state.focus.handle(action, settings: &state.settings) else { return }
            state.replayShown = nil
            retrain(&state)
            if changed != "complexity" { resetSweep(&state) }
        }
    }

    // MARK: Training

    private func trainingSize(_ settings: Settings) -> Int {
        task.trainingSize(dataPercent: settings.int("data"))
    }

    /// Trains (or looks up) the run of the current settings and judges it.
    private func retrain(_ state: inout State) {
        let settings = state.settings
        let fit = trainedFit(degree: CurveFittingTask.degree(complexity: settings.int("complexity")),
                      regularization: settings.int("regularization"),
                      trainingSize: trainingSize(settings), seed: state.seed, curve: true)
        state.fit = fit
        state.verdict = fit.map(FitVerdict.judge) ?? .underfit
    }

    private func trainedFit(degree: Int, regularization: Int, trainingSize: Int, seed: UInt64, curve: Bool) -> CurveFit? {
        let key = FitKey(degree: degree, regularization: regularization, trainingSize: trainingSize, seed: seed, task: task)
        if let hit = fits[key], !curve || !hit.curveX.isEmpty { return hit }
        let pool = task.pool(seed: seed)
        guard let fresh = task.fit(training: pool.evenlySpaced(trainingSize), validation: task.validation(seed: seed),
                                   degree: degree, weightDecay: CurveFittingTask.weightDecay(regularization: regularization),
                                   seed: seed, curvePoints: curve ? 121 : 0) else { return nil }
        fits.store(fresh, for: key)
        return fresh
    }

    /// Points the sweep at the current (regularization, data, seed): from the cache when it
    /// was trained before, else all pending.
    private func resetSweep(_ state: inout State) {
        if let cached = sweeps[sweepKey(state)] {
            state.sweep = cached
        } else {
            state.sweep = Array(repeating: nil, count: sweepComplexities.count)
        }
    }

    private func sweepKey(_ state: State) -> SweepKey {
        SweepKey(complexities: sweepComplexities, regularization: state.settings.int("regularization"), trainingSize: trainingSize(state.settings),
                 seed: state.seed, task: task)
    }

    /// Trains the sweep points at `indices` concurrently and stores the sweep once complete.
    private func fillSweep(_ state: inout State, indices: [Int]) {
        let regularization = state.settings.int("regularization")
        let size = trainingSize(state.settings)
        let seed = state.seed
        let simulation = self
        let complexities = sweepComplexities
        let points = ParallelRuns.map(indices.count) { job in
            let complexity = complexities[indices[job]]
            let degree = CurveFittingTask.degree(complexity: complexity)
            let fit = simulation.trainedFit(degree: degree, regularization: regularization, trainingSize: size, seed: seed, curve: false)
            return ComplexitySweepPoint(complexity: complexity, degree: degree,
                                        trainLoss: fit?.finalTrainLoss ?? .nan,
                                        validationLoss: fit?.finalValidationLoss ?? .nan)
        }
        for (job, index) in indices.enumerated() { state.sweep[index] = points[job] }
        let complete = state.sweep.compactMap { $0 }
        if complete.count == state.sweep.count { sweeps.store(complete, for: sweepKey(state)) }
    }

    // MARK: Snapshot

    public func snapshot(_ state: State) -> JSONValue {
        let settings = state.settings
        let fit = state.fit
        let curves: JSONValue = .object([
            ("epoch", .numbers(fit?.epochs ?? [])),
            ("train_loss", .numbers(fit?.trainLoss ?? [])),
            ("val_loss", .numbers(fit?.validationLoss ?? [])),
        ])
        let sweep: JSONValue = .array(state.sweep.compactMap { $0 }.map { point in
            .object([
                ("complexity", .int(point.complexity)),
                ("degree", .int(point.degree)),
                ("train_loss", .number(point.trainLoss)),
                ("val_loss", .number(point.validationLoss)),
            ])
        })
        let lowest = fit?.validationLoss.filter(\.isFinite).min() ?? .nan
        return .object([
            ("complexity", .int(settings.int("complexity"))),
            ("regularization", .int(settings.int("regularization"))),
            ("data", .int(settings.int("data"))),
            ("degree", .int(CurveFittingTask.degree(complexity: settings.int("complexity")))),
            ("weight_decay", .number(CurveFittingTask.weightDecay(regularization: settings.int("regularization")))),
            ("train_size", .int(trainingSize(settings))),
            ("data_seed", .number(Double(state.seed))),
            ("curves", curves),
            ("final_train_loss", .number(fit?.finalTrainLoss ?? .nan)),
            ("final_val_loss", .number(fit?.finalValidationLoss ?? .nan)),
            ("lowest_val_loss", .number(lowest)),
            ("baseline_loss", .number(fit?.baseline ?? .nan)),
            ("verdict", .string(state.verdict.rawValue)),
            ("sweep", sweep),
            ("sweep_complete", .bool(!state.sweep.contains { $0 == nil })),
        ])
    }
}

/// One point of the complexity sweep: the final losses of a full training at that complexity.
struct ComplexitySweepPoint: Sendable, Hashable {
    var complexity: Int
    var degree: Int
    var trainLoss: Double
    var validationLoss: Double
}
