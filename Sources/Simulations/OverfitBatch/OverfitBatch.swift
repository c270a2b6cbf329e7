import Foundation
import Terminal
import TrainingCore

/// Step 1 of the debugging triage: can the network memorise one small batch?
///
/// The learner plants a bug (`none`, `wrong-loss`, `shuffled-labels`, `zero-lr`,
/// `frozen-layer`, `no-zero-grad`) and reads the training loss of 300 steps on one batch of 32
/// points (log scale) against the pass line; ``OverfitBatchRecipe`` documents the run and the
/// pass rule. The first frame shows a finished run (cached per bug and seed); `t` retrains it
/// animated, a few real steps per tick; `r` draws a new batch and initialisation.
public struct OverfitBatch: Simulation {
    public static let id = "overfit-batch"
    public static let title = "Overfit one batch"
    public static let summary = "Plant a bug, train on one batch of 32 points, and see whether the loss reaches zero."

    var recipe = OverfitBatchRecipe()
    /// Finished runs by bug and seed, shared by the sessions of this simulation value.
    let cache = TrainingResultCache<Key, [Double]>(capacity: 64)
    /// The cross-entropy of a 50/50 guess on two classes, ln 2.
    static let guessingLoss = 0.6931471805599453
    /// Real training steps per animation tick.
    static let stepsPerTick = 10

    public init() {}

    init(recipe: OverfitBatchRecipe) { self.recipe = recipe }

    public var parameters: [ParameterSpec] {
        [
            .choice("bug", OverfitBatchBug.allCases.map(\.rawValue), default: "none",
                    help: "The planted bug: none, wrong-loss, shuffled-labels, zero-lr, frozen-layer, no-zero-grad."),
        ]
    }

    public struct State: Sendable {
        public var settings: Settings
        var focus = ControlFocus()
        let seed: UInt64
        var reseeds: UInt64 = 0
        /// The loss at every step so far.
        var losses: [Double] = []
        /// The run being animated, or nil when the losses are a finished run.
        var running: Trainer<Float>?
        var failure: String?
        var showHelp = false

        var drawSeed: UInt64 { seed &+ reseeds }
        var bug: OverfitBatchBug { OverfitBatchBug(rawValue: settings.choice("bug")) ?? .none }
    }

    public func initialState(_ settings: Settings, seed: UInt64) -> State {
        var state = State(settings: settings, seed: seed)
        finish(&state)
        return state
    }

    public func settings(of state: State) -> Settings { state.settings }

    public func isAnimating(_ state: State) -> Bool { state.running != nil }

    /// Shows the finished run for the current settings (trained once, then cached).
    private func finish(_ state: inout State) {
        state.running = nil
        let key = Key(bug: state.bug, seed: state.drawSeed)
        if let losses = cache.value(for: key) {
            state.losses = losses
            state.failure = nil
            return
        }
        do {
            var trainer = try recipe.trainer(bug: state.bug, seed: state.drawSeed)
            trainer.run(steps: recipe.steps)
            state.losses = trainer.history.trainLoss
            state.failure = nil
            cache.store(state.losses, for: key)
        } catch {
            state.losses = []
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
            do {
                state.running = try recipe.trainer(bug: state.bug, seed: state.drawSeed)
                state.losses = []
            } catch {
                state.failure = "\(error)"
            }
        case .tick:
            guard var trainer = state.running else { return }
            let left = recipe.steps - trainer.stepCount
            let done = trainer.run(steps: min(Self.stepsPerTick, max(0, left)))
            state.losses = trainer.history.trainLoss
            state.running = done == 0 || trainer.stepCount >= recipe.steps || !trainer.status.isRunning ? nil : trainer
        default:
            if state.focus.handle(action, settings: &state.settings) != nil { finish(&state) }
        }
    }

    /// Whether the shown run is finished and under the threshold.
    func passed(_ state: State) -> Bool {
        state.running == nil && !state.losses.isEmpty && OverfitBatchRecipe.passed(state.losses)
    }

    public func snapshot(_ state: State) -> JSONValue {
        .object([
            ("bug", .string(state.bug.rawValue)),
            ("loss", .numbers(state.losses)),
            ("passed", .bool(passed(state))),
            ("final_loss", .number(OverfitBatchRecipe.finalLoss(state.losses))),
            ("threshold", .number(OverfitBatchRecipe.threshold)),
            ("steps", .int(state.losses.count)),
            ("batch_size", .int(recipe.points)),
            ("running", .bool(state.running != nil)),
        ])
    }

