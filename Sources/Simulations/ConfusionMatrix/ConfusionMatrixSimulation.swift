import Terminal
import TrainingCore

/// Four classes of very different support (A 700, B 200, C 80, D 20): the confusion matrix,
/// per-class precision, recall and F1, and how overall accuracy hides a failing rare class.
///
/// Two sources of predictions: `sliders` sets each class's recall directly (the misclassified
/// samples are spread evenly over the other classes, see ``SliderPredictions``); `model`
/// trains a small MLP on imbalanced Gaussian blobs, with or without class weights
/// (`reweight`), and evaluates it on a held-out set with the same supports. Every metric is
/// computed by the training core's ``ClassificationReport`` (scikit-learn semantics,
/// zero_division = 0).
public struct ConfusionMatrixSimulation: Simulation {
    public static let id = "confusion-matrix"
    public static let title = "Confusion matrix: accuracy hides a failing class"
    public static let summary = "Set per-class accuracy or train a real classifier with and without class weights; read the matrix and per-class precision, recall and F1."

    /// The class names, in matrix order.
    static let classes = ["A", "B", "C", "D"]
    /// Samples per class, in the evaluation set of both sources.
    static let supports = [700, 200, 80, 20]

    /// Added to the seed for the model source's data: with it the default seed (1) shows a
    /// typical draw (the rare class's recall well below the others without weights) rather
    /// than a lucky one. Any seed works; `r` moves to the next draws.
    static let dataSeedOffset: UInt64 = 2

    /// Training steps of the model source (tests may shrink it).
    var trainingSteps = ImbalancedClassifier.defaultSteps
    /// Finished classifiers by (reweight, seed, steps), shared by the states of this value.
    let runs = TrainingResultCache<String, ImbalancedClassifier.Run>(capacity: 16)

    public init() {}

    public var parameters: [ParameterSpec] {
        [
            .integer("acc_a", 0...100, default: 95, step: 5, help: "Recall of class A (700 samples), in percent (source=sliders)."),
            .integer("acc_b", 0...100, default: 90, step: 5, help: "Recall of class B (200 samples), in percent (source=sliders)."),
            .integer("acc_c", 0...100, default: 85, step: 5, help: "Recall of class C (80 samples), in percent (source=sliders)."),
            .integer("acc_d", 0...100, default: 70, step: 5, help: "Recall of the rare class D (20 samples), in percent (source=sliders)."),
            .choice("view", ["overall", "per-class"], default: "overall",
                    help: "Show the overall accuracy, or per-class precision, recall and F1."),
            .choice("source", ["sliders", "model"], default: "sliders",
                    help: "Predictions set by the sliders, or from a classifier trained on imbalanced data."),
            .toggle("reweight", default: false,
                    help: "source=model: weight each class's loss by √(n/(k·n_c)), so rare-class mistakes count more."),
        ]
    }

    public struct State: Sendable {
        public internal(set) var settings: Settings
        var focus: ControlFocus
        /// The seed of the model source's data, network and shuffling (`r` advances it).
        var sampleSeed: UInt64
        var showHelp = false
        /// The metrics of the current predictions.
        var report: ClassReport
        /// The trained classifier behind the report (source=model), else nil.
        var model: ImbalancedClassifier.Run?
    }

    public func settings(of state: State) -> Settings { state.settings }

    public func initialState(_ settings: Settings, seed: UInt64) -> State {
        // In model mode the control that matters is reweight: start with the focus on it.
        let focusIndex = settings.choice("source") == "model" ? 6 : 0
        var state = State(settings: settings, focus: ControlFocus(index: focusIndex), sampleSeed: seed &+ Self.dataSeedOffset,
                          report: ClassReport(empty: Self.classes), model: nil)
        recompute(&state)
        return state
    }

    public func update(_ state: inout State, _ action: SimAction) {
        switch action {
        case .help:
            state.showHelp.toggle()
        case .reseed:
            guard state.settings.choice("source") == "model" else { return }
            state.sampleSeed &+= 1
            recompute(&state)
        default:
            guard let changed = state.focus.handle(action, settings: &state.settings) else { return }
            if changed == "view" { return }
            let isModel = state.settings.choice("source") == "model"
            if changed.hasPrefix("acc_") && isModel { return }
            if changed == "reweight" && !isModel { return }
            recompute(&state)
        }
    }

    /// Rebuilds the predictions and their metrics from the settings.
    func recompute(_ state: inout State) {
        if state.settings.choice("source") == "model" {
            let run = classifier(reweight: state.settings.isOn("reweight"), seed: state.sampleSeed)
            state.model = run
            state.report = ClassReport(classes: Self.classes, truth: run.truth, predicted: run.predicted) ?? ClassReport(empty: Self.classes)
        } else {
            let recalls = ["acc_a", "acc_b", "acc_c", "acc_d"].map { state.settings.int($0) }
            let predictions = SliderPredictions(supports: Self.supports, recallPercent: recalls)
            state.model = nil
            state.report = ClassReport(classes: Self.classes, truth: predictions.truth, predicted: predictions.predicted) ?? ClassReport(empty: Self.classes)
        }
    }

    /// The classifier for `reweight` and `seed`, from the cache or trained. A first request
    /// trains both variants at once (one per core), so toggling reweight redraws at once.
    func classifier(reweight: Bool, seed: UInt64) -> ImbalancedClassifier.Run {
        func key(_ on: Bool) -> String { "reweight=\(on);seed=\(seed);steps=\(trainingSteps)" }
        if let cached = runs.value(for: key(reweight)) { return cached }
        let variants = [false, true]
        let trained = ParallelRuns.map(variants.count) { index in
            ImbalancedClassifier.run(supports: Self.supports, reweight: variants[index], seed: seed, steps: trainingSteps)
        }
        for (index, on) in variants.enumerated() { runs.store(trained[index], for: key(on)) }
        return trained[reweight ? 1 : 0]
    }

    public func snapshot(_ state: State) -> JSONValue {
        let report = state.report
        var pairs: [(String, JSONValue)] = [
            ("source", .string(state.settings.choice("source"))),
            ("view", .string(state.settings.choice("view"))),
            ("reweight", .bool(state.settings.isOn("reweight"))),
            ("classes", .strings(report.classes)),
            ("matrix", .array(report.matrix.map { .integers($0) })),
            ("per_class", .array(report.perClass.map { row in
                .object([("class", .string(row.name)), ("precision", .number(row.precision)),
                         ("recall", .number(row.recall)), ("f1", .number(row.f1)), ("support", .int(row.support))])
            })),
            ("accuracy", .number(report.accuracy)),
            ("macro_f1", .number(report.macro.f1)),
            ("weighted_f1", .number(report.weighted.f1)),
            ("macro", Self.averageJSON(report.macro)),
            ("weighted", Self.averageJSON(report.weighted)),
            ("balanced_accuracy", .number(report.balancedAccuracy)),
        ]
        if let model = state.model {
            pairs.append(("model", .object([
                ("seed", .integer(state.sampleSeed)),
                ("train_counts", .integers(model.trainCounts)),
                ("class_weights", model.classWeights.map { .numbers($0) } ?? .null),
                ("steps", .int(model.steps)),
                ("final_train_loss", .number(model.finalLoss)),
            ])))
        } else {
            pairs.append(("model", .null))
        }
        return .object(pairs)
    }

    static func averageJSON(_ average: ClassReport.Average) -> JSONValue {
        .object([("precision", .number(average.precision)), ("recall", .number(average.recall)), ("f1", .number(average.f1))])
    }
}
