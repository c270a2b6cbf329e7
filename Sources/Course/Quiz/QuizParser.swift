import Terminal
/// Parses quiz YAML files (Docs/FORMATS.md) and checks everything that can be checked inside
/// one file: ids, types, keys, answers that exist and make sense, regular expressions.
///
/// Reports every problem with its line and column; questions with errors are still returned so
/// tools can show the rest. Links to the outside (simulation ids and parameters) are checked
/// by ``CourseValidator``; reference answers by the grader.
public enum QuizParser {
    public static let quizKeys = ["title", "allow_skip", "questions"]
    public static let commonKeys = ["id", "type", "prompt", "points", "explanation", "hints"]
    public static let typeKeys: [String: [String]] = [
        "single": ["choices"], "multiple": ["choices"], "true-false": ["answer", "feedback"],
        "numeric": ["answer", "tolerance", "range", "unit"], "text": ["accept", "patterns"],
        "order": ["items"], "match": ["pairs", "options"],
        "sim-task": ["sim", "start", "adjust", "goal", "answer", "seed"],
    ]
    public static let maximumQuestions = 1_000
    public static let maximumChoices = 100
    /// The most one question can be worth.
    public static let maximumPoints = 1_000_000.0

    /// Parses `source` as the quiz `id`.
    public static func parse(_ source: SourceFile, id: String) -> (Quiz?, [Diagnostic]) {
        var sink = DiagnosticSink(path: source.path)
        if source.isBlank {
            sink.error("empty quiz file: a quiz is a mapping with a list of 'questions'", at: .start)
            return (nil, sink.finish())
        }
        guard let root = YAMLReader.parse(source.text, sink: &sink),
              var reader = YAMLMappingReader(root, what: "quiz", sink: &sink) else {
            return (nil, sink.finish())
        }
        let title = reader.string("title", sink: &sink)?.0
        let allowSkip = reader.bool("allow_skip", sink: &sink) ?? true
        var questions: [Question] = []
        var itemStarts: [SourceLocation] = []
        if let list = reader.required("questions", sink: &sink, hint: "add 'questions:' with a list of questions") {
            if let items = list.sequence {
                if items.isEmpty {
                    sink.error("the quiz has no questions", at: list.location)
                }
                if items.count > maximumQuestions {
                    sink.error("the quiz has \(items.count) questions; the limit is \(maximumQuestions)", at: list.location)
                }
                var seen: [String: SourceLocation] = [:]
                for item in items.prefix(maximumQuestions) {
                    itemStarts.append(item.location)
                    // Duplicates are found even among questions that do not parse.
                    if let idNode = item.mapping?.first(where: { $0.name == "id" })?.value, let id = idNode.scalarText {
                        if let first = seen[id] {
                            sink.error("duplicate question id '\(id)' (first at line \(first.line))", at: idNode.location)
                        } else {
                            seen[id] = idNode.location
                        }
                    }
                    guard let question = parseQuestion(item, sink: &sink) else { continue }
                    questions.append(question)
                }
            } else {
                sink.error("'questions' must be a list, not \(list.kindDescription)", at: list.location)
            }
        }
        reader.reportUnknownKeys(known: quizKeys, sink: &sink)
        var quiz = Quiz(id: id, path: source.path, title: title, allowSkip: allowSkip, questions: questions)
        quiz.itemStarts = itemStarts
        return (quiz, sink.finish())
    }

    // MARK: Questions