    // MARK: - Drawing

    /// What the curve shows, read from the losses.
    func reading(_ state: State) -> String {
        if let failure = state.failure { return "Could not train: \(failure)" }
        let losses = state.losses
        guard let first = losses.first else { return "Press t to train on one batch." }
        if state.running != nil {
            return "Training… step \(losses.count) of \(recipe.steps), loss \(NumberText.short(losses.last ?? .nan))."
        }
        let final = OverfitBatchRecipe.finalLoss(losses)
        let line = NumberText.short(OverfitBatchRecipe.threshold)
        if let bad = losses.firstIndex(where: { !$0.isFinite }) {
            return "FAILED: the loss became \(NumberText.short(losses[bad])) at step \(bad + 1); a correct loop never blows up on one batch."
        }
        if passed(state) {
            return "PASSED: the loss fell from \(NumberText.short(first)) to \(NumberText.short(final)) (< \(line)); the model, loss and update can memorise a batch."
        }
        let lowest = losses.min() ?? final
        if abs(final - first) <= 0.01 * abs(first) {
            return "FAILED: the loss never moved from \(NumberText.short(first)); nothing is being learned."
        }
        let recent = losses.suffix(100)
        if let low = recent.min(), let high = recent.max(), low > 0, high / low > 3 {
            return "FAILED: the loss swings between \(NumberText.short(low)) and \(NumberText.short(high)) instead of settling; the updates overshoot."
        }
        if abs(final - Self.guessingLoss) < 0.05 {
            return "FAILED: the loss sits at \(NumberText.short(final)), the loss of guessing (ln 2 ≈ 0.69): inputs and labels carry no learnable link."
        }
        if lowest < OverfitBatchRecipe.threshold {
            return "FAILED: the loss touched \(NumberText.short(lowest)) but would not stay there (last steps \(NumberText.short(final)))."
        }
        return "FAILED: the loss fell from \(NumberText.short(first)) and stalls at \(NumberText.short(final)), far above \(line): 32 points cannot be memorised like this."
    }

    public func view(_ state: State, size: ViewSize, theme: Theme) -> Frame {
        let chrome = SimulationChrome(
            title: Self.title, settings: state.settings, focus: state.focus.index, reading: reading(state),
            keyHelp: "←/→ Space plant a bug  t train again  r new batch  ? what the bug is  q done")
        return chrome.frame(size: size, theme: theme) { width, height in
            body(state, width: width, height: height, theme: theme)
        }
    }

    private func body(_ state: State, width: Int, height: Int, theme: Theme) -> Frame {
        let steps = Double(recipe.steps)
        let x = state.losses.indices.map { Double($0 + 1) }
        let line = OverfitBatchRecipe.threshold
        let plot = LinePlot(
            title: "training loss on one batch of \(recipe.points) (log scale)",
            series: [
                LinePlot.Series("loss", x: x, y: state.losses),
                LinePlot.Series("pass line \(NumberText.short(line))", x: [1, steps], y: [line, line], role: .good),
            ],
            logY: true, xRange: 1...steps, xLabel: "step")
        var status = StyledText()
        if state.running == nil, !state.losses.isEmpty {
            let ok = passed(state)
            status.append((ok ? theme.symbols.check + " PASSED" : theme.symbols.cross + " FAILED"),
                          style: theme.style(ok ? .good : .bad, bold: true))
            status.append("  mean loss of the last \(OverfitBatchRecipe.tailSteps) steps "
                          + NumberText.short(OverfitBatchRecipe.finalLoss(state.losses))
                          + (ok ? " < " : SimulationChrome.text(" ≥ ", theme: theme)) + NumberText.short(line), style: theme.style(.text))
        }
        var below: [Frame] = []
        if !status.isEmpty { below.append(Paragraph(status).rendered(width: width, theme: theme)) }
        if state.showHelp {
            below.append(Paragraph("bug \(state.bug.rawValue): " + state.bug.explanation, style: theme.style(.muted))
                .rendered(width: width, theme: theme))
        }
        let belowHeight = below.reduce(0) { $0 + $1.height }
        let plotHeight = max(8, min(height - belowHeight, 22))
        return Frame.stacked([plot.rendered(width: width, height: plotHeight, theme: theme)] + below, width: width)
    }

    // MARK: - Cache

    struct Key: Hashable, Sendable {
        var bug: OverfitBatchBug
        var seed: UInt64
    }
}
