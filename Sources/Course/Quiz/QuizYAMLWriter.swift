/// Writes a ``Quiz`` as a quiz YAML file (Docs/FORMATS.md) that ``QuizParser`` reads back to
/// the same quiz. Used by `lesson import gift` and `lesson new quiz`.
public enum QuizYAMLWriter {
    public static func write(_ quiz: Quiz) -> String {
        var out = ""
        if let title = quiz.title { out += "title: \(YAMLText.scalar(title))\n" }
        if !quiz.allowSkip { out += "allow_skip: false\n" }
        out += "questions:\n"
        for (index, question) in quiz.questions.enumerated() {
            if index > 0 { out += "\n" }
            out += write(question)
        }
        return out
    }

    private static func field(_ key: String, _ text: String, indent: Int) -> String {
        String(repeating: " ", count: indent) + key + ": " + YAMLText.scalar(text, indent: indent) + "\n"
    }

    private static func number(_ value: Double) -> String {
        NumberText.format(value)
    }

    static func write(_ question: Question) -> String {
        var out = "  - id: \(YAMLText.scalar(question.id))\n"
        out += "    type: \(question.kind.typeName)\n"
        out += field("prompt", question.prompt, indent: 4)
        if question.points != 1 { out += "    points: \(number(question.points))\n" }
        if let explanation = question.explanation { out += field("explanation", explanation, indent: 4) }
        if !question.hints.isEmpty {
            out += "    hints:\n"
            for hint in question.hints { out += "      - \(YAMLText.scalar(hint, indent: 6))\n" }
        }
        switch question.kind {
        case .single(let choices), .multiple(let choices):
            out += "    choices:\n"
            for choice in choices {
                out += "      - id: \(YAMLText.scalar(choice.id))\n"
                out += field("text", choice.text, indent: 8)
                if let weight = choice.weight {
                    out += "        weight: \(number(weight))%\n"
                    if choice.isCorrect != (weight > 0) { out += "        correct: \(choice.isCorrect)\n" }
                } else if choice.isCorrect {
                    out += "        correct: true\n"
                }
                if let feedback = choice.feedback { out += field("feedback", feedback, indent: 8) }
            }
        case .trueFalse(let truth):
            out += "    answer: \(truth.answer)\n"
            if truth.feedbackTrue != nil || truth.feedbackFalse != nil {
                out += "    feedback:\n"
                if let text = truth.feedbackTrue { out += field("\"true\"", text, indent: 6) }
                if let text = truth.feedbackFalse { out += field("\"false\"", text, indent: 6) }
            }
        case .numeric(let numeric):
            switch numeric.accepted {
            case .absolute(let value, let tolerance):
                out += "    answer: \(number(value))\n"
                if tolerance > 0 { out += "    tolerance: \(number(tolerance))\n" }
            case .relative(let value, let fraction):
                out += "    answer: \(number(value))\n"
                out += "    tolerance: \(number(fraction * 100))%\n"
            case .range(let low, let high):
                out += "    range: [\(number(low)), \(number(high))]\n"
            }
            if let unit = numeric.unit { out += field("unit", unit, indent: 4) }
        case .text(let text):
            if !text.accept.isEmpty {
                out += "    accept:\n"
                for answer in text.accept { out += "      - \(YAMLText.scalar(answer, indent: 6))\n" }
            }
            if !text.patterns.isEmpty {
                out += "    patterns:\n"
                for pattern in text.patterns { out += "      - \(YAMLText.quoted(pattern))\n" }
            }
        case .order(let items):
            out += "    items:\n"
            for item in items {
                out += "      - id: \(YAMLText.scalar(item.id))\n"
                out += field("text", item.text, indent: 8)
            }
        case .match(let match):
            out += "    pairs:\n"
            for pair in match.pairs {
                out += "      - id: \(YAMLText.scalar(pair.id))\n"
                out += field("text", pair.text, indent: 8)
                out += "        match: \(YAMLText.scalar(pair.match))\n"
            }
            out += "    options:\n"
            for option in match.options {
                out += "      - id: \(YAMLText.scalar(option.id))\n"
                out += field("text", option.text, indent: 8)
            }
        case .simTask(let task):
            out += "    sim: \(YAMLText.scalar(task.simulation))\n"
            if !task.start.isEmpty {
                out += "    start: {" + task.start.map { "\($0.name): \(YAMLText.scalar($0.value))" }.joined(separator: ", ") + "}\n"
            }
            out += "    adjust: [" + task.adjust.joined(separator: ", ") + "]\n"
            out += "    goal:\n"
            for goal in task.goal {
                switch goal.comparison {
                case .equals(let value): out += "      - {key: \(goal.key), equals: \(YAMLText.scalar(value))}\n"
                case .atLeast(let value): out += "      - {key: \(goal.key), at_least: \(number(value))}\n"
                case .atMost(let value): out += "      - {key: \(goal.key), at_most: \(number(value))}\n"
                }
            }
            out += "    answer: {" + task.answer.map { "\($0.name): \(YAMLText.scalar($0.value))" }.joined(separator: ", ") + "}\n"
            if task.seed != SimTask.defaultSeed { out += "    seed: \(task.seed)\n" }
        }
        return out
    }
}