    private static func parseQuestion(_ node: YAMLNode, sink: inout DiagnosticSink) -> Question? {
        guard var reader = YAMLMappingReader(node, what: "question", sink: &sink) else { return nil }
        let id = reader.string("id", required: true, sink: &sink)
        if let (text, location) = id, !CourseID.isValid(text) {
            sink.error("question id '\(text)' must be lowercase letters, digits and dashes", at: location)
        }
        let prompt = reader.string("prompt", required: true, sink: &sink)
        var points = 1.0
        if let (value, location) = reader.number("points", sink: &sink) {
            if value < 0 {
                sink.error("'points' must not be negative", at: location)
            } else if value > maximumPoints {
                // Bounded so that a quiz's total stays a finite number a gradebook can print.
                sink.error("'points' must be at most \(Int(maximumPoints)), not '\(reader.value("points")?.scalarText ?? "\(value)")'", at: location)
            } else {
                points = value
            }
        }
        let explanation = reader.string("explanation", sink: &sink)?.0
        let hints = reader.stringList("hints", sink: &sink)?.map(\.0) ?? []
        guard let (type, typeLocation) = reader.string("type", required: true, sink: &sink) else {
            reader.reportUnknownKeys(known: commonKeys + typeKeys.values.flatMap { $0 }, sink: &sink)
            return nil
        }
        guard let keys = typeKeys[type] else {
            sink.error("unknown question type '\(type)'", at: typeLocation,
                       hint: Suggestion.hint(for: type, among: QuestionKind.typeNames)
                           ?? "types are: \(QuestionKind.typeNames.joined(separator: ", "))")
            reader.reportUnknownKeys(known: commonKeys + typeKeys.values.flatMap { $0 }, sink: &sink)
            return nil
        }
        let kind: QuestionKind?
        switch type {
        case "single", "multiple": kind = parseChoices(&reader, multiple: type == "multiple", sink: &sink)
        case "true-false": kind = parseTrueFalse(&reader, sink: &sink)
        case "numeric": kind = parseNumeric(&reader, sink: &sink)
        case "text": kind = parseText(&reader, sink: &sink)
        case "order": kind = parseOrder(&reader, sink: &sink)
        case "match": kind = parseMatch(&reader, sink: &sink)
        default: kind = parseSimTask(&reader, sink: &sink)
        }
        reader.reportUnknownKeys(known: commonKeys + keys, sink: &sink)
        guard let kind, let id else { return nil }
        return Question(id: id.0, prompt: prompt?.0 ?? "", points: points, explanation: explanation, hints: hints,
                        kind: kind, location: node.location)
    }

    private static func parseChoices(_ reader: inout YAMLMappingReader, multiple: Bool, sink: inout DiagnosticSink) -> QuestionKind? {
        guard let list = reader.required("choices", sink: &sink) else { return nil }
        guard let items = list.sequence else {
            sink.error("'choices' must be a list, not \(list.kindDescription)", at: list.location)
            return nil
        }
        if items.count > maximumChoices {
            sink.error("\(items.count) choices; the limit is \(maximumChoices)", at: list.location)
            return nil
        }
        var choices: [Choice] = []
        var seen: [String: SourceLocation] = [:]
        var weighted = false
        for item in items {
            guard var choiceReader = YAMLMappingReader(item, what: "choice", sink: &sink) else { continue }
            let id = choiceReader.string("id", required: true, sink: &sink)
            let text = choiceReader.string("text", required: true, sink: &sink)
            var correct = choiceReader.bool("correct", sink: &sink)
            let feedback = choiceReader.string("feedback", sink: &sink)?.0
            var weight: Double?
            if let node = choiceReader.value("weight") {
                if !multiple {
                    sink.error("'weight' is for choices of a 'multiple' question", at: node.location)
                } else if let text = node.scalarText, let value = percentValue(text), (-100...100).contains(value) {
                    weight = value
                    weighted = true
                    if correct == nil { correct = value > 0 }
                } else {
                    sink.error("'weight' must be a percentage from -100 to 100, like 50%", at: node.location)
                }
            }
            choiceReader.reportUnknownKeys(known: ["id", "text", "correct", "feedback", "weight"], sink: &sink)
            guard let (choiceID, location) = id else { continue }
            if !CourseID.isValid(choiceID) {
                sink.error("choice id '\(choiceID)' must be lowercase letters, digits and dashes", at: location)
            }
            if let first = seen[choiceID] {
                sink.error("duplicate choice id '\(choiceID)' (first at line \(first.line))", at: location)
            }
            seen[choiceID] = location
            choices.append(Choice(id: choiceID, text: text?.0 ?? "", isCorrect: correct ?? false, feedback: feedback,
                                  weight: weight, location: item.location))
        }
        if items.count < 2 {
            sink.error("a choice question needs at least two choices", at: list.location)
        }
        let correctCount = choices.filter(\.isCorrect).count
        if multiple {
            if correctCount == 0 {
                sink.error("no choice is marked 'correct: true'", at: list.location,
                           hint: "a multiple question needs one or more correct choices")
            }
            if weighted {
                let total = choices.compactMap(\.weight).filter { $0 > 0 }.reduce(0, +)
                if abs(total - 100) > 0.01 {
                    sink.error("the positive weights add up to \(NumberText.format(total))%, not 100%", at: list.location)
                }
            }
            return .multiple(choices)
        }
        if correctCount == 0 {
            sink.error("no choice is marked 'correct: true'", at: list.location,
                       hint: "a single question needs exactly one correct choice")
        } else if correctCount > 1 {
            sink.error("\(correctCount) choices are marked correct; a single question has exactly one", at: list.location,
                       hint: "use type: multiple for several correct choices")
        }
        return .single(choices)
    }

