import Course
import Grading
@testable import Runtime

/// A learner who knows every answer: the lines to type to play a chapter to its end, giving
/// each question its reference answer, as a piped script would.
enum ReferenceLearner {
    /// What to type for `question`'s reference answer at the prompt.
    static func typed(_ question: Question) -> String {
        switch ReferenceAnswer.value(for: question) {
        case let .scalar(text)?: return text
        case let .list(items)?: return items.map(\.displayText).joined(separator: ", ")
        case let .map(entries)?:
            let separator = { if case .simTask = question.kind { return " " } else { return ", " } }()
            return entries.map { "\($0.key)=\($0.value.displayText)" }.joined(separator: separator)
        case nil: return "skip"
        }
    }

    /// The lines for one chapter: Enter at pauses, answers at questions, Enter at the end.
    static func script(steps: [ChapterStep], quiz: Quiz?, isLast: Bool) -> [String] {
        var lines: [String] = []
        var asked: Set<String> = []
        for step in steps {
            switch step {
            case .pause: lines.append("")
            case let .question(id):
                asked.insert(id)
                if let question = quiz?.question(id) { lines.append(typed(question)) }
            case .quiz:
                for question in quiz?.questions ?? [] where !asked.contains(question.id) {
                    asked.insert(question.id)
                    lines.append(typed(question))
                }
            default: break
            }
        }
        if !isLast { lines.append("") }
        return lines
    }
}
