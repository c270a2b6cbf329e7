import Foundation
import Terminal
import TrainingCore

/// Leslie Smith's learning-rate range test: raise the learning rate geometrically while
/// training, watch the smoothed loss fall and then blow up, and take a rate a decade below
/// where it falls fastest.
///
/// `optimizer` (sgd|adam) picks the update rule; ``LRFinderRecipe`` documents the data, the
/// network and the sweep, which is the training core's ``LearningRateFinder``. The plot shows
/// the smoothed loss against log₁₀ of the rate, with the suggestion and the
/// blow-up marked; a second panel trains at the suggested rate to show that it works.
/// Finished runs are cached per optimizer and seed; `t` replays the sweep step by step; `r`
/// draws new data and weights.
public struct LRFinder: Simulation {
    public static let id = "lr-finder"
    public static let title = "Learning-rate range test"
    public static let summary = "Sweep the learning rate from 1e-6 to 10 while training; read the suggested rate off the loss curve."

    var recipe = LRFinderRecipe()
    let cache = TrainingResultCache<Key, LRFinderRun>(capacity: 32)
    /// Sweep steps revealed per animation tick.
    static let stepsPerTick = 4

    public init() {}

    public var parameters: [ParameterSpec] {
        [
            .choice("optimizer", ["sgd", "adam"], default: "sgd",
                    help: "The update rule the sweep trains with: plain SGD or Adam."),
        ]
    }

    public struct State: Sendable {
        public var settings: Settings
        var focus = ControlFocus()
        let seed: UInt64
        var reseeds: UInt64 = 0
        var run: LRFinderRun?
        /// How many sweep steps a replay shows so far (nil: all).
        var shown: Int?
        var failure: String?
        var showHelp = false

        var drawSeed: UInt64 { seed &+ reseeds }
        var optimizerName: String { settings.choice("optimizer") }
    }

    public func initialState(_ settings: Settings, seed: UInt64) -> State {
        var state = State(settings: settings, seed: seed)
        finish(&state)
        return state
    }

    public func settings(of state: State) -> Settings { state.settings }

    public func isAnimating(_ state: State) -> Bool { state.shown != nil }

    static func optimizer(named name: String) -> Optimizer { name == "adam" ? .adamDefault : .sgd }

    private func finish(_ state: inout State) {
        state.shown = nil
        let key = Key(optimizer: state.optimizerName, seed: state.drawSeed)
        if let run = cache.value(for: key) {
            state.run = run
            state.failure = nil
            return
        }
        do {
            let run = try recipe.run(optimizer: Self.optimizer(named: state.optimizerName), seed: state.drawSeed)
            cache.store(run, for: key)
            state.run = run
            state.failure = nil
        } catch {
            state.run = nil
            state.failure = "\(error)"
        }
    }

    public func update(_ state: inout State, _ action: SimAction) {
        switch action {
        case .reseed:
            state.reseeds &+= 1
            finish(&state)
        case .help:
            state.showHelp.toggle()
        case .train:
            if state.run != nil { state.shown = 0 }
        case .tick:
            guard let shown = state.shown, let run = state.run else { return }
            let next = shown + Self.stepsPerTick
            state.shown = next >= run.report.learningRates.count ? nil : next
        default:
            if state.focus.handle(action, settings: &state.settings) != nil { finish(&state) }
        }
    }

    public func snapshot(_ state: State) -> JSONValue {
        let report = state.run?.report
        return .object([
            ("optimizer", .string(state.optimizerName)),
            ("lrs", .numbers(report?.learningRates ?? [])),
            ("losses", .numbers(report?.smoothedLosses ?? [])),
            ("raw_losses", .numbers(report?.losses ?? [])),
            ("suggested_lr", .number(report?.suggestedLearningRate ?? .nan)),
            ("min_loss_lr", .number(report?.minimumLossRate ?? .nan)),
            ("steepest_lr", .number(report?.steepestDescentRate ?? .nan)),
            ("divergence_lr", state.run?.divergenceRate.map { .number($0) } ?? .null),
            ("check", .object([
                ("lr", .number(report?.suggestedLearningRate ?? .nan)),
                ("loss", .numbers(state.run?.checkLosses ?? [])),
                ("start", .number(state.run?.checkStart ?? .nan)),
                ("end", .number(state.run?.checkEnd ?? .nan)),
            ])),
            ("replaying", .bool(state.shown != nil)),
        ])
    }

    // MARK: - Cache

    struct Key: Hashable, Sendable {
        var optimizer: String
        var seed: UInt64
    }

}
