/// Converts a Moodle GIFT question bank into a ``Quiz``.
///
/// Understood: multiple choice (`=right ~wrong`), multiple answers with `%weight%`s,
/// true/false (`{T}`, `{FALSE#wrong feedback#right feedback}`), short answer (`{=a =b}`),
/// numeric (`{#9:0.5}`, `{#8..10}`, `{#=9:0 =%50%9:2}`), matching (`{=a -> 1 =b -> 2}`),
/// per-answer feedback (`#...`), general feedback (`####...`), titles (`::title::`), comments
/// (`//`), categories, format tags (`[markdown]`), missing-word questions (text after the
/// answers) and the escapes `\~ \= \# \{ \} \: \\ \n`.
///
/// What has no equivalent (essays, descriptions, partial credit in single-choice and
/// short-answer questions, extra numeric answers) is reported as a warning at its line; the
/// rest is converted. What is not GIFT (a `{` never closed, a `}` that closes nothing, an
/// answer without `=` or `~`, an empty answer) is an error at its place: the quiz is still
/// returned, but a tool should not write it (`lesson import` does not).
public enum GIFTImporter {
    /// The converted quiz and what could not be converted.
    public struct Result: Sendable {
        public var quiz: Quiz
        public var diagnostics: [Diagnostic]
    }

    /// Converts `source` into a quiz with id `quizID`.
    public static func convert(_ source: SourceFile, quizID: String, title: String? = nil) -> Result {
        var sink = DiagnosticSink(path: source.path)
        var questions: [Question] = []
        var usedIDs: Set<String> = []
        for chunk in GIFTChunker.chunks(source.lines, sink: &sink) {
            guard let question = convert(chunk, number: questions.count + 1, usedIDs: &usedIDs, sink: &sink) else { continue }
            questions.append(question)
        }
        if questions.isEmpty && !sink.hasErrors {
            sink.error("no question could be converted", at: nil)
        }
        return Result(quiz: Quiz(id: quizID, path: "", title: title, questions: questions), diagnostics: sink.finish())
    }

    // MARK: One question

    private static func convert(_ chunk: GIFTChunker.Chunk, number: Int, usedIDs: inout Set<String>,
                                sink: inout DiagnosticSink) -> Question? {
        let location = SourceLocation(line: chunk.line, column: 1)
        var text = chunk.text.trimmingSpaces()
        var title: String?
        if text.hasPrefix("::"), let end = GIFTText.find("::", in: text, from: 2) {
            title = GIFTText.unescape(String(text[text.index(text.startIndex, offsetBy: 2)..<end])).trimmingSpaces()
            text = String(text[text.index(end, offsetBy: 2)...])
        }
        text = text.trimmingSpaces()
        if text.hasPrefix("[") , let close = text.firstIndex(of: "]") {
            let format = text[text.index(after: text.startIndex)..<close].lowercased()
            if ["html", "moodle", "plain", "markdown"].contains(format) {
                if format == "html" {
                    sink.warning("HTML question text is kept as it is; check how it reads as Markdown", at: location)
                }
                text = String(text[text.index(after: close)...]).trimmingSpaces()
            }
        }
        guard let open = GIFTText.findUnescaped("{", in: text), let blockLocation = chunk.blockLocation else {
            sink.warning("'\(shortName(title, text))' has no answers (a description): skipped", at: location)
            return nil
        }
        guard let close = GIFTText.findUnescaped("}", in: text, from: text.index(after: open)) else {
            sink.error("'{' is never closed", at: blockLocation)
            return nil
        }
        let before = GIFTText.unescape(String(text[..<open])).trimmingSpaces()
        let after = GIFTText.unescape(String(text[text.index(after: close)...])).trimmingSpaces()
        let prompt = after.isEmpty ? before : before + " _____ " + after
        let block = String(text[text.index(after: open)..<close])
        var id = CourseID.slug(title ?? "") ?? "q\(number)"
        if usedIDs.contains(id) {
            var suffix = 2
            while usedIDs.contains("\(id)-\(suffix)") { suffix += 1 }
            id = "\(id)-\(suffix)"
        }
        let name = title ?? id
        guard let (kind, explanation) = convertBlock(block, name: name, location: blockLocation, sink: &sink) else { return nil }
        usedIDs.insert(id)
        return Question(id: id, prompt: prompt.isEmpty ? name : prompt, explanation: explanation, kind: kind, location: location)
    }

    private static func shortName(_ title: String?, _ text: String) -> String {
        let name = title ?? String(text.prefix(30))
        return name.count > 40 ? String(name.prefix(39)) + "…" : name
    }

