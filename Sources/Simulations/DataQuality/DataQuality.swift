import Terminal
import TrainingCore

/// The data pipeline raw → cleaned → augmented on two moons whose labels get worse as quality
/// drops: a real MLP is trained on each stage's data and graded on clean held-out points.
///
/// Quality 0–100 is the percent of clean labels (see ``NoisyMoons``: (100 − q)% × ½ of the
/// labels flipped, plus a few far outliers). `cleaned` runs a real cleaning method that never
/// sees the true labels (``DataCleaning``: outliers by neighbour distance, then a 21-nearest-
/// neighbour label vote); `augmented` adds two jittered copies of every cleaned point. The
/// frame shows the classifier's probability over the plane with the training points on top,
/// mislabeled points and outliers as `✕`.
///
/// The first state trains to the end. A change of quality, stage or sample (`r`) retrains
/// streamed over animation ticks (the boundary settles as it trains); finished runs are
/// cached per (quality, stage, seed), so coming back to a setting redraws at once.
public struct DataQuality: Simulation {
    public static let id = "data-quality"
    public static let title = "Data quality: raw → cleaned → augmented"
    public static let summary = "Corrupt the labels with the quality slider, clean and augment the data, and watch a trained classifier's boundary and test accuracy."

    /// Moon points in the raw training set (outliers come on top).
    var trainCount = 200
    /// Clean held-out points the test accuracy is measured on.
    var testCount = 600
    /// Training steps per run.
    var trainingSteps = 1000
    /// Steps per animation tick.
    var stepsPerTick = 50
    /// Jittered copies per cleaned point in the augmented stage.
    static let augmentationCopies = 2
    /// Standard deviation of the augmentation jitter, in feature units.
    static let augmentationJitter = 0.08

    /// Finished runs by (quality, stage, seed, sizes), shared by the states of this value.
    let finished = TrainingResultCache<String, FinishedRun>(capacity: 96)

    public init() {}

    /// The same simulation with its own, empty cache.
    func fresh() -> DataQuality {
        var copy = DataQuality()
        copy.trainCount = trainCount
        copy.testCount = testCount
        copy.trainingSteps = trainingSteps
        copy.stepsPerTick = stepsPerTick
        return copy
    }

    public var parameters: [ParameterSpec] {
        [
            .integer("quality", 0...100, default: 60, step: 10,
                     help: "Percent of labels kept as they are; the other (100 − quality)% are redrawn at random, so about half of those end up wrong, plus a few outliers."),
            .choice("stage", ["raw", "cleaned", "augmented"], default: "raw",
                    help: "Train on the raw data, on the cleaned data, or on the cleaned data plus jittered copies."),
        ]
    }

    /// What a finished training run leaves behind.
    struct FinishedRun: Sendable, Equatable {
        var map: [[Double]]
        var testAccuracy: Double
        var finalLoss: Double
        var steps: Int
    }

    /// The training data of one (quality, stage, seed), with the cleaning's record.
    struct StageData: Sendable, Equatable {
        var raw: [TrainingPoint]
        /// Nil for the raw stage.
        var cleaning: DataCleaning.Result?
        /// What the model trains on.
        var training: [TrainingPoint]
    }

    public struct State: Sendable {
        public internal(set) var settings: Settings
        var focus = ControlFocus()
        /// The seed of every random stream of the data and the training (`r` advances it).
        var sampleSeed: UInt64
        var showHelp = false
        var data: StageData
        /// P(class 1) over the plane from the current (or finished) network.
        var map: [[Double]] = []
        /// Test accuracy of the finished run; nil while training.
        var testAccuracy: Double?
        var finalLoss: Double = .nan
        /// Steps of the finished run.
        var steps = 0
        /// The run being streamed, or nil when finished.
        var training: BoundaryTraining?
        /// Set when the core refused to train.
        var failure: String?
    }

    public func settings(of state: State) -> Settings { state.settings }

    public func isAnimating(_ state: State) -> Bool { state.training != nil }

