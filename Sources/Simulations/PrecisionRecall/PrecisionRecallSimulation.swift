import Terminal
import TrainingCore

/// The threshold trade-off: a real classifier's scores on held-out data, a threshold the
/// learner moves (a score at or above it is predicted positive), and the precision, recall
/// and F1 it gives, on the precision-recall curve.
///
/// Every number comes from the training core's ``BinaryScores`` (scikit-learn's
/// `precision_recall_curve` and zero_division = 0) over the scores of ``ScoredTestSet``. ←/→
/// move the threshold by 0.05; `r` draws new data and retrains (a few milliseconds).
public struct PrecisionRecallSimulation: Simulation {
    public static let id = "precision-recall"
    public static let title = "Precision and recall: one threshold, two numbers"
    public static let summary = "Move the decision threshold of a trained classifier; watch precision, recall, F1 and the PR curve."

    /// Training steps of the classifier.
    var trainingSteps = 300

    public init() {}

    public var parameters: [ParameterSpec] {
        [
            .number("threshold", 0...1, default: 0.5, step: 0.05,
                    help: "A held-out row whose score is at or above the threshold is predicted positive."),
        ]
    }

    public struct State: Sendable {
        public internal(set) var settings: Settings
        var focus = ControlFocus()
        var sampleSeed: UInt64
        var showHelp = false
        var scored: ScoredTestSet
        /// The core's view of the scores (nil only if the core refused them).
        var binary: BinaryScores?
        var curve: PrecisionRecallCurve?
        /// Counts and scores at the current threshold (nil only without scores).
        var atThreshold: ThresholdMetrics?
    }

    public func settings(of state: State) -> Settings { state.settings }

    public func initialState(_ settings: Settings, seed: UInt64) -> State {
        let scored = ScoredTestSet(seed: seed, steps: trainingSteps)
        let binary = try? BinaryScores(truth: scored.labels, scores: scored.scores)
        let threshold = settings.double("threshold")
        return State(settings: settings, sampleSeed: seed, scored: scored, binary: binary,
                     curve: binary?.precisionRecallCurve(),
                     atThreshold: Self.metrics(binary, threshold: threshold))
    }

    public func update(_ state: inout State, _ action: SimAction) {
        switch action {
        case .help:
            state.showHelp.toggle()
        case .reseed:
            state.sampleSeed &+= 1
            state.scored = ScoredTestSet(seed: state.sampleSeed, steps: trainingSteps)
            state.binary = try? BinaryScores(truth: state.scored.labels, scores: state.scored.scores)
            state.curve = state.binary?.precisionRecallCurve()
            state.atThreshold = Self.metrics(state.binary, threshold: state.settings.double("threshold"))
        default:
            guard state.focus.handle(action, settings: &state.settings) == "threshold" else { return }
            // Keep the threshold on the 0.01 grid (0.35, not 0.35000000000000003).
            let threshold = (state.settings.double("threshold") * 100).rounded() / 100
            state.settings["threshold"] = .number(threshold)
            state.atThreshold = Self.metrics(state.binary, threshold: threshold)
        }
    }

    static func metrics(_ binary: BinaryScores?, threshold: Double) -> ThresholdMetrics? {
        binary?.metrics(atThreshold: threshold)
    }

    /// The threshold (among the curve's) with the highest F1, and that F1.
    static func bestF1(_ curve: PrecisionRecallCurve?) -> (threshold: Double, f1: Double)? {
        guard let curve else { return nil }
        var best: (Double, Double)?
        for (index, threshold) in curve.thresholds.enumerated() {
            let p = curve.precision[index], r = curve.recall[index]
            let f1 = p + r > 0 ? 2 * p * r / (p + r) : 0
            if f1 > (best?.1 ?? -1) { best = (threshold, f1) }
        }
        return best
    }

    public func snapshot(_ state: State) -> JSONValue {
        let m = state.atThreshold
        let best = Self.bestF1(state.curve)
        func value(_ x: Double?) -> JSONValue { x.map { .number($0) } ?? .null }
        return .object([
            ("threshold", .number(state.settings.double("threshold"))),
            ("precision", value(m?.precision)),
            ("recall", value(m?.recall)),
            ("f1", value(m?.f1)),
            ("true_positives", value(m.map { Double($0.truePositives) })),
            ("false_positives", value(m.map { Double($0.falsePositives) })),
            ("false_negatives", value(m.map { Double($0.falseNegatives) })),
            ("true_negatives", value(m.map { Double($0.trueNegatives) })),
            ("positives", .int(state.scored.labels.filter { $0 == 1 }.count)),
            ("labels", .integers(state.scored.labels)),
            ("scores", .numbers(state.scored.scores)),
            ("curve", .object([
                ("precision", .numbers(state.curve?.precision ?? [])),
                ("recall", .numbers(state.curve?.recall ?? [])),
                ("thresholds", .numbers(state.curve?.thresholds ?? [])),
            ])),
            ("average_precision", state.binary.map { .number($0.averagePrecision()) } ?? .null),
            ("best_f1", best.map { .object([("threshold", .number($0.threshold)), ("f1", .number($0.f1))]) } ?? .null),
            ("model", .object([
                ("steps", .int(state.scored.steps)),
                ("failure", state.scored.failure.map { .string($0) } ?? .null),
            ])),
            ("seed", .integer(state.sampleSeed)),
        ])
    }
}
