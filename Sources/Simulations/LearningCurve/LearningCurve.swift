import Terminal
import TrainingCore

/// Training and validation score against the size of the training set, for a chosen capacity:
/// does more data help this model?
///
/// The task is the complexity simulation's (``CurveFittingTask``: a noisy sine fitted by a
/// polynomial whose degree follows `complexity`), trained without weight decay on 10 to 320
/// points. Each size is trained on three independent data draws and the R² scores averaged, as
/// cross-validated learning curves are. A high-capacity model memorises small sets (training
/// score 1, validation far below) and the gap narrows as data grows; a tiny model's scores
/// flatten low whatever the size. The reading (``LearningCurveReading``) compares validation at
/// 40 points with validation at 320.
///
/// The 18 trainings of a capacity are cached per (degree, seed). At start they train on both
/// cores; after a key, the player's ticks train them two at a time, smallest sizes first, so a
/// key never waits. `r` draws new data (a derived seed).
public struct LearningCurve: Simulation {
    public static let id = "learning-curve"
    public static let title = "Learning curve"
    public static let summary = "Training and validation score against training-set size for a chosen capacity: would more data help?"

    /// The training-set sizes of the curve.
    static let sizes = [10, 20, 40, 80, 160, 320]
    /// The size the reading starts from ("a small data set").
    static let referenceSize = 40
    /// Independent data draws averaged per size.
    static let repeats = 3

    /// The task (the pool holds the largest size); tests make it smaller for debug builds.
    var task: CurveFittingTask
    private let cache = TrainingResultCache<CacheKey, [LearningCurvePoint]>(capacity: 64)

    public init() {
        var task = CurveFittingTask()
        task.poolSize = Self.sizes.last ?? 320
        self.task = task
    }

    public var parameters: [ParameterSpec] {
        [
            .integer("complexity", 1...100, default: 90, step: 5,
                     help: "Model capacity: the degree of the fitted polynomial grows from 1 to 20 (as in the complexity simulation)."),
        ]
    }

    public struct State: Sendable {
        public internal(set) var settings: Settings
        var focus = ControlFocus()
        let baseSeed: UInt64
        var resamples: UInt64 = 0
        /// One slot per (size, repeat), size-major; nil while still to be trained.
        var runs: [LearningCurvePoint?]
        var showHelp = false

        var seed: UInt64 { Complexity.derivedSeed(baseSeed, resamples) }
    }

    struct CacheKey: Hashable, Sendable {
        var degree: Int
        var seed: UInt64
        var task: CurveFittingTask
    }

    public func initialState(_ settings: Settings, seed: UInt64) -> State {
        var state = State(settings: settings, baseSeed: seed, runs: [])
        load(&state)
        train(&state, jobs: state.runs.indices.filter { state.runs[$0] == nil })
        return state
    }

    public func settings(of state: State) -> Settings { state.settings }

    public func isAnimating(_ state: State) -> Bool { state.runs.contains { $0 == nil } }

    public func update(_ state: inout State, _ action: SimAction) {
        switch action {
        case .help:
            state.showHelp.toggle()
        case .reseed:
            state.resamples &+= 1
            load(&state)
        case .tick:
            let missing = state.runs.indices.filter { state.runs[$0] == nil }
            if !missing.isEmpty { train(&state, jobs: Array(missing.prefix(2))) }
        default:
            guard state.focus.handle(action, settings: &state.settings) != nil else { return }
            load(&state)
        }
    }

    // MARK: Training

    private func degree(_ state: State) -> Int {
        CurveFittingTask.degree(complexity: state.settings.int("complexity"))
    }

    private func key(_ state: State) -> CacheKey {
        CacheKey(degree: degree(state), seed: state.seed, task: task)
    }

    /// The runs of the current capacity and seed from the cache, or all pending.
    private func load(_ state: inout State) {
        if let cached = cache[key(state)] {
            state.runs = cached
        } else {
            state.runs = Array(repeating: nil, count: Self.sizes.count * Self.repeats)
        }
    }

    /// The seed of data draw `repeatIndex`.
    static func drawSeed(_ seed: UInt64, _ repeatIndex: Int) -> UInt64 {
        SplitMix64.mix(seed ^ (0xA076_1D64_78BD_642F &* UInt64(repeatIndex + 1)))
    }

    /// Trains the runs at `jobs` concurrently; stores the curve once every run is done.
    private func train(_ state: inout State, jobs: [Int]) {
        let degree = degree(state)
        let seed = state.seed
        let task = self.task
        let results = ParallelRuns.map(jobs.count) { job in
            let slot = jobs[job]
            let size = Self.sizes[slot / Self.repeats]
            let draw = Self.drawSeed(seed, slot % Self.repeats)
            return LearningCurvePoint.train(task: task, pool: task.pool(seed: draw), validation: task.validation(seed: draw),
                                            size: size, degree: degree, seed: draw)
        }
        for (job, slot) in jobs.enumerated() { state.runs[slot] = results[job] }
        let done = state.runs.compactMap { $0 }
        if done.count == state.runs.count { cache.store(done, for: key(state)) }
    }

    /// The averaged points of the sizes whose draws are all trained, in increasing size.
    func averagedPoints(_ state: State) -> [LearningCurvePoint] {
        var out: [LearningCurvePoint] = []
        for (index, size) in Self.sizes.enumerated() {
            let draws = state.runs[(index * Self.repeats)..<((index + 1) * Self.repeats)].compactMap { $0 }
            guard draws.count == Self.repeats else { continue }
            var train = 0.0, validation = 0.0
            for draw in draws {
                train += draw.trainScore
                validation += draw.validationScore
            }
            out.append(LearningCurvePoint(size: size, trainScore: train / Double(Self.repeats),
                                          validationScore: validation / Double(Self.repeats)))
        }
        return out
    }

    // MARK: Snapshot

    public func snapshot(_ state: State) -> JSONValue {
        let points = averagedPoints(state)
        let reading = LearningCurveReading.read(points, referenceSize: Self.referenceSize)
        return .object([
            ("complexity", .int(state.settings.int("complexity"))),
            ("degree", .int(degree(state))),
            ("sizes", .integers(points.map(\.size))),
            ("train_score", .numbers(points.map(\.trainScore))),
            ("val_score", .numbers(points.map(\.validationScore))),
            ("gap", .numbers(points.map(\.gap))),
            ("more_data_helps", reading.map { .bool($0.moreDataHelps) } ?? .null),
            ("reading", reading.map { .string($0.rawValue) } ?? .null),
            ("reference_size", .int(Self.referenceSize)),
            ("repeats", .int(Self.repeats)),
            ("score", .string("r2")),
            ("data_seed", .number(Double(state.seed))),
            ("complete", .bool(!state.runs.contains { $0 == nil })),
        ])
    }
}
