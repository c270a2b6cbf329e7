/// Runs a question's reference answer through the grader for `lesson check`.
///
/// Course cannot import Grading (Grading depends on Course), so the grader is injected:
/// Grading's `GraderReferenceVerifier` conforms.
public protocol ReferenceAnswerVerifier: Sendable {
    /// What is wrong with the reference answer of `question` (it must score full marks);
    /// empty when nothing is.
    func problems(withReferenceAnswerOf question: Question, in quiz: Quiz) -> [ReferenceAnswerProblem]
}

/// One finding about a reference answer.
public struct ReferenceAnswerProblem: Sendable, Hashable {
    public var severity: Diagnostic.Severity
    public var message: String

    public init(severity: Diagnostic.Severity, message: String) {
        self.severity = severity
        self.message = message
    }
}
