import Course

/// A learner's answer as it appears in a submission: text, a list, or a map, nested freely.
///
/// Scalars keep the text as written (`5`, `true`, `b` are all text here); each question type
/// reads what it expects from it, so `no` stays `no` and `1.0` stays `1.0`.
public indirect enum AnswerValue: Sendable, Hashable {
    case scalar(String)
    case list([AnswerValue])
    /// Entries in written order.
    case map([AnswerEntry])

    /// The answer read from a YAML value; nil for YAML null (no answer).
    public init?(yaml node: YAMLNode) {
        if node.isNull { return nil }
        switch node.content {
        case .scalar(let scalar):
            self = .scalar(scalar.text)
        case .sequence(let items):
            self = .list(items.map { AnswerValue(yaml: $0) ?? .scalar("") })
        case .mapping(let entries):
            self = .map(entries.map { AnswerEntry(key: $0.name, value: AnswerValue(yaml: $0.value) ?? .scalar("")) })
        }
    }

    /// The answer in one line, as a gradebook shows it: `b`, `[a, c]`, `{lr: 0.001, batch: 32}`.
    /// Not escaped: writers escape for their format.
    public var displayText: String {
        switch self {
        case .scalar(let text): text
        case .list(let items): "[" + items.map(\.displayText).joined(separator: ", ") + "]"
        case .map(let entries): "{" + entries.map { "\($0.key): \($0.value.displayText)" }.joined(separator: ", ") + "}"
        }
    }

    /// The answer as JSON: strings, arrays and objects (scalars stay strings).
    public var json: String {
        switch self {
        case .scalar(let text): JSONText.quoted(text)
        case .list(let items): JSONText.array(items.map(\.json))
        case .map(let entries): JSONText.object(entries.map { ($0.key, $0.value.json) })
        }
    }

    /// Characters of text in the answer, and how many values it holds, for the size limits.
    var size: (characters: Int, values: Int) {
        switch self {
        case .scalar(let text): (text.utf8.count, 1)
        case .list(let items):
            items.reduce((0, 1)) { total, item in let s = item.size; return (total.0 + s.characters, total.1 + s.values) }
        case .map(let entries):
            entries.reduce((0, 1)) { total, entry in
                let s = entry.value.size
                return (total.0 + s.characters + entry.key.utf8.count, total.1 + s.values)
            }
        }
    }
}

/// One `key: value` of a map answer (a match or a sim-task's settings).
public struct AnswerEntry: Sendable, Hashable {
    public var key: String
    public var value: AnswerValue

    public init(key: String, value: AnswerValue) {
        self.key = key
        self.value = value
    }
}
