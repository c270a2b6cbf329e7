/// Writes a ``Quiz`` as a GIFT question bank, for the question types GIFT has.
///
/// `order` and `sim-task` questions, text patterns and hints have no GIFT form; they are listed
/// in `skipped`. Unweighted `multiple` questions are written with weights that score the same
/// (each right choice +100/n %, each wrong one −100/n %).
public enum GIFTExporter {
    public static func export(_ quiz: Quiz) -> (text: String, skipped: [String]) {
        var out = ""
        var skipped: [String] = []
        for question in quiz.questions {
            guard let block = answerBlock(question) else {
                skipped.append(question.id)
                continue
            }
            var general = ""
            if let explanation = question.explanation { general = " ####" + GIFTText.escape(explanation) }
            out += "::\(GIFTText.escape(question.id))::[markdown]\(GIFTText.escape(question.prompt)) {\(block)\(general)}\n\n"
        }
        return (out, skipped)
    }

    private static func answerBlock(_ question: Question) -> String? {
        func feedback(_ text: String?) -> String { text.map { "#" + GIFTText.escape($0) } ?? "" }
        switch question.kind {
        case .single(let choices):
            return choices.map { ($0.isCorrect ? "=" : "~") + GIFTText.escape($0.text) + feedback($0.feedback) }.joined(separator: " ")
        case .multiple(let choices):
            let rightCount = Double(max(1, choices.filter(\.isCorrect).count))
            return choices.map { choice in
                let weight = choice.weight ?? (choice.isCorrect ? 100 / rightCount : -100 / rightCount)
                return "~%\(NumberText.format(weight))%" + GIFTText.escape(choice.text) + feedback(choice.feedback)
            }.joined(separator: " ")
        case .trueFalse(let truth):
            let wrong = truth.answer ? truth.feedbackFalse : truth.feedbackTrue
            let right = truth.answer ? truth.feedbackTrue : truth.feedbackFalse
            var block = truth.answer ? "TRUE" : "FALSE"
            if wrong != nil || right != nil { block += "#" + GIFTText.escape(wrong ?? "") + "#" + GIFTText.escape(right ?? "") }
            return block
        case .numeric(let numeric):
            switch numeric.accepted {
            case .absolute(let value, let tolerance):
                return "#\(NumberText.format(value)):\(NumberText.format(tolerance))"
            case .relative(let value, let fraction):
                return "#\(NumberText.format(value)):\(NumberText.format(abs(value) * fraction))"
            case .range(let low, let high):
                return "#\(NumberText.format(low))..\(NumberText.format(high))"
            }
        case .text(let text):
            guard !text.accept.isEmpty else { return nil }
            return text.accept.map { "=" + GIFTText.escape($0) }.joined(separator: " ")
        case .match(let match):
            let optionText = Dictionary(match.options.map { ($0.id, $0.text) }, uniquingKeysWith: { first, _ in first })
            return match.pairs.map { "=" + GIFTText.escape($0.text) + " -> " + GIFTText.escape(optionText[$0.match] ?? $0.match) }
                .joined(separator: " ")
        case .order, .simTask:
            return nil
        }
    }
}
