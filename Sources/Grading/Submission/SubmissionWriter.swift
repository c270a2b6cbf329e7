import Course

/// Writes a submission file, as `lesson quiz --answers-out` saves it and `lesson grade` reads it.
public enum SubmissionWriter {
    /// The submission as YAML: `quiz`, `student`, then `answers` in the order given.
    public static func yaml(quiz: String, student: String, answers: [AnswerEntry]) -> String {
        var out = "quiz: \(YAMLText.scalar(quiz))\n"
        out += "student: \(YAMLText.scalar(student))\n"
        if answers.isEmpty { return out + "answers: {}\n" }
        out += "answers:\n"
        for entry in answers {
            out += "  \(key(entry.key)): \(inline(entry.value))\n"
        }
        return out
    }

    /// The submission as JSON.
    public static func json(quiz: String, student: String, answers: [AnswerEntry]) -> String {
        JSONText.object([
            ("quiz", JSONText.quoted(quiz)), ("student", JSONText.quoted(student)),
            ("answers", JSONText.object(answers.map { ($0.key, $0.value.json) })),
        ]) + "\n"
    }

    private static func key(_ text: String) -> String {
        YAMLText.isPlainSafe(text) && !text.contains(":") ? text : YAMLText.quoted(text)
    }

    /// A value on one line, in YAML flow style.
    private static func inline(_ value: AnswerValue) -> String {
        switch value {
        case .scalar(let text):
            let plain = YAMLText.isPlainSafe(text) && !text.contains(where: { ",[]{}".contains($0) })
            return plain ? text : YAMLText.quoted(text)
        case .list(let items):
            return "[" + items.map(inline).joined(separator: ", ") + "]"
        case .map(let entries):
            return "{" + entries.map { "\(key($0.key)): \(inline($0.value))" }.joined(separator: ", ") + "}"
        }
    }
}
