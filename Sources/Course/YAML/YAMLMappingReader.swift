import Terminal
/// Reads the entries of one YAML mapping by key, remembering which keys were used so that the
/// rest can be reported as unknown (with a did-you-mean hint).
///
/// Every accessor reports a wrong shape as an error at the value's location and returns nil, so
/// a parser can go on and collect every problem in the file.
struct YAMLMappingReader {
    let node: YAMLNode
    /// What the mapping is, for messages: "question", "lesson.yaml".
    let what: String
    private(set) var entries: [YAMLEntry]
    private var used: Set<String> = []

    /// A reader for `node`, or nil (with an error) when it is not a mapping.
    init?(_ node: YAMLNode, what: String, sink: inout DiagnosticSink) {
        guard let entries = node.mapping else {
            sink.error("expected a mapping (key: value lines) for the \(what), found \(node.kindDescription)", at: node.location)
            return nil
        }
        self.node = node
        self.what = what
        self.entries = entries
    }

    /// The value of `key`, if present (a null value counts as absent).
    mutating func value(_ key: String) -> YAMLNode? {
        used.insert(key)
        guard let entry = entries.first(where: { $0.name == key }), !entry.value.isNull else { return nil }
        return entry.value
    }

    /// The location of `key` itself, if present.
    func keyLocation(_ key: String) -> SourceLocation? {
        entries.first(where: { $0.name == key })?.key.location
    }

    /// Whether `key` is written (even with an empty value).
    func contains(_ key: String) -> Bool {
        entries.contains { $0.name == key }
    }

    /// The value of `key`, or an error saying it is missing.
    mutating func required(_ key: String, sink: inout DiagnosticSink, hint: String? = nil) -> YAMLNode? {
        if let value = value(key) { return value }
        if let location = keyLocation(key) {
            sink.error("'\(key)' of the \(what) is empty", at: location, hint: hint)
        } else {
            sink.error("the \(what) has no '\(key)'", at: node.location, hint: hint)
        }
        return nil
    }

    /// Text of `key`; an error when it is not text.
    mutating func string(_ key: String, required: Bool = false, sink: inout DiagnosticSink) -> (String, SourceLocation)? {
        guard let value = required ? self.required(key, sink: &sink) : self.value(key) else { return nil }
        guard let text = value.scalarText else {
            sink.error("'\(key)' must be text, not \(value.kindDescription)", at: value.location)
            return nil
        }
        return (text, value.location)
    }

    /// A list of texts for `key` (a single text is accepted as a one-item list).
    mutating func stringList(_ key: String, sink: inout DiagnosticSink) -> [(String, SourceLocation)]? {
        guard let value = value(key) else { return nil }
        return YAMLMappingReader.strings(in: value, key: key, sink: &sink)
    }

    static func strings(in value: YAMLNode, key: String, sink: inout DiagnosticSink) -> [(String, SourceLocation)]? {
        if let text = value.scalarText { return [(text, value.location)] }
        guard let items = value.sequence else {
            sink.error("'\(key)' must be a list, not \(value.kindDescription)", at: value.location)
            return nil
        }
        var result: [(String, SourceLocation)] = []
        for item in items {
            if let text = item.scalarText {
                result.append((text, item.location))
            } else {
                sink.error("each item of '\(key)' must be text, not \(item.kindDescription)", at: item.location)
            }
        }
        return result
    }

    /// `true`/`false` for `key` (also `yes`/`no`, `on`/`off`).
    mutating func bool(_ key: String, sink: inout DiagnosticSink) -> Bool? {
        guard let value = value(key) else { return nil }
        guard let text = value.scalarText, let flag = YAMLMappingReader.flag(text) else {
            sink.error("'\(key)' must be true or false", at: value.location)
            return nil
        }
        return flag
    }

    static func flag(_ text: String) -> Bool? {
        switch text.lowercased() {
        case "true", "yes", "on": true
        case "false", "no", "off": false
        default: nil
        }
    }

    /// A finite decimal number for `key`.
    mutating func number(_ key: String, sink: inout DiagnosticSink) -> (Double, SourceLocation)? {
        guard let value = value(key) else { return nil }
        guard let text = value.scalarText, let number = NumberText.parse(text) else {
            sink.error("'\(key)' must be a number, not \(value.scalarText.map { "'\($0)'" } ?? value.kindDescription)",
                       at: value.location)
            return nil
        }
        return (number, value.location)
    }

    /// Warns about every key not read through this reader and not in `alsoKnown`.
    func reportUnknownKeys(known: [String], sink: inout DiagnosticSink) {
        var seen: Set<String> = []
        for entry in entries {
            let name = entry.name
            guard !used.contains(name), !known.contains(name) else { continue }
            guard seen.insert(name).inserted else { continue }
            let candidates = Array(used) + known
            sink.warning("unknown key '\(name)' in the \(what); it is ignored", at: entry.key.location,
                         hint: Suggestion.hint(for: name, among: candidates.sorted()))
        }
    }
}
