import Yams

/// Parses one YAML document into a ``YAMLNode`` tree, safely.
///
/// Before libyaml sees the text a cheap scan refuses what could make parsing explode or recurse
/// without bound: anchors (`&name`, hence aliases and the "billion laughs" alias bomb) and
/// nesting deeper than ``SourceLimits/maximumYAMLDepth``. Course files never need anchors; a
/// value used twice is written twice. Syntax errors come back as diagnostics at their line and
/// column, with a hint for the classic mistake of indenting with tabs.
public enum YAMLReader {
    /// Parses `text` (the whole file, or a chapter's front matter starting at line
    /// `lineOffset + 1`). Returns nil, with the reason in `sink`, when the text is not YAML.
    /// An empty document reads as a null scalar.
    public static func parse(_ text: String, lineOffset: Int = 0, sink: inout DiagnosticSink) -> YAMLNode? {
        if let problem = YAMLPrescan.firstProblem(text) {
            sink.error(problem.message, at: SourceLocation(line: problem.location.line + lineOffset, column: problem.location.column),
                       hint: problem.hint)
            return nil
        }
        let root: Node?
        do {
            // The basic resolver: no regular expressions run on every scalar (scalars are kept as
            // text anyway), and duplicate keys are compared as written. The encoding is given because
            // Yams would otherwise read the whole environment on every call to find its default.
            root = try Yams.compose(yaml: text, Resolver.basic, Constructor.default, .utf8)
        } catch let error as YamlError {
            report(error, lines: text.split(separator: "\n", omittingEmptySubsequences: false), lineOffset: lineOffset, sink: &sink)
            return nil
        } catch {
            sink.error("invalid \(language(sink)): \(error)", at: SourceLocation(line: 1 + lineOffset, column: 1))
            return nil
        }
        guard let root else {
            return YAMLNode(.scalar(YAMLScalar(text: "", isPlain: true)), at: SourceLocation(line: 1 + lineOffset, column: 1))
        }
        var budget = SourceLimits.maximumYAMLNodes
        guard let node = convert(root, lineOffset: lineOffset, depth: 0, budget: &budget) else {
            sink.error("YAML document has more than \(SourceLimits.maximumYAMLNodes) values; the limit keeps parsing fast",
                       at: SourceLocation(line: 1 + lineOffset, column: 1))
            return nil
        }
        return node
    }

    private static func convert(_ node: Node, lineOffset: Int, depth: Int, budget: inout Int) -> YAMLNode? {
        budget -= 1
        guard budget >= 0, depth <= SourceLimits.maximumYAMLDepth else { return nil }
        let mark = node.mark
        let location = SourceLocation(line: (mark?.line ?? 1) + lineOffset, column: mark?.column ?? 1)
        switch node {
        case .scalar(let scalar):
            return YAMLNode(.scalar(YAMLScalar(text: scalar.string, isPlain: scalar.style == .plain || scalar.style == .any)),
                            at: location)
        case .sequence(let sequence):
            var items: [YAMLNode] = []
            items.reserveCapacity(sequence.count)
            for item in sequence {
                guard let converted = convert(item, lineOffset: lineOffset, depth: depth + 1, budget: &budget) else { return nil }
                items.append(converted)
            }
            return YAMLNode(.sequence(items), at: location)
        case .mapping(let mapping):
            var entries: [YAMLEntry] = []
            entries.reserveCapacity(mapping.count)
            for (key, value) in mapping {
                guard let convertedKey = convert(key, lineOffset: lineOffset, depth: depth + 1, budget: &budget),
                      let convertedValue = convert(value, lineOffset: lineOffset, depth: depth + 1, budget: &budget)
                else { return nil }
                entries.append(YAMLEntry(key: convertedKey, value: convertedValue))
            }
            return YAMLNode(.mapping(entries), at: location)
        case .alias:
            return nil
        }
    }

    /// What the file is written in, for messages: a `.json` file (a submission) is read by the
    /// same YAML parser, but its writer knows it as JSON.
    private static func language(_ sink: DiagnosticSink) -> String {
        sink.path.lowercased().hasSuffix(".json") ? "JSON" : "YAML"
    }

    private static func report(_ error: YamlError, lines: [Substring], lineOffset: Int, sink: inout DiagnosticSink) {
        var message: String
        var mark: Mark?
        switch error {
        case let .scanner(context, problem, errorMark, _), let .parser(context, problem, errorMark, _),
             let .composer(context, problem, errorMark, _):
            message = "invalid \(language(sink)): \(problem)"
            if let context, !context.text.isEmpty {
                message += " (\(context.text) at line \(context.mark.line + lineOffset))"
            }
            mark = errorMark
        case let .duplicatedKeysInMapping(duplicates, context):
            // Yams gives the first occurrence; the mistake is the second, so point there.
            let names = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            let first = SourceLocation(line: max(1, context.mark.line), column: max(1, context.mark.column))
            if let key = duplicates.first, let second = DuplicateKeyLocator.second(key: key, after: first, in: lines) {
                sink.error("duplicate key \(names) in the same mapping (first at line \(first.line + lineOffset))",
                           at: SourceLocation(line: second.line + lineOffset, column: second.column))
                return
            }
            message = "duplicate key \(names) in the same mapping"
            mark = context.mark
        case let .reader(problem, _, _, _):
            message = "invalid \(language(sink)): \(problem)"
        default:
            message = "invalid \(language(sink)): \(error)"
        }
        let line = max(1, mark?.line ?? 1)
        let column = max(1, mark?.column ?? 1)
        var hint: String?
        for candidate in [line, line - 1] where candidate >= 1 && candidate <= lines.count {
            if lines[candidate - 1].prefix(while: { $0 == " " || $0 == "\t" }).contains("\t") {
                hint = "line \(candidate + lineOffset) is indented with a tab; YAML indents with spaces only"
                break
            }
        }
        sink.error(message, at: SourceLocation(line: line + lineOffset, column: column), hint: hint)
    }
}