    /// The question kind and general feedback for an answer block; `location` is its `{`.
    private static func convertBlock(_ raw: String, name: String, location: SourceLocation,
                                     sink: inout DiagnosticSink) -> (QuestionKind, String?)? {
        // Where a character offset of the trimmed block is in the file.
        let leading = raw.prefix(while: \.isWhitespace).count
        func place(_ offset: Int) -> SourceLocation {
            GIFTText.location(after: Substring("{" + raw.prefix(leading + offset)), from: location)
        }
        var block = raw
        var explanation: String?
        if let general = GIFTText.find("####", in: block) {
            explanation = GIFTText.unescape(String(block[block.index(general, offsetBy: 4)...])).trimmingSpaces()
            block = String(block[..<general])
        }
        let trimmed = block.trimmingSpaces()
        if trimmed.isEmpty {
            sink.warning("'\(name)' is an essay question, which cannot be graded automatically: skipped", at: location)
            return nil
        }
        if trimmed.hasPrefix("#") {
            return convertNumeric(String(trimmed.dropFirst()), name: name, location: location, sink: &sink).map { ($0, explanation) }
        }
        let head = trimmed.split(separator: "#", maxSplits: 1).first.map { $0.trimmingSpaces().uppercased() } ?? ""
        if ["T", "TRUE", "F", "FALSE"].contains(head) {
            let parts = GIFTText.splitUnescaped(trimmed, on: "#").map { GIFTText.unescape($0).trimmingSpaces() }
            let answer = head.hasPrefix("T")
            var truth = TrueFalseAnswer(answer: answer)
            // GIFT: the first feedback is shown for a wrong answer, the second for a right one.
            let wrongFeedback = parts.count > 1 && !parts[1].isEmpty ? parts[1] : nil
            let rightFeedback = parts.count > 2 && !parts[2].isEmpty ? parts[2] : nil
            truth.feedbackTrue = answer ? rightFeedback : wrongFeedback
            truth.feedbackFalse = answer ? wrongFeedback : rightFeedback
            return (.trueFalse(truth), explanation)
        }
        if let stray = GIFTAnswer.unprefixedText(trimmed) {
            let shown = stray.text.count > 30 ? String(stray.text.prefix(29)) + "…" : stray.text
            sink.error("answer '\(shown)' does not start with '=' (right) or '~' (wrong)", at: place(stray.offset),
                       hint: "each answer starts with '=' or '~'; a block of its own is T/F ({T}), numeric ({#9}) or an essay ({})")
            return nil
        }
        let answers = GIFTAnswer.parseAll(trimmed)
        for answer in answers where answer.text.isEmpty && answer.matchTarget == nil {
            sink.error("an answer is empty: '\(answer.isRight ? "=" : "~")' with no text after it", at: place(answer.offset),
                       hint: "write the answer after the '=' or '~', or remove it")
            return nil
        }
        guard !answers.isEmpty else {
            sink.warning("'\(name)': answers not understood: skipped", at: location)
            return nil
        }
        if answers.contains(where: { $0.matchTarget != nil }) {
            return convertMatch(answers, name: name, location: location, sink: &sink).map { ($0, explanation) }
        }
        let hasWrong = answers.contains { !$0.isRight }
        if !hasWrong {
            var accept: [String] = []
            for answer in answers {
                if let weight = answer.weight, weight < 100 {
                    sink.warning("'\(name)': partial credit for '\(answer.text)' has no equivalent; that answer is left out",
                                 at: location)
                    continue
                }
                accept.append(answer.text)
            }
            if answers.contains(where: { $0.feedback != nil }) {
                sink.warning("'\(name)': feedback on short answers is not kept", at: location)
            }
            guard !accept.isEmpty else { return nil }
            return (.text(TextAnswer(accept: accept)), explanation)
        }
        let ids = (0..<answers.count).map { choiceID($0) }
        let rightCount = answers.filter(\.isRight).count
        let weighted = answers.contains { $0.weight != nil }
        if rightCount == 1 {
            if answers.contains(where: { !$0.isRight && ($0.weight ?? 0) > 0 }) {
                sink.warning("'\(name)': partial credit on a wrong choice has no equivalent in a single-choice question; it scores 0",
                             at: location)
            }
            let choices = answers.enumerated().map { index, answer in
                Choice(id: ids[index], text: answer.text, isCorrect: answer.isRight, feedback: answer.feedback)
            }
            return (.single(choices), explanation)
        }
        if rightCount == 0 && weighted {
            let choices = answers.enumerated().map { index, answer in
                Choice(id: ids[index], text: answer.text, isCorrect: (answer.weight ?? 0) > 0, feedback: answer.feedback,
                       weight: answer.weight ?? 0)
            }
            let total = choices.compactMap(\.weight).filter { $0 > 0 }.reduce(0, +)
            if abs(total - 100) > 0.01 {
                sink.warning("'\(name)': the positive weights add up to \(NumberText.format(total))%, not 100%", at: location)
            }
            return (.multiple(choices), explanation)
        }
        if rightCount == 0 {
            sink.warning("'\(name)': no answer is marked right (=) or weighted: skipped", at: location)
            return nil
        }
        // Several '=' answers among '~' ones: every right answer is needed.
        let choices = answers.enumerated().map { index, answer in
            Choice(id: ids[index], text: answer.text, isCorrect: answer.isRight, feedback: answer.feedback)
        }
        return (.multiple(choices), explanation)
    }

