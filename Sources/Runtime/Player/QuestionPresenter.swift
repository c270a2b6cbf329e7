import Course
import Grading

/// How a question is shown: its prompt, the choices with their ids, and one line saying how to
/// answer. Pure: Markdown text for the renderer.
public enum QuestionPresenter {
    /// The question as Markdown, numbered `n` of `total` when given; `offer` (default: hints
    /// when it has some, skipping allowed) decides whether `hint` and `skip` are mentioned.
    public static func markdown(_ question: Question, number: Int? = nil, total: Int? = nil, offer: RetryOffer? = nil) -> String {
        // Without an offer the question is shown as on a terminal (a preview).
        let live = offer?.reopensSimulation ?? true
        let offer = offer ?? RetryOffer(hints: !question.hints.isEmpty, skip: true)
        var text = ""
        let count = number.map { n in total.map { "Question \(n) of \($0)" } ?? "Question \(n)" } ?? "Question"
        let points = question.points == 1 ? "1 point" : "\(NumberFormatting.points(question.points)) points"
        text += "**\(count)** · \(kindName(question.kind)) · \(points)\n\n"
        text += question.prompt.trimmingTrailingNewlines + "\n\n"
        switch question.kind {
        case let .single(choices), let .multiple(choices):
            for choice in choices { text += "- **\(choice.id)**) \(choice.text)\n" }
        case let .order(items):
            for item in items.sortedForShowing { text += "- **\(item.id)**: \(item.text)\n" }
        case let .match(match):
            text += "Pairs:\n\n"
            for pair in match.pairs { text += "- **\(pair.id)**: \(pair.text)\n" }
            text += "\nOptions:\n\n"
            for option in match.optionsForShowing { text += "- **\(option.id)**: \(option.text)\n" }
        case let .simTask(task):
            text += "Goal: " + task.goal.map(\.description).joined(separator: " and ") + ".\n"
            if !task.adjust.isEmpty { text += "You may change: " + task.adjust.map { "`\($0)`" }.joined(separator: ", ") + ".\n" }
        case .trueFalse, .numeric, .text:
            break
        }
        let introduction = offer.introduction
        text += "\n" + howToAnswer(question.kind, live: live) + (introduction.isEmpty ? "" : " " + introduction) + "\n"
        return text
    }

    /// The question type in words.
    public static func kindName(_ kind: QuestionKind) -> String {
        switch kind {
        case .single: return "one answer"
        case .multiple: return "several answers"
        case .trueFalse: return "true or false"
        case .numeric: return "a number"
        case .text: return "a word or phrase"
        case .order: return "put in order"
        case .match: return "match"
        case .simTask: return "simulation task"
        }
    }

    /// One line on how to type an answer; a simulation task opens its simulation only `live`
    /// (on a terminal), else its settings are typed.
    public static func howToAnswer(_ kind: QuestionKind, live: Bool = true) -> String {
        switch kind {
        case .single: return "Type the letter of your answer."
        case .multiple: return "Type every letter that applies, e.g. `a, c`."
        case .trueFalse: return "Type `true` or `false`."
        case let .numeric(answer):
            return answer.unit == "%" ? "Type a number (a percentage like `20` or `20%`)." : "Type a number."
        case .text: return "Type your answer in a few words."
        case .order: return "Type the ids in the right order, e.g. `a, c, b`."
        case .match: return "Type pairs as `pair=option`, e.g. `p1=o2, p2=o1`."
        case let .simTask(task):
            guard !live else { return "The simulation opens: change the settings until the goal holds, then press q." }
            return "Type the settings as `NAME=VALUE`, e.g. `\(task.adjust.first ?? "name")=…`, separated by commas."
        }
    }

    /// Choice and item ids for Tab completion.
    public static func completions(_ kind: QuestionKind) -> [String] {
        switch kind {
        case let .single(choices), let .multiple(choices): return choices.map(\.id)
        case .trueFalse: return ["true", "false"]
        case let .order(items): return items.map(\.id)
        case let .match(match): return match.pairs.map(\.id) + match.options.map(\.id)
        default: return []
        }
    }
}

extension [OrderItem] {
    /// Order items shown sorted by id, so the list does not give the answer away.
    var sortedForShowing: [OrderItem] { sorted { $0.id < $1.id } }
}

extension MatchAnswer {
    /// The options as shown: sorted by id, not in the file's order (often that of the pairs),
    /// and turned by one place if the sorted list still lines up with the pairs' answers.
    var optionsForShowing: [Option] {
        let sorted = options.sorted { $0.id < $1.id }
        let linedUp = sorted.count == pairs.count && zip(sorted, pairs).allSatisfy { $0.id == $1.match }
        return linedUp && sorted.count > 1 ? Array(sorted.dropFirst()) + [sorted[0]] : sorted
    }
}

extension String {
    var trimmingTrailingNewlines: String {
        var text = self
        while text.last == "\n" { text.removeLast() }
        return text
    }
}
