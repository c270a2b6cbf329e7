/// A chapter's quiz: its questions and settings, parsed from a quiz YAML file.
public struct Quiz: Sendable {
    /// `lesson-id/NN-slug` for a quiz of the course; for a file elsewhere, its file stem.
    public var id: String
    /// The path of the quiz file (empty for a quiz built in memory).
    public var path: String
    /// Shown above the questions; nil means the chapter's title.
    public var title: String?
    /// Whether a learner may type `skip` (default true).
    public var allowSkip: Bool
    public var questions: [Question]
    /// Where each item of the file's `questions:` list starts, those that did not parse
    /// included, in file order: tools use them to tell which question a diagnostic is in.
    /// Empty for a quiz built in memory.
    public var itemStarts: [SourceLocation] = []

    public init(id: String, path: String = "", title: String? = nil, allowSkip: Bool = true, questions: [Question]) {
        self.id = id
        self.path = path
        self.title = title
        self.allowSkip = allowSkip
        self.questions = questions
    }

    /// The question with `id`, if any.
    public func question(_ id: String) -> Question? {
        questions.first { $0.id == id }
    }

    /// The sum of every question's points.
    public var maximumScore: Double {
        questions.reduce(0) { $0 + $1.points }
    }
}