    private static func choiceID(_ index: Int) -> String {
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        return index < letters.count ? String(letters[index]) : "c\(index + 1)"
    }

    private static func convertNumeric(_ body: String, name: String, location: SourceLocation,
                                       sink: inout DiagnosticSink) -> QuestionKind? {
        let trimmed = body.trimmingSpaces()
        let answers: [GIFTAnswer]
        if trimmed.hasPrefix("=") {
            answers = GIFTAnswer.parseAll(trimmed)
        } else {
            let parts = GIFTText.splitUnescaped(trimmed, on: "#")
            answers = [GIFTAnswer(isRight: true, weight: nil, text: GIFTText.unescape(parts.first ?? "").trimmingSpaces(),
                                  feedback: nil, matchTarget: nil)]
        }
        guard let first = answers.first(where: { ($0.weight ?? 100) >= 100 && $0.isRight }) else {
            sink.warning("'\(name)': no full-credit numeric answer: skipped", at: location)
            return nil
        }
        if answers.count > 1 {
            sink.warning("'\(name)': only the full-credit answer \(first.text) is kept; other numeric answers have no equivalent",
                         at: location)
        }
        let spec = first.text
        if let dots = spec.range(of: "..") {
            guard let low = NumberText.parse(spec[..<dots.lowerBound]), let high = NumberText.parse(spec[dots.upperBound...]),
                  low <= high else {
                sink.warning("'\(name)': numeric range '\(spec)' is not low..high: skipped", at: location)
                return nil
            }
            return .numeric(NumericAnswer(accepted: .range(low: low, high: high)))
        }
        let parts = spec.split(separator: ":", maxSplits: 1)
        guard let valueText = parts.first, let value = NumberText.parse(valueText) else {
            sink.warning("'\(name)': numeric answer '\(spec)' is not a number: skipped", at: location)
            return nil
        }
        var tolerance = 0.0
        if parts.count == 2 {
            guard let parsed = NumberText.parse(parts[1]), parsed >= 0 else {
                sink.warning("'\(name)': tolerance '\(parts[1])' is not a number: skipped", at: location)
                return nil
            }
            tolerance = parsed
        }
        return .numeric(NumericAnswer(accepted: .absolute(value: value, tolerance: tolerance)))
    }

    private static func convertMatch(_ answers: [GIFTAnswer], name: String, location: SourceLocation,
                                     sink: inout DiagnosticSink) -> QuestionKind? {
        var pairs: [MatchAnswer.Pair] = []
        var options: [MatchAnswer.Option] = []
        for answer in answers {
            guard answer.isRight, let target = answer.matchTarget else {
                sink.warning("'\(name)': a matching question takes only '=left -> right' answers: skipped", at: location)
                return nil
            }
            guard !target.trimmingSpaces().isEmpty else {
                sink.error("'\(name)': the answer '=\(answer.text) ->' has nothing after '->'", at: location,
                           hint: "write what '\(answer.text)' matches after '->'")
                return nil
            }
            let optionID: String
            if let existing = options.first(where: { $0.text == target }) {
                optionID = existing.id
            } else {
                optionID = "o\(options.count + 1)"
                options.append(.init(id: optionID, text: target))
            }
            if answer.text.isEmpty {
                continue  // GIFT allows an extra distractor on the right: "= -> distractor".
            }
            pairs.append(.init(id: "p\(pairs.count + 1)", text: answer.text, match: optionID))
        }
        guard !pairs.isEmpty else { return nil }
        return .match(MatchAnswer(pairs: pairs, options: options))
    }
}