    private static func parseTrueFalse(_ reader: inout YAMLMappingReader, sink: inout DiagnosticSink) -> QuestionKind? {
        guard let node = reader.required("answer", sink: &sink, hint: "answer: true or answer: false") else { return nil }
        guard let text = node.scalarText, let answer = YAMLMappingReader.flag(text) else {
            sink.error("the answer of a true-false question must be true or false", at: node.location)
            return nil
        }
        var result = TrueFalseAnswer(answer: answer)
        if let feedback = reader.value("feedback"), var feedbackReader = YAMLMappingReader(feedback, what: "feedback", sink: &sink) {
            result.feedbackTrue = feedbackReader.string("true", sink: &sink)?.0
            result.feedbackFalse = feedbackReader.string("false", sink: &sink)?.0
            feedbackReader.reportUnknownKeys(known: ["true", "false"], sink: &sink)
        }
        return .trueFalse(result)
    }

    private static func parseNumeric(_ reader: inout YAMLMappingReader, sink: inout DiagnosticSink) -> QuestionKind? {
        let unit = reader.string("unit", sink: &sink)?.0
        var answer: Double?
        if let node = reader.value("answer") {
            if let text = node.scalarText, let value = NumberText.parse(text) {
                answer = value
            } else {
                sink.error("the answer of a numeric question must be a number, not \(node.scalarText.map { "'\($0)'" } ?? node.kindDescription)",
                           at: node.location)
                return nil
            }
        }
        let toleranceNode = reader.value("tolerance")
        let rangeNode = reader.value("range")
        if let rangeNode {
            if toleranceNode != nil {
                sink.error("give either 'tolerance' or 'range', not both", at: rangeNode.location)
            }
            guard let items = rangeNode.sequence, items.count == 2,
                  let low = items[0].scalarText.flatMap(NumberText.parse), let high = items[1].scalarText.flatMap(NumberText.parse) else {
                sink.error("'range' must be a list of two numbers: [low, high]", at: rangeNode.location)
                return nil
            }
            if low > high {
                sink.error("'range' goes from \(NumberText.format(low)) down to \(NumberText.format(high)); write the low end first",
                           at: rangeNode.location)
                return nil
            }
            if let answer, !(low...high).contains(answer) {
                sink.error("the answer \(NumberText.format(answer)) is outside the range", at: rangeNode.location)
            }
            return .numeric(NumericAnswer(accepted: .range(low: low, high: high), unit: unit))
        }
        guard let answer else {
            if !reader.contains("answer") {
                sink.error("the numeric question has no 'answer' (or 'range')", at: reader.node.location)
            } else {
                sink.error("'answer' of the numeric question is empty", at: reader.keyLocation("answer") ?? reader.node.location)
            }
            return nil
        }
        guard let toleranceNode else {
            return .numeric(NumericAnswer(accepted: .absolute(value: answer, tolerance: 0), unit: unit))
        }
        guard let text = toleranceNode.scalarText else {
            sink.error("'tolerance' must be a number or a percentage", at: toleranceNode.location)
            return nil
        }
        let trimmed = text.trimmingSpaces()
        if trimmed.hasSuffix("%") {
            guard let percent = NumberText.parse(trimmed.dropLast()), percent >= 0 else {
                sink.error("'tolerance' must be a non-negative percentage, like 5%", at: toleranceNode.location)
                return nil
            }
            return .numeric(NumericAnswer(accepted: .relative(value: answer, fraction: percent / 100), unit: unit))
        }
        guard let tolerance = NumberText.parse(trimmed), tolerance >= 0 else {
            sink.error("'tolerance' must be a non-negative number or percentage, not '\(text)'", at: toleranceNode.location)
            return nil
        }
        return .numeric(NumericAnswer(accepted: .absolute(value: answer, tolerance: tolerance), unit: unit))
    }

