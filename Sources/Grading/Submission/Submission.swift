/// One student's answers to a quiz, as read from a submission file (YAML or JSON).
public struct Submission: Sendable {
    /// The file it came from, as shown in the gradebook.
    public var path: String
    /// The quiz id the submission names, if any.
    public var quiz: String?
    public var student: String?
    /// Answers by question id, in written order; unanswered (null) questions are left out.
    public var answers: [AnswerEntry]

    public init(path: String, quiz: String?, student: String?, answers: [AnswerEntry]) {
        self.path = path
        self.quiz = quiz
        self.student = student
        self.answers = answers
    }

    /// The file name without folder and extension: the student's name when none is given.
    public var fileStem: String {
        var name = path.split(separator: "/").last.map(String.init) ?? path
        if let dot = name.lastIndex(of: "."), dot != name.startIndex { name = String(name[..<dot]) }
        return name
    }
}
