/// The grade of one answer to one question.
public struct QuestionGrade: Sendable {
    public var questionID: String
    /// Points given: 0…maxPoints, partial credit included.
    public var points: Double
    public var maxPoints: Double
    /// The answer as submitted; nil when the question was not answered.
    public var given: AnswerValue?
    /// What full marks look like, for people: `b`, `[a, c]`, `9 ± 0.5`, `diagnosis = healthy`.
    public var expected: String
    /// The picked choices' feedback, and notes about the answer (wrong shape, unknown choice).
    public var feedback: [String]
    /// Why the answer could not be graded as given (wrong shape, not a number, an unknown
    /// choice, too long): it scored 0 for this reason, which gradebooks show as a note.
    public var unusable: String?
    /// What a gradebook should say about an answer that was graded all the same (a setting the
    /// task fixes, given and ignored). Also part of ``feedback``.
    public var notes: [String] = []

    public init(questionID: String, points: Double, maxPoints: Double, given: AnswerValue?, expected: String,
                feedback: [String]) {
        self.questionID = questionID
        self.points = points
        self.maxPoints = maxPoints
        self.given = given
        self.expected = expected
        self.feedback = feedback
    }

    /// Full marks (within rounding).
    public var isFullMarks: Bool { points >= maxPoints - 1e-9 }
}