    private static func parseText(_ reader: inout YAMLMappingReader, sink: inout DiagnosticSink) -> QuestionKind? {
        let accept = reader.stringList("accept", sink: &sink) ?? []
        let patterns = reader.stringList("patterns", sink: &sink) ?? []
        if accept.isEmpty && patterns.isEmpty {
            sink.error("a text question needs 'accept' (answers) or 'patterns' (regular expressions)", at: reader.node.location)
            return nil
        }
        for (text, location) in accept where text.trimmingSpaces().isEmpty {
            sink.error("an accepted answer is empty", at: location)
        }
        var valid = true
        for (pattern, location) in patterns {
            for problem in PatternCheck.problems(in: pattern) {
                sink.add(Diagnostic(path: sink.path, location: location, severity: problem.severity, message: problem.message))
                if problem.severity == .error { valid = false }
            }
        }
        guard valid else { return nil }
        return .text(TextAnswer(accept: accept.map(\.0), patterns: patterns.map(\.0), patternLocations: patterns.map(\.1)))
    }

    private static func parseOrder(_ reader: inout YAMLMappingReader, sink: inout DiagnosticSink) -> QuestionKind? {
        guard let items = parseIDTextList(&reader, key: "items", what: "item", sink: &sink) else { return nil }
        if items.count < 2 {
            sink.error("an order question needs at least two items", at: reader.keyLocation("items") ?? reader.node.location)
        }
        return .order(items.map { OrderItem(id: $0.id, text: $0.text) })
    }

    private static func parseMatch(_ reader: inout YAMLMappingReader, sink: inout DiagnosticSink) -> QuestionKind? {
        let options = parseIDTextList(&reader, key: "options", what: "option", sink: &sink) ?? []
        guard let list = reader.required("pairs", sink: &sink) else { return nil }
        guard let items = list.sequence, !items.isEmpty else {
            sink.error("'pairs' must be a list of {id, text, match}", at: list.location)
            return nil
        }
        var pairs: [MatchAnswer.Pair] = []
        var seen: [String: SourceLocation] = [:]
        let optionIDs = options.map(\.id)
        for item in items {
            guard var pairReader = YAMLMappingReader(item, what: "pair", sink: &sink) else { continue }
            let id = pairReader.string("id", required: true, sink: &sink)
            let text = pairReader.string("text", required: true, sink: &sink)
            let match = pairReader.string("match", required: true, sink: &sink)
            pairReader.reportUnknownKeys(known: ["id", "text", "match"], sink: &sink)
            guard let (pairID, location) = id, let (matchID, matchLocation) = match else { continue }
            if !CourseID.isValid(pairID) {
                sink.error("pair id '\(pairID)' must be lowercase letters, digits and dashes", at: location)
            }
            if let first = seen[pairID] {
                sink.error("duplicate pair id '\(pairID)' (first at line \(first.line))", at: location)
            }
            seen[pairID] = location
            if !options.isEmpty, !optionIDs.contains(matchID) {
                sink.error("pair '\(pairID)' matches '\(matchID)', which is not an option", at: matchLocation,
                           hint: Suggestion.hint(for: matchID, among: optionIDs))
            }
            pairs.append(.init(id: pairID, text: text?.0 ?? "", match: matchID))
        }
        guard !options.isEmpty else { return nil }
        return .match(MatchAnswer(pairs: pairs, options: options.map { .init(id: $0.id, text: $0.text) }))
    }

    private static func parseIDTextList(_ reader: inout YAMLMappingReader, key: String, what: String,
                                        sink: inout DiagnosticSink) -> [(id: String, text: String)]? {
        guard let list = reader.required(key, sink: &sink) else { return nil }
        guard let items = list.sequence else {
            sink.error("'\(key)' must be a list of {id, text}, not \(list.kindDescription)", at: list.location)
            return nil
        }
        if items.count > maximumChoices {
            sink.error("\(items.count) \(key); the limit is \(maximumChoices)", at: list.location)
            return nil
        }
        var result: [(id: String, text: String)] = []
        var seen: [String: SourceLocation] = [:]
        for item in items {
            guard var itemReader = YAMLMappingReader(item, what: what, sink: &sink) else { continue }
            let id = itemReader.string("id", required: true, sink: &sink)
            let text = itemReader.string("text", required: true, sink: &sink)
            itemReader.reportUnknownKeys(known: ["id", "text"], sink: &sink)
            guard let (itemID, location) = id else { continue }
            if !CourseID.isValid(itemID) {
                sink.error("\(what) id '\(itemID)' must be lowercase letters, digits and dashes", at: location)
            }
            if let first = seen[itemID] {
                sink.error("duplicate \(what) id '\(itemID)' (first at line \(first.line))", at: location)
                continue
            }
            seen[itemID] = location
            result.append((itemID, text?.0 ?? ""))
        }
        return result
    }

