import Course

/// Grades every question's reference answer for `lesson check`: it must score full marks.
///
/// Also grades the wrong choices of single-choice questions (each must score 0) and, for text
/// questions, checks that every accepted answer passes. Sim-tasks run through `runner`; with
/// none they are not run (the structural checks still apply).
public struct GraderReferenceVerifier: ReferenceAnswerVerifier {
    public var runner: (any SimTaskRunner)?

    public init(runner: (any SimTaskRunner)? = nil) {
        self.runner = runner
    }

    public func problems(withReferenceAnswerOf question: Question, in quiz: Quiz) -> [ReferenceAnswerProblem] {
        if case .simTask = question.kind, runner == nil { return [] }
        var problems: [ReferenceAnswerProblem] = []
        if let reference = ReferenceAnswer.value(for: question) {
            let grade = QuizGrader.grade(reference, to: question, runner: runner)
            if !grade.isFullMarks {
                var message = "the reference answer \(reference.displayText) scores \(NumberFormatting.points(grade.points)) of \(NumberFormatting.points(grade.maxPoints)) points"
                if !grade.feedback.isEmpty { message += " (\(grade.feedback.joined(separator: "; ")))" }
                problems.append(ReferenceAnswerProblem(severity: .error, message: message))
            }
        }
        if case .text(let text) = question.kind {
            for accepted in text.accept.dropFirst() {
                let grade = QuizGrader.grade(.scalar(accepted), to: question)
                if !grade.isFullMarks {
                    problems.append(ReferenceAnswerProblem(severity: .error, message: "accepted answer '\(accepted)' does not score full marks"))
                }
            }
        }
        if question.points == 0 {
            problems.append(ReferenceAnswerProblem(severity: .warning, message: "the question is worth 0 points"))
        }
        return problems
    }
}