    public func initialState(_ settings: Settings, seed: UInt64) -> State {
        var state = State(settings: settings, sampleSeed: seed,
                          data: StageData(raw: [], cleaning: nil, training: []))
        prepare(&state, animated: false, retrain: false)
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
            prepare(&state, animated: true, retrain: false)
        case .train:
            prepare(&state, animated: true, retrain: true)
        default:
            if state.focus.handle(action, settings: &state.settings) != nil {
                prepare(&state, animated: true, retrain: false)
            }
        }
    }

    /// The training data for the current settings.
    func stageData(quality: Int, stage: String, seed: UInt64) -> StageData {
        let raw = NoisyMoons.training(count: trainCount, quality: quality, seed: seed)
        guard stage != "raw" else { return StageData(raw: raw, cleaning: nil, training: raw) }
        let cleaning = DataCleaning.clean(raw)
        let training = stage == "augmented"
            ? DataCleaning.augment(cleaning.kept, copies: Self.augmentationCopies, jitter: Self.augmentationJitter, seed: seed)
            : cleaning.kept
        return StageData(raw: raw, cleaning: cleaning, training: training)
    }

    func cacheKey(_ state: State) -> String {
        "\(state.settings.cacheKey);seed=\(state.sampleSeed);n=\(trainCount);test=\(testCount);steps=\(trainingSteps)"
    }

    /// Rebuilds the data and either shows the cached run, trains to the end (`animated` false),
    /// or starts a streamed run. `retrain` ignores the cache (the `t` key replays the training).
    func prepare(_ state: inout State, animated: Bool, retrain: Bool) {
        let quality = state.settings.int("quality")
        let stage = state.settings.choice("stage")
        state.data = stageData(quality: quality, stage: stage, seed: state.sampleSeed)
        state.failure = nil
        let key = cacheKey(state)
        if !retrain, let run = finished.value(for: key) {
            show(run, in: &state)
            return
        }
        guard var training = BoundaryTraining(points: state.data.training, steps: trainingSteps, seed: state.sampleSeed, key: key) else {
            state.training = nil
            state.map = []
            state.testAccuracy = nil
            state.failure = "the training core refused this data set"
            return
        }
        if animated {
            state.training = training
            state.map = training.probabilityMap()
            state.testAccuracy = nil
        } else {
            training.advance(steps: trainingSteps)
            finish(training, in: &state)
        }
    }

    /// One animation tick: a few more steps, a fresh map; at the end, the test accuracy.
    func advance(_ state: inout State) {
        guard var training = state.training else { return }
        training.advance(steps: stepsPerTick)
        if training.isFinished {
            finish(training, in: &state)
        } else {
            state.map = training.probabilityMap()
            state.finalLoss = training.recentLoss
            state.training = training
        }
    }

    func finish(_ training: BoundaryTraining, in state: inout State) {
        let run = FinishedRun(map: training.probabilityMap(),
                              testAccuracy: training.accuracy(on: NoisyMoons.test(count: testCount, seed: state.sampleSeed)),
                              finalLoss: training.recentLoss, steps: training.stepsDone)
        finished.store(run, for: training.key)
        show(run, in: &state)
    }

    func show(_ run: FinishedRun, in state: inout State) {
        state.training = nil
        state.map = run.map
        state.testAccuracy = run.testAccuracy
        state.finalLoss = run.finalLoss
        state.steps = run.steps
    }

    public func snapshot(_ state: State) -> JSONValue {
        let data = state.data
        let removed = data.cleaning.map { $0.droppedAsOutliers + $0.droppedByVote } ?? []
        return .object([
            ("quality", .int(state.settings.int("quality"))),
            ("stage", .string(state.settings.choice("stage"))),
            ("train_size", .int(data.training.count)),
            ("mislabeled", .int(data.training.filter(\.isMislabeled).count)),
            ("outliers", .int(data.training.filter(\.isOutlier).count)),
            ("test_accuracy", state.testAccuracy.map { .number($0) } ?? .null),
            ("test_size", .int(testCount)),
            ("removed", .int(removed.count)),
            ("removed_mislabeled", .int(removed.filter(\.isMislabeled).count)),
            ("removed_outliers", .int(removed.filter(\.isOutlier).count)),
            ("removed_clean", .int(removed.filter { !$0.isMislabeled && !$0.isOutlier }.count)),
            ("raw", .object([
                ("size", .int(data.raw.count)),
                ("mislabeled", .int(data.raw.filter(\.isMislabeled).count)),
                ("outliers", .int(data.raw.filter(\.isOutlier).count)),
            ])),
            ("training", .object([
                ("running", .bool(state.training != nil)),
                ("steps", .int(state.training?.stepsDone ?? state.steps)),
                ("total_steps", .int(trainingSteps)),
                ("final_loss", .number(state.finalLoss)),
                ("failure", state.failure.map { .string($0) } ?? .null),
            ])),
            ("seed", .integer(state.sampleSeed)),
        ])
    }
}