    private static func parseSimTask(_ reader: inout YAMLMappingReader, sink: inout DiagnosticSink) -> QuestionKind? {
        let sim = reader.string("sim", required: true, sink: &sink)
        let start = parseSettings(reader.value("start"), key: "start", sink: &sink)
        var adjust: [String] = []
        var adjustLocations: [SourceLocation] = []
        if let list = reader.required("adjust", sink: &sink, hint: "list the parameters the learner may change") {
            let names = YAMLMappingReader.strings(in: list, key: "adjust", sink: &sink) ?? []
            adjust = names.map(\.0)
            adjustLocations = names.map(\.1)
            if adjust.isEmpty { sink.error("'adjust' names no parameter", at: list.location) }
        }
        var goals: [SimTask.Goal] = []
        if let list = reader.required("goal", sink: &sink, hint: "goal: [{key: diagnosis, equals: healthy}]") {
            let items = list.sequence ?? (list.mapping != nil ? [list] : [])
            if items.isEmpty { sink.error("'goal' must be a list of conditions {key, equals | at_least | at_most}", at: list.location) }
            for item in items {
                guard var goalReader = YAMLMappingReader(item, what: "goal condition", sink: &sink) else { continue }
                let key = goalReader.string("key", required: true, sink: &sink)
                var comparisons: [SimTask.Goal.Comparison] = []
                if let (value, _) = goalReader.string("equals", sink: &sink) { comparisons.append(.equals(value)) }
                if let (value, _) = goalReader.number("at_least", sink: &sink) { comparisons.append(.atLeast(value)) }
                if let (value, _) = goalReader.number("at_most", sink: &sink) { comparisons.append(.atMost(value)) }
                goalReader.reportUnknownKeys(known: ["key", "equals", "at_least", "at_most"], sink: &sink)
                if comparisons.count != 1 {
                    sink.error("a goal condition needs exactly one of 'equals', 'at_least', 'at_most'", at: item.location)
                }
                if let (keyText, _) = key, let comparison = comparisons.first {
                    goals.append(SimTask.Goal(key: keyText, comparison: comparison, location: item.location))
                }
            }
        }
        let answerNode = reader.value("answer")
        let answer = parseSettings(answerNode, key: "answer", sink: &sink)
        if answerNode == nil {
            sink.error("the sim-task has no reference 'answer' (settings that reach the goal)", at: reader.node.location)
        }
        for setting in answer where !adjust.isEmpty && !adjust.contains(setting.name) {
            sink.error("the answer sets '\(setting.name)', which is not in 'adjust'", at: setting.location,
                       hint: Suggestion.hint(for: setting.name, among: adjust))
        }
        var seed = SimTask.defaultSeed
        if let node = reader.value("seed") {
            if let text = node.scalarText, let value = UInt64(text.trimmingSpaces()) {
                seed = value
            } else {
                sink.error("'seed' must be a whole number from 0 up", at: node.location)
            }
        }
        guard let (simID, simLocation) = sim else { return nil }
        return .simTask(SimTask(simulation: simID, simulationLocation: simLocation, start: start, adjust: adjust,
                                adjustLocations: adjustLocations, goal: goals, answer: answer, seed: seed))
    }

    private static func parseSettings(_ node: YAMLNode?, key: String, sink: inout DiagnosticSink) -> [SimTask.Setting] {
        guard let node else { return [] }
        guard let entries = node.mapping else {
            sink.error("'\(key)' must be a mapping of settings {name: value}, not \(node.kindDescription)", at: node.location)
            return []
        }
        var settings: [SimTask.Setting] = []
        for entry in entries {
            guard let value = entry.value.scalarText else {
                sink.error("setting '\(entry.name)' must have a single value, not \(entry.value.kindDescription)", at: entry.value.location)
                continue
            }
            settings.append(SimTask.Setting(name: entry.name, value: value, location: entry.key.location))
        }
        return settings
    }

    /// `50%`, `50` or `-33.333%` as a number of percent.
    static func percentValue(_ text: String) -> Double? {
        let trimmed = text.trimmingSpaces()
        return NumberText.parse(trimmed.hasSuffix("%") ? String(trimmed.dropLast()) : trimmed)
    }
}
