import Course

/// Turns what a learner types at the quiz prompt into an ``AnswerValue`` for the grader and
/// the submission file.
///
/// `a, c` or `a c` for several choices and for an order; `p1=o2, p2=o1` (or `p1:o2`) for a
/// match; `lr=0.001 batch=32` for a sim-task; anything else is taken as one text.
public enum AnswerInput {
    public static func parse(_ typed: String, for question: Question) -> AnswerValue {
        let text = typed.trimmingSpacesAndNewlines()
        switch question.kind {
        case .multiple(let choices):
            if AnswerNormalizer.option(text, ids: choices.map(\.id), texts: choices.map(\.text)) != nil {
                return .list([.scalar(text)])
            }
            return .list(AnswerNormalizer.splitList(text).map { .scalar($0) })
        case .order:
            if text.contains(">") {
                return .list(text.split(separator: ">").map { .scalar($0.trimmingSpacesAndNewlines()) })
            }
            return .list(AnswerNormalizer.splitList(text).map { .scalar($0) })
        case .match:
            return .map(pairs(text, separators: ["=", ":"]))
        case .simTask:
            return .map(pairs(text, separators: ["="]))
        case .single, .trueFalse, .numeric, .text:
            return .scalar(text)
        }
    }

    private static func pairs(_ text: String, separators: Set<Character>) -> [AnswerEntry] {
        pairParts(text).compactMap { part in
            keyValue(part, separators: separators).map { AnswerEntry(key: $0.key, value: .scalar($0.value)) }
        }
    }

    /// The `key=value` parts of a typed line: separated by commas, semicolons, spaces or line breaks.
    static func pairParts(_ text: String) -> [Substring] {
        text.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == " " || $0 == "\n" })
    }

    /// The key and value of one part, split at its first separator and trimmed; nil without a
    /// separator or with an empty key or value.
    static func keyValue(_ part: Substring, separators: Set<Character>) -> (key: String, value: String)? {
        guard let index = part.firstIndex(where: { separators.contains($0) }) else { return nil }
        let key = part[..<index].trimmingSpacesAndNewlines()
        let value = part[part.index(after: index)...].trimmingSpacesAndNewlines()
        guard !key.isEmpty, !value.isEmpty else { return nil }
        return (key, value)
    }
}

extension StringProtocol {
    func trimmingSpacesAndNewlines() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) ?? first
        return String(String.UnicodeScalarView(scalars[first...last]))
    }
}
