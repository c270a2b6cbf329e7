/// Everything the learner has done, across lessons: what the progress file holds.
///
/// Versioned JSON (`version` 1), keys in snake_case, written with sorted keys so the same
/// progress gives the same bytes:
/// ```json
/// {"version": 1, "lessons": {"hyperparameter-tuning": {
///    "position": {"chapter": "02-grid-vs-random", "block": 4},
///    "chapters_done": ["01-why-tune"],
///    "questions": {"why-random-wins": {"attempts": 2, "best_score": 1, "seconds": 41.5}},
///    "updated": "2026-11-24T12:33:26Z"}}}
/// ```
/// The changes below are pure; `ProgressStore` loads and saves.
public struct Progress: Codable, Equatable, Sendable {
    /// The format this build writes. A file with a larger number came from a newer `lesson`.
    public static let currentVersion = 1

    public var version: Int
    /// By lesson id.
    public var lessons: [String: LessonProgress]

    public init(lessons: [String: LessonProgress] = [:]) {
        self.version = Self.currentVersion
        self.lessons = lessons
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        version = try container.decode(Int.self, forKey: .version)
        lessons = try container.decodeIfPresent([String: LessonProgress].self, forKey: .lessons) ?? [:]
    }

    /// The lesson's progress, empty when it was never started.
    public func lesson(_ id: String) -> LessonProgress {
        lessons[id] ?? LessonProgress()
    }

    /// Where to resume `lesson`: the saved position, nil when it was never started.
    public func resumePosition(of lesson: String) -> LessonPosition? {
        lessons[lesson]?.position
    }

    /// The learner reached `position` in `lesson`.
    public mutating func move(lesson: String, to position: LessonPosition, at time: Timestamp) {
        change(lesson, at: time) { $0.position = position }
    }

    /// The learner finished `chapter` of `lesson` (listed once, in the order finished).
    public mutating func finishChapter(lesson: String, chapter: String, at time: Timestamp) {
        change(lesson, at: time) { progress in
            if !progress.chaptersDone.contains(chapter) { progress.chaptersDone.append(chapter) }
        }
    }

    /// One more answer to `question`: counts the attempt, keeps the best score (a fraction of
    /// the question's points, clamped to 0…1) and adds the time spent.
    public mutating func recordAnswer(lesson: String, question: String, score: Double, seconds: Double, at time: Timestamp) {
        change(lesson, at: time) { progress in
            var record = progress.questions[question] ?? QuestionProgress()
            record.attempts += 1
            let clamped = score.isFinite ? min(max(score, 0), 1) : 0
            record.bestScore = max(record.bestScore ?? 0, clamped)
            if seconds.isFinite, seconds > 0 { record.seconds += seconds }
            progress.questions[question] = record
        }
    }

    /// Forgets one lesson; true when there was something to forget.
    @discardableResult
    public mutating func reset(lesson: String) -> Bool {
        lessons.removeValue(forKey: lesson) != nil
    }

    /// Forgets every lesson.
    public mutating func resetAll() {
        lessons = [:]
    }

    private mutating func change(_ lesson: String, at time: Timestamp, _ body: (inout LessonProgress) -> Void) {
        var progress = lessons[lesson] ?? LessonProgress()
        body(&progress)
        progress.updated = time
        lessons[lesson] = progress
    }
}

/// One lesson's progress.
public struct LessonProgress: Codable, Equatable, Sendable {
    /// Where the learner was: resume here.
    public var position: LessonPosition?
    /// Chapter ids finished, in the order they were finished.
    public var chaptersDone: [String]
    /// By question id.
    public var questions: [String: QuestionProgress]
    /// When this lesson last changed.
    public var updated: Timestamp?

    public init(position: LessonPosition? = nil, chaptersDone: [String] = [], questions: [String: QuestionProgress] = [:], updated: Timestamp? = nil) {
        self.position = position
        self.chaptersDone = chaptersDone
        self.questions = questions
        self.updated = updated
    }

    enum CodingKeys: String, CodingKey {
        case position
        case chaptersDone = "chapters_done"
        case questions
        case updated
    }

    /// Missing fields read as empty, so a hand-edited or older file still loads.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        position = try container.decodeIfPresent(LessonPosition.self, forKey: .position)
        chaptersDone = try container.decodeIfPresent([String].self, forKey: .chaptersDone) ?? []
        questions = try container.decodeIfPresent([String: QuestionProgress].self, forKey: .questions) ?? [:]
        updated = try container.decodeIfPresent(Timestamp.self, forKey: .updated)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(position, forKey: .position)
        try container.encode(chaptersDone, forKey: .chaptersDone)
        try container.encode(questions, forKey: .questions)
        try container.encodeIfPresent(updated, forKey: .updated)
    }
}

/// A place in a lesson: a chapter (by id, e.g. `02-grid-vs-random`) and a block in it (0-based:
/// the paragraph, simulation or question the player shows in turn).
public struct LessonPosition: Codable, Hashable, Sendable {
    public var chapter: String
    public var block: Int

    public init(chapter: String, block: Int = 0) {
        self.chapter = chapter
        self.block = max(0, block)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        chapter = try container.decode(String.self, forKey: .chapter)
        block = max(0, try container.decodeIfPresent(Int.self, forKey: .block) ?? 0)
    }
}

/// How a question went.
public struct QuestionProgress: Codable, Equatable, Sendable {
    /// Answers given.
    public var attempts: Int
    /// The best score so far as a fraction of the question's points (0…1); nil before any.
    public var bestScore: Double?
    /// Time spent answering, in seconds, summed over attempts.
    public var seconds: Double

    public init(attempts: Int = 0, bestScore: Double? = nil, seconds: Double = 0) {
        self.attempts = attempts
        self.bestScore = bestScore
        self.seconds = seconds
    }

    enum CodingKeys: String, CodingKey {
        case attempts
        case bestScore = "best_score"
        case seconds
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        attempts = max(0, try container.decodeIfPresent(Int.self, forKey: .attempts) ?? 0)
        bestScore = try container.decodeIfPresent(Double.self, forKey: .bestScore)
        seconds = max(0, try container.decodeIfPresent(Double.self, forKey: .seconds) ?? 0)
    }
}

extension Timestamp: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let value = Timestamp(iso8601: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "'\(text)' is not a time like 2026-11-24T12:33:26Z")
        }
        self = value
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso8601)
    }
}
