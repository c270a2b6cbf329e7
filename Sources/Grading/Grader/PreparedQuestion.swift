import Course
import Foundation

/// A question made ready for grading many answers: normalised accepted answers and choice
/// texts, compiled regular expressions, the expected answer's description.
struct PreparedQuestion: Sendable {
    let question: Question
    let expected: String
    /// Normalised ids and texts of choices, items or options.
    let optionIDs: [String]
    let optionTexts: [String]
    /// For `text`: normalised accepted answers and compiled patterns.
    let accepted: Set<String>
    let patterns: [NSRegularExpression]
    /// For `match`: normalised option ids and texts.
    let matchOptionIDs: [String]
    let matchOptionTexts: [String]
    /// The same, normalised once for all answers.
    let normalizedIDs: [String]
    let normalizedTexts: [String]
    let normalizedMatchIDs: [String]
    let normalizedMatchTexts: [String]

    /// The position of the choice, item or pair `given` names.
    func option(_ given: String) -> Int? {
        AnswerNormalizer.option(given, normalizedIDs: normalizedIDs, normalizedTexts: normalizedTexts,
                                positional: isChoice)
    }

    /// The position of the match option `given` names (by id or text, never by position).
    func matchOption(_ given: String) -> Int? {
        AnswerNormalizer.option(given, normalizedIDs: normalizedMatchIDs, normalizedTexts: normalizedMatchTexts,
                                positional: false)
    }

    /// Choices may be named by their letter or number; order items and match pairs may not
    /// (their place in the file can be the answer).
    private var isChoice: Bool {
        switch question.kind {
        case .single, .multiple: true
        default: false
        }
    }

    init(_ question: Question) {
        self.question = question
        var optionIDs: [String] = []
        var optionTexts: [String] = []
        var accepted: Set<String> = []
        var patterns: [NSRegularExpression] = []
        var matchOptionIDs: [String] = []
        var matchOptionTexts: [String] = []
        switch question.kind {
        case .single(let choices), .multiple(let choices):
            optionIDs = choices.map(\.id)
            optionTexts = choices.map(\.text)
        case .order(let items):
            optionIDs = items.map(\.id)
            optionTexts = items.map(\.text)
        case .match(let match):
            optionIDs = match.pairs.map(\.id)
            optionTexts = match.pairs.map(\.text)
            matchOptionIDs = match.options.map(\.id)
            matchOptionTexts = match.options.map(\.text)
        case .text(let text):
            accepted = Set(text.accept.map(AnswerNormalizer.normalize))
            patterns = text.patterns.compactMap { try? NSRegularExpression(pattern: $0, options: [.caseInsensitive]) }
        case .trueFalse, .numeric, .simTask:
            break
        }
        self.optionIDs = optionIDs
        self.optionTexts = optionTexts
        self.normalizedIDs = optionIDs.map(AnswerNormalizer.normalize)
        self.normalizedTexts = optionTexts.map(AnswerNormalizer.normalize)
        self.normalizedMatchIDs = matchOptionIDs.map(AnswerNormalizer.normalize)
        self.normalizedMatchTexts = matchOptionTexts.map(AnswerNormalizer.normalize)
        self.accepted = accepted
        self.patterns = patterns
        self.matchOptionIDs = matchOptionIDs
        self.matchOptionTexts = matchOptionTexts
        self.expected = PreparedQuestion.describeExpected(question)
    }

    static func describeExpected(_ question: Question) -> String {
        switch question.kind {
        case .single(let choices):
            return choices.first(where: \.isCorrect)?.id ?? "?"
        case .multiple(let choices):
            return "[" + choices.filter(\.isCorrect).map(\.id).joined(separator: ", ") + "]"
        case .trueFalse(let answer):
            return answer.answer ? "true" : "false"
        case .numeric(let numeric):
            let unit = numeric.unit.map { $0 == "%" ? "%" : " " + $0 } ?? ""
            switch numeric.accepted {
            case .absolute(let value, let tolerance):
                return NumberFormatting.short(value) + (tolerance > 0 ? " ± " + NumberFormatting.short(tolerance) : "") + unit
            case .relative(let value, let fraction):
                return NumberFormatting.short(value) + unit + " ± " + NumberFormatting.short(fraction * 100) + "%"
            case .range(let low, let high):
                return NumberFormatting.short(low) + " to " + NumberFormatting.short(high) + unit
            }
        case .text(let text):
            if let first = text.accept.first { return first }
            return text.patterns.first.map { "/\($0)/" } ?? ""
        case .order(let items):
            return "[" + items.map(\.id).joined(separator: ", ") + "]"
        case .match(let match):
            return "{" + match.pairs.map { "\($0.id): \($0.match)" }.joined(separator: ", ") + "}"
        case .simTask(let task):
            return task.goal.map(\.description).joined(separator: "; ")
        }
    }
}
