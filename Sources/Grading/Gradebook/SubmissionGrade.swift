/// One row of a gradebook: a submission's grades, or why it could not be graded.
public struct SubmissionGrade: Sendable {
    public enum Outcome: Sendable {
        /// One grade per question of the quiz, in quiz order.
        case graded([QuestionGrade])
        /// The reason the file could not be read or graded.
        case unreadable(String)
    }

    public var file: String
    /// The student's name (the file stem when the submission gives none).
    public var student: String
    /// The quiz id the submission names (or the graded quiz's).
    public var quiz: String
    public var outcome: Outcome
    /// Remarks about the submission as a whole (unknown question ids, no student name).
    public var notes: [String]

    public init(file: String, student: String, quiz: String, outcome: Outcome, notes: [String] = []) {
        self.file = file
        self.student = student
        self.quiz = quiz
        self.outcome = outcome
        self.notes = notes
    }

    /// The grades of a graded submission (empty when unreadable).
    public var questions: [QuestionGrade] {
        if case .graded(let grades) = outcome { return grades }
        return []
    }

    public var error: String? {
        if case .unreadable(let reason) = outcome { return reason }
        return nil
    }

    /// The notes a gradebook shows: the submission's own, then each answer's notes (`t: 'seed'
    /// cannot be changed in this task; it was ignored`) and one per answer that could not be
    /// graded as given (`n: give one number; scored 0`).
    public var notesToShow: [String] {
        notes + questions.flatMap { grade in
            grade.notes.map { "\(grade.questionID): \($0)" }
                + (grade.unusable.map { ["\(grade.questionID): \($0); scored 0"] } ?? [])
        }
    }

    public var score: Double { questions.reduce(0) { $0 + $1.points } }
    public var maxScore: Double { questions.reduce(0) { $0 + $1.maxPoints } }

    /// Score as a percentage of the maximum (0 when the maximum is 0).
    public var percent: Double { maxScore > 0 ? score / maxScore * 100 : 0 }
}
