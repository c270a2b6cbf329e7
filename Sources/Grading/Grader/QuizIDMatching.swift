/// Which quiz ids a submission may name to be graded against a quiz.
///
/// A quiz of a course has a real id (`lesson/NN-slug`, from its place under `Quizzes/`), and a
/// submission must name exactly it. A quiz file outside a course has no id of its own, only
/// its file stem: a copy of `Quizzes/my-lesson/01-introduction.yaml` saved as
/// `/tmp/01-introduction.yaml` accepts submissions for `my-lesson/01-introduction`.
public enum QuizIDMatching: Sendable, Hashable {
    /// The submission's quiz id must equal the quiz's.
    case exact
    /// The quiz's id is a file stem: a submission's id matches when it is that stem or ends
    /// with `/` and that stem.
    case fileStem

    /// Whether a submission naming quiz `submitted` is for the quiz with id `quizID`.
    public func accepts(_ submitted: String, quizID: String) -> Bool {
        switch self {
        case .exact: submitted == quizID
        case .fileStem: submitted == quizID || submitted.hasSuffix("/" + quizID)
        }
    }
}
