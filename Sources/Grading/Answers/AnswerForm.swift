import Course

/// Whether a line typed at the quiz prompt has the form its question expects, before it is
/// graded: a number for `numeric`, choice ids for `single` and `multiple`, item ids for
/// `order`, `pair=option` for `match`, `NAME=VALUE` of the adjustable settings for `sim-task`.
///
/// A line of the wrong form is a typing slip, not a wrong answer: the player says what form is
/// expected and asks again without using up a try. Pure; `text` answers always have the form.
public enum AnswerForm {
    /// Nil when `typed` has the form `question` expects; else one sentence saying what is wrong
    /// and what to type instead.
    public static func problem(_ typed: String, for question: Question) -> String? {
        let text = typed.trimmingSpacesAndNewlines()
        guard !text.isEmpty else { return "Type an answer." }
        if case .text = question.kind { return nil }
        let prepared = PreparedQuestion(question)
        let ids = prepared.optionIDs.joined(separator: ", ")
        switch question.kind {
        case .single:
            guard prepared.option(text) == nil else { return nil }
            return "'\(text)' is not one of the choices: type one of \(ids)."
        case .multiple:
            if prepared.option(text) != nil { return nil }
            guard let unknown = AnswerNormalizer.splitList(text).first(where: { prepared.option($0) == nil }) else { return nil }
            return "'\(unknown)' is not one of the choices: type the ones that apply from \(ids), e.g. `a, c`."
        case .trueFalse:
            guard AnswerNormalizer.truth(text) == nil else { return nil }
            return "'\(text)' is not true or false: type `true` or `false` (or `t`, `f`, `yes`, `no`)."
        case let .numeric(numeric):
            guard case .notANumber = AnswerNormalizer.number(text, unit: numeric.unit) else { return nil }
            let decimalComma = text.contains(",") && !text.contains(".")
            let example = numeric.unit == "%" ? "`20` or `20%`" : "`0.5` or `1e-3`"
            return "'\(text)' is not a number: type a number such as \(example)" + (decimalComma ? " (with a dot for decimals)." : ".")
        case .text:
            return nil
        case .order:
            guard case let .list(items) = AnswerInput.parse(text, for: question) else { return nil }
            let given = items.compactMap(\.scalarText)
            if let unknown = given.first(where: { prepared.option($0) == nil }) {
                return "'\(unknown)' is not one of the items: type the ids \(ids) in order, e.g. `a, c, b`."
            }
            // Every item once: a list with one missing or twice is a slip, not an ordering.
            let places = given.compactMap(prepared.option)
            if let twice = places.first(where: { place in places.filter { $0 == place }.count > 1 }) {
                return "'\(prepared.optionIDs[twice])' is listed twice: put each of the \(prepared.optionIDs.count) items in once."
            }
            let missing = prepared.optionIDs.indices.filter { !places.contains($0) }.map { prepared.optionIDs[$0] }
            if !missing.isEmpty {
                return "Put all \(prepared.optionIDs.count) items in order; missing: \(missing.joined(separator: ", "))."
            }
            return nil
        case .match:
            for part in AnswerInput.pairParts(text) {
                guard let (pair, option) = AnswerInput.keyValue(part, separators: ["=", ":"]) else {
                    return "'\(part)' is not a pair: type pairs as `pair=option`, e.g. `p1=o2, p2=o1`."
                }
                if prepared.option(pair) == nil {
                    return "'\(pair)' is not one of the pairs: use \(ids) on the left of `=`."
                }
                if prepared.matchOption(option) == nil {
                    return "'\(option)' is not one of the options: use \(prepared.matchOptionIDs.joined(separator: ", ")) on the right of `=`."
                }
            }
            return nil
        case let .simTask(task):
            let names = task.adjust.joined(separator: ", ")
            for part in AnswerInput.pairParts(text) {
                guard let (name, _) = AnswerInput.keyValue(part, separators: ["="]) else {
                    return "'\(part)' is not a setting: type settings as `NAME=VALUE`, e.g. `\(task.adjust.first ?? "name")=…`."
                }
                if !task.adjust.contains(name) {
                    return "'\(name)' is not a setting you may change here: change \(names)."
                }
            }
            return nil
        }
    }
}
