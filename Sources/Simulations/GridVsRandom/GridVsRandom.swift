import Terminal
import TrainingCore

/// Grid search against random search with the same budget on a landscape of real trainings
/// (Bergstra & Bengio 2012): random search tries as many learning rates as it has trials, the
/// grid only √trials of them, and the learning rate is what matters.
///
/// The landscape (``HyperparameterLandscape``: 32 × 12 trainings) is trained once per seed on
/// every core and cached. Trials (``SearchPlan``) are valued at the landscape's nearest cell,
/// so changing the budget, the mode, the repeats or drawing new random samples (`r`) costs
/// only look-ups. With `repeats` > 0, the random search is redrawn that many times (sampler
/// seeds derived from the seed) on the same landscape against the same grid, and the snapshot
/// counts how often random's best beats grid's best.
public struct GridVsRandom: Simulation {
    public static let id = "grid-vs-random"
    public static let title = "Grid search vs random search"
    public static let summary = "Same budget, two searches over learning rate × weight decay on a landscape of real trainings: random tries more learning rates."

    /// How the landscape is trained; tests make it smaller for debug builds.
    var plan = HyperparameterLandscape.Plan()
    private let landscapes = TrainingResultCache<LandscapeKey, HyperparameterLandscape>(capacity: 8)

    public init() {}

    public var parameters: [ParameterSpec] {
        [
            .integer("trials", 4...64, default: 16,
                     help: "The budget: trainings each search may run (the grid uses the largest k×k that fits)."),
            .choice("mode", ["grid", "random", "both"], default: "both",
                    help: "Which search to show on the landscape."),
            .integer("repeats", 0...500, default: 0, step: 50,
                     help: "Redraw the random search this many times and count how often it beats the grid (0: off)."),
        ]
    }

    public struct State: Sendable {
        public internal(set) var settings: Settings
        var focus = ControlFocus()
        let seed: UInt64
        /// How many times `r` drew new random samples.
        var draws: UInt64 = 0
        let landscape: HyperparameterLandscape
        var grid: [SearchTrial] = []
        var random: [SearchTrial] = []
        var repeated: RepeatedSearches?
        var showHelp = false
    }

    /// The outcome of redrawing the random search `runs` times against the fixed grid.
    struct RepeatedSearches: Sendable, Hashable {
        var runs: Int
        var randomWins: Int
        var ties: Int
        var gridWins: Int { runs - randomWins - ties }
    }

    struct LandscapeKey: Hashable, Sendable {
        var seed: UInt64
        var plan: HyperparameterLandscape.Plan
    }

    public func initialState(_ settings: Settings, seed: UInt64) -> State {
        let plan = self.plan
        let landscape = landscapes.value(for: LandscapeKey(seed: seed, plan: plan)) {
            HyperparameterLandscape.train(seed: seed, plan: plan)
        }
        var state = State(settings: settings, seed: seed, landscape: landscape)
        search(&state)
        return state
    }

    public func settings(of state: State) -> Settings { state.settings }

    public func update(_ state: inout State, _ action: SimAction) {
        switch action {
        case .help:
            state.showHelp.toggle()
        case .reseed:
            state.draws &+= 1
            search(&state)
        default:
            guard state.focus.handle(action, settings: &state.settings) != nil else { return }
            search(&state)
        }
    }

    /// The seed of the random sampler for draw number `draw`.
    static func samplerSeed(_ seed: UInt64, draw: UInt64) -> UInt64 {
        SplitMix64.mix((seed ^ 0x5EA2_C4A1_D0E5_7A11) &+ draw)
    }

    /// The seed of repeat number `index` (independent of the draws `r` makes).
    static func repeatSeed(_ seed: UInt64, index: Int) -> UInt64 {
        SplitMix64.mix((seed ^ 0x2E9E_A7ED_0B5C_1D3F) &+ UInt64(index))
    }

    /// Both searches (and the repeats) at the current settings: look-ups on the landscape.
    private func search(_ state: inout State) {
        let trials = state.settings.int("trials")
        state.grid = SearchPlan.grid(trials: trials, on: state.landscape)
        state.random = SearchPlan.random(trials: trials, seed: Self.samplerSeed(state.seed, draw: state.draws), on: state.landscape)
        let runs = state.settings.int("repeats")
        guard runs > 0 else {
            state.repeated = nil
            return
        }
        let gridBest = SearchPlan.best(state.grid)?.loss ?? .infinity
        var wins = 0, ties = 0
        for index in 0..<runs {
            let draw = SearchPlan.random(trials: trials, seed: Self.repeatSeed(state.seed, index: index), on: state.landscape)
            let best = SearchPlan.best(draw)?.loss ?? .infinity
            if best < gridBest { wins += 1 } else if best == gridBest { ties += 1 }
        }
        state.repeated = RepeatedSearches(runs: runs, randomWins: wins, ties: ties)
    }

    // MARK: Snapshot

    public func snapshot(_ state: State) -> JSONValue {
        let landscape = state.landscape
        let best = landscape.best
        var pairs: [(String, JSONValue)] = [
            ("trials", .int(state.settings.int("trials"))),
            ("mode", .string(state.settings.choice("mode"))),
            ("repeats", .int(state.settings.int("repeats"))),
            ("evaluation", .string("nearest-landscape-cell")),
            ("landscape", .object([
                ("lr", .numbers(landscape.learningRates)),
                ("wd", .numbers(landscape.weightDecays)),
                ("loss", .array(landscape.loss.map { .numbers($0) })),
                ("best", .object([
                    ("lr", .number(landscape.learningRates[best.learningRateCell])),
                    ("wd", .number(landscape.weightDecays[best.weightDecayCell])),
                    ("loss", .number(best.loss)),
                ])),
            ])),
            ("grid", searchJSON(state.grid, extra: [("side", .int(SearchPlan.gridSide(trials: state.settings.int("trials"))))])),
            ("random", searchJSON(state.random, extra: [("sampler_draw", .number(Double(state.draws)))])),
            ("winner", .string(winner(state))),
        ]
        if let repeated = state.repeated {
            pairs.append(("repeated", .object([
                ("runs", .int(repeated.runs)),
                ("random_wins", .int(repeated.randomWins)),
                ("ties", .int(repeated.ties)),
                ("grid_wins", .int(repeated.gridWins)),
            ])))
        }
        return .object(pairs)
    }

    private func searchJSON(_ trials: [SearchTrial], extra: [(String, JSONValue)]) -> JSONValue {
        let best = SearchPlan.best(trials)
        return .object([
            ("trials", .array(trials.map(trialJSON))),
            ("unique_lr", .int(SearchPlan.distinctLearningRates(trials))),
            ("unique_lr_cells", .int(SearchPlan.distinctLearningRateCells(trials))),
            ("best_loss", .number(best?.loss ?? .nan)),
            ("best", best.map(trialJSON) ?? .null),
        ] + extra)
    }

    private func trialJSON(_ trial: SearchTrial) -> JSONValue {
        .object([("lr", .number(trial.learningRate)), ("wd", .number(trial.weightDecay)), ("loss", .number(trial.loss))])
    }

    /// Which search found the lower loss this time: "random", "grid" or "tie".
    func winner(_ state: State) -> String {
        let grid = SearchPlan.best(state.grid)?.loss ?? .infinity
        let random = SearchPlan.best(state.random)?.loss ?? .infinity
        return random < grid ? "random" : grid < random ? "grid" : "tie"
    }
}
