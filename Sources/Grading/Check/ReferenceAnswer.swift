import Course

/// The answer that should score full marks on a question (Docs/FORMATS.md): the correct
/// choice(s), `answer`, the first `accept`, the listed order, the `match`es, a sim-task's
/// `answer`. The player can show it after a question; `lesson check` grades it.
public enum ReferenceAnswer {
    /// The reference answer of `question`, or nil when the question has none (a text question
    /// with patterns only).
    public static func value(for question: Question) -> AnswerValue? {
        switch question.kind {
        case .single(let choices):
            return choices.first(where: \.isCorrect).map { .scalar($0.id) }
        case .multiple(let choices):
            if choices.contains(where: { $0.weight != nil }) {
                return .list(choices.filter { ($0.weight ?? 0) > 0 }.map { .scalar($0.id) })
            }
            return .list(choices.filter(\.isCorrect).map { .scalar($0.id) })
        case .trueFalse(let truth):
            return .scalar(truth.answer ? "true" : "false")
        case .numeric(let numeric):
            return .scalar(NumberFormatting.short(numeric.referenceValue))
        case .text(let text):
            return text.accept.first.map { .scalar($0) }
        case .order(let items):
            return .list(items.map { .scalar($0.id) })
        case .match(let match):
            return .map(match.pairs.map { AnswerEntry(key: $0.id, value: .scalar($0.match)) })
        case .simTask(let task):
            return .map(task.answer.map { AnswerEntry(key: $0.name, value: .scalar($0.value)) })
        }
    }
}
