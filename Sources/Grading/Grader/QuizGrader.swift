import Course
import Foundation

/// Grades answers against a quiz: pure, deterministic, and safe with untrusted answers.
///
/// Build one per quiz and reuse it: construction normalises the accepted answers and compiles
/// the regular expressions once. Sim-tasks are graded by re-running the simulation through the
/// injected ``SimTaskRunner``; without one, a sim-task scores 0 with a note.
///
/// - Complexity: O(size of the answer) per question, except `order` (O(n²) in the items, at most
///   ``GradingLimits/maximumAnswerValues``) and sim-tasks (one simulation run, cached by the runner).
public struct QuizGrader: Sendable {
    public let quiz: Quiz
    /// How a submission's quiz id is compared with ``quiz``'s.
    public let idMatching: QuizIDMatching
    let runner: (any SimTaskRunner)?
    let prepared: [PreparedQuestion]
    private let indexByID: [String: Int]

    public init(quiz: Quiz, runner: (any SimTaskRunner)? = nil, idMatching: QuizIDMatching = .exact) {
        self.quiz = quiz
        self.idMatching = idMatching
        self.runner = runner
        self.prepared = quiz.questions.map(PreparedQuestion.init)
        var index: [String: Int] = [:]
        for (position, question) in quiz.questions.enumerated() where index[question.id] == nil {
            index[question.id] = position
        }
        self.indexByID = index
    }

    /// Grades `answer` (nil: not answered) to the question with `questionID`; nil when the quiz
    /// has no such question.
    public func grade(_ answer: AnswerValue?, questionID: String) -> QuestionGrade? {
        indexByID[questionID].map { grade(answer, prepared: prepared[$0]) }
    }

    /// Grades `answer` to one question (which need not belong to this quiz).
    public static func grade(_ answer: AnswerValue?, to question: Question, runner: (any SimTaskRunner)? = nil) -> QuestionGrade {
        QuizGrader(quiz: Quiz(id: "", questions: []), runner: runner).grade(answer, prepared: PreparedQuestion(question))
    }

    /// Grades a whole submission: every question of the quiz, in quiz order. Answers to ids the
    /// quiz does not have are listed in ``SubmissionGrade`` notes.
    public func grade(_ submission: Submission) -> SubmissionGrade {
        var answers: [String: AnswerValue] = [:]
        var notes: [String] = []
        var unknown: [String] = []
        for entry in submission.answers {
            if indexByID[entry.key] == nil {
                unknown.append(entry.key)
            } else if answers[entry.key] == nil {
                answers[entry.key] = entry.value
            }
        }
        let student = submission.student ?? submission.fileStem
        if submission.student == nil {
            notes.append("the submission names no student; using the file name '\(student)'")
        }
        if let quizID = submission.quiz, !idMatching.accepts(quizID, quizID: quiz.id) {
            var reason = "the submission is for quiz '\(quizID)', not '\(quiz.id)'"
            if idMatching == .fileStem {
                reason += " (if the quiz file is a copy of that quiz, grade with --quiz-id \(quizID))"
            }
            return SubmissionGrade(file: submission.path, student: student, quiz: quizID, outcome: .unreadable(reason))
        }
        if !unknown.isEmpty && answers.isEmpty {
            return SubmissionGrade(file: submission.path, student: student, quiz: submission.quiz ?? quiz.id,
                                   outcome: .unreadable("none of its answers is for a question of quiz '\(quiz.id)' (unknown ids: \(unknown.prefix(5).joined(separator: ", ")))"))
        }
        for id in unknown.prefix(20) {
            notes.append("answer to unknown question '\(id)' ignored")
        }
        if unknown.count > 20 { notes.append("\(unknown.count - 20) more answers to unknown questions ignored") }
        let grades = prepared.map { grade(answers[$0.question.id], prepared: $0) }
        return SubmissionGrade(file: submission.path, student: student, quiz: submission.quiz ?? quiz.id,
                               outcome: .graded(grades), notes: notes)
    }

    // MARK: One question

    func grade(_ answer: AnswerValue?, prepared: PreparedQuestion) -> QuestionGrade {
        let question = prepared.question
        var result = QuestionGrade(questionID: question.id, points: 0, maxPoints: question.points, given: answer,
                                   expected: prepared.expected, feedback: [])
        guard let answer else {
            result.feedback = ["not answered"]
            return result
        }
        let size = answer.size
        do throws(UnusableAnswer) {
            if size.characters > GradingLimits.maximumAnswerCharacters {
                throw UnusableAnswer("answer too long (\(size.characters) characters; the limit is \(GradingLimits.maximumAnswerCharacters))")
            }
            if size.values > GradingLimits.maximumAnswerValues {
                throw UnusableAnswer("answer has too many parts (\(size.values); the limit is \(GradingLimits.maximumAnswerValues))")
            }
            var notes: [String] = []
            let (fraction, feedback) = try score(answer, prepared: prepared, notes: &notes)
            result.points = question.points * min(1, max(0, fraction))
            result.feedback = feedback + notes
            result.notes = notes
        } catch {
            result.feedback = [error.reason]
            result.unusable = error.reason
        }
        return result
    }

    /// The fraction of the points the answer earns (0…1) and the feedback to show; `notes`
    /// gets what the gradebook should say about an answer that was graded all the same.
    private func score(_ answer: AnswerValue, prepared: PreparedQuestion,
                       notes: inout [String]) throws(UnusableAnswer) -> (Double, [String]) {
        switch prepared.question.kind {
        case .single(let choices): try scoreSingle(answer, choices: choices, prepared: prepared)
        case .multiple(let choices): try scoreMultiple(answer, choices: choices, prepared: prepared)
        case .trueFalse(let truth): try scoreTrueFalse(answer, truth: truth)
        case .numeric(let numeric): try scoreNumeric(answer, numeric: numeric)
        case .text: try scoreText(answer, prepared: prepared)
        case .order(let items): try scoreOrder(answer, items: items, prepared: prepared)
        case .match(let match): try scoreMatch(answer, match: match, prepared: prepared)
        case .simTask(let task): try scoreSimTask(answer, task: task, notes: &notes)
        }
    }

    /// A single text from an answer (a one-item list counts), or nil.
    private func singleText(_ answer: AnswerValue) -> String? {
        switch answer {
        case .scalar(let text): text
        case .list(let items) where items.count == 1: items[0].scalarText
        default: nil
        }
    }

    /// Texts of a list answer (a scalar is split on commas or spaces).
    private func listTexts(_ answer: AnswerValue, splitting: Bool = true) -> [String]? {
        switch answer {
        case .scalar(let text): splitting ? AnswerNormalizer.splitList(text) : [text]
        case .list(let items): items.compactMap(\.scalarText)
        case .map: nil
        }
    }

    private func choiceList(_ ids: [String]) -> String {
        ids.joined(separator: ", ")
    }

    // MARK: Choices

    private func scoreSingle(_ answer: AnswerValue, choices: [Choice], prepared: PreparedQuestion) throws(UnusableAnswer) -> (Double, [String]) {
        guard let text = singleText(answer) else { throw UnusableAnswer("pick one choice: \(choiceList(prepared.optionIDs))") }
        guard let index = prepared.option(text) else {
            throw UnusableAnswer("'\(text)' is not one of the choices (\(choiceList(prepared.optionIDs)))")
        }
        let choice = choices[index]
        return (choice.isCorrect ? 1 : 0, choice.feedback.map { [$0] } ?? [])
    }

    private func scoreMultiple(_ answer: AnswerValue, choices: [Choice], prepared: PreparedQuestion) throws(UnusableAnswer) -> (Double, [String]) {
        guard var texts = listTexts(answer) else { throw UnusableAnswer("give a list of choices: \(choiceList(prepared.optionIDs))") }
        if case .scalar(let whole) = answer,
           let index = prepared.option(whole) {
            texts = [prepared.optionIDs[index]]
        }
        var picked: [Int] = []
        var feedback: [String] = []
        var unknown = 0
        for text in texts {
            guard let index = prepared.option(text) else {
                feedback.append("'\(text)' is not one of the choices (\(choiceList(prepared.optionIDs)))")
                unknown += 1
                continue
            }
            if !picked.contains(index) { picked.append(index) }
        }
        for index in picked.sorted() {
            if let text = choices[index].feedback { feedback.append(text) }
        }
        if choices.contains(where: { $0.weight != nil }) {
            let total = picked.reduce(0.0) { $0 + (choices[$1].weight ?? 0) }
            return (min(100, max(0, total)) / 100, feedback)
        }
        let correctCount = choices.filter(\.isCorrect).count
        guard correctCount > 0 else { return (0, feedback) }
        let right = picked.filter { choices[$0].isCorrect }.count
        let wrong = picked.count - right + unknown
        return (max(0, Double(right - wrong) / Double(correctCount)), feedback)
    }

    private func scoreTrueFalse(_ answer: AnswerValue, truth: TrueFalseAnswer) throws(UnusableAnswer) -> (Double, [String]) {
        guard let text = singleText(answer), let value = AnswerNormalizer.truth(text) else {
            throw UnusableAnswer("answer true or false")
        }
        let feedback = (value ? truth.feedbackTrue : truth.feedbackFalse).map { [$0] } ?? []
        return (value == truth.answer ? 1 : 0, feedback)
    }

    // MARK: Numbers and text

    private func scoreNumeric(_ answer: AnswerValue, numeric: NumericAnswer) throws(UnusableAnswer) -> (Double, [String]) {
        guard let text = singleText(answer) else { throw UnusableAnswer("give one number") }
        guard case .value(let value) = AnswerNormalizer.number(text, unit: numeric.unit) else {
            let decimalComma = text.contains(",") && !text.contains(".")
            throw UnusableAnswer("'\(text)' is not a number" + (decimalComma ? " (use a dot for decimals: 0.5)" : ""))
        }
        let accepted: Bool
        switch numeric.accepted {
        case .absolute(let expected, let tolerance):
            accepted = abs(value - expected) <= tolerance + 1e-9 * max(1, abs(expected))
        case .relative(let expected, let fraction):
            accepted = abs(value - expected) <= fraction * abs(expected) + 1e-9 * max(1, abs(expected))
        case .range(let low, let high):
            let slack = 1e-9 * max(1, abs(low), abs(high))
            accepted = value >= low - slack && value <= high + slack
        }
        return (accepted ? 1 : 0, [])
    }

    private func scoreText(_ answer: AnswerValue, prepared: PreparedQuestion) throws(UnusableAnswer) -> (Double, [String]) {
        guard let text = singleText(answer) else { throw UnusableAnswer("give one answer as text") }
        let normalized = AnswerNormalizer.normalize(text)
        if prepared.accepted.contains(normalized) { return (1, []) }
        guard !prepared.patterns.isEmpty else { return (0, []) }
        if normalized.count > GradingLimits.maximumPatternInput {
            return (0, ["answer too long to match (\(normalized.count) characters; the limit is \(GradingLimits.maximumPatternInput))"])
        }
        var notes: [String] = []
        for pattern in prepared.patterns {
            switch PatternMatcher.matches(pattern, normalized) {
            case .match: return (1, [])
            case .noMatch: continue
            case .tooSlow: notes.append("a pattern took too long on this answer and was not counted")
            }
        }
        return (0, notes)
    }

    // MARK: Order and match

    private func scoreOrder(_ answer: AnswerValue, items: [OrderItem], prepared: PreparedQuestion) throws(UnusableAnswer) -> (Double, [String]) {
        guard let texts = listTexts(answer) else { throw UnusableAnswer("give the items in order: a list of \(choiceList(prepared.optionIDs))") }
        var position: [Int: Int] = [:]
        var feedback: [String] = []
        for (place, text) in texts.enumerated() {
            guard let index = prepared.option(text) else {
                feedback.append("'\(text)' is not one of the items (\(choiceList(prepared.optionIDs)))")
                continue
            }
            if position[index] == nil {
                position[index] = place
            } else {
                feedback.append("'\(items[index].id)' is listed twice; its first place counts")
            }
        }
        let missing = items.indices.filter { position[$0] == nil }.map { items[$0].id }
        if !missing.isEmpty { feedback.append("missing: \(missing.joined(separator: ", "))") }
        let n = items.count
        guard n >= 2 else { return (position[0] != nil ? 1 : 0, feedback) }
        var inOrder = 0
        for i in 0..<(n - 1) {
            guard let pi = position[i] else { continue }
            for j in (i + 1)..<n {
                if let pj = position[j], pi < pj { inOrder += 1 }
            }
        }
        return (Double(inOrder) / Double(n * (n - 1) / 2), feedback)
    }

    private func scoreMatch(_ answer: AnswerValue, match: MatchAnswer, prepared: PreparedQuestion) throws(UnusableAnswer) -> (Double, [String]) {
        var entries: [(String, String)] = []
        switch answer {
        case .map(let map):
            for entry in map {
                if let value = singleText(entry.value) { entries.append((entry.key, value)) }
            }
        case .scalar(let text):
            for part in text.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == "\n" }) {
                let pieces = part.split(whereSeparator: { $0 == "=" || $0 == ":" }).map { $0.trimmingCharacters(in: .whitespaces) }
                if pieces.count == 2 { entries.append((pieces[0], pieces[1])) }
            }
        case .list(let items):
            for item in items {
                if case .map(let map) = item, let entry = map.first, let value = singleText(entry.value) {
                    entries.append((entry.key, value))
                } else if let text = item.scalarText {
                    let pieces = text.split(whereSeparator: { $0 == "=" || $0 == ":" }).map { $0.trimmingCharacters(in: .whitespaces) }
                    if pieces.count == 2 { entries.append((pieces[0], pieces[1])) }
                }
            }
        }
        guard !entries.isEmpty else {
            throw UnusableAnswer("give a map of pairs to options, like {\(match.pairs.first?.id ?? "pair"): \(match.options.first?.id ?? "option")}")
        }
        var chosen: [Int: Int] = [:]
        var feedback: [String] = []
        for (pairText, optionText) in entries {
            guard let pair = prepared.option(pairText) else {
                feedback.append("'\(pairText)' is not one of the pairs (\(choiceList(prepared.optionIDs)))")
                continue
            }
            guard let option = prepared.matchOption(optionText) else {
                feedback.append("'\(optionText)' is not one of the options (\(choiceList(prepared.matchOptionIDs)))")
                continue
            }
            if chosen[pair] == nil { chosen[pair] = option }
        }
        guard !match.pairs.isEmpty else { return (0, feedback) }
        var right = 0
        for (index, pair) in match.pairs.enumerated() {
            if let option = chosen[index], match.options[option].id == pair.match { right += 1 }
        }
        return (Double(right) / Double(match.pairs.count), feedback)
    }

    // MARK: Sim-tasks

    private func scoreSimTask(_ answer: AnswerValue, task: SimTask,
                              notes: inout [String]) throws(UnusableAnswer) -> (Double, [String]) {
        var given: [(String, String)] = []
        switch answer {
        case .map(let map):
            for entry in map {
                guard let value = singleText(entry.value) else { throw UnusableAnswer("'\(entry.key)' must have one value") }
                given.append((entry.key, value))
            }
        case .scalar(let text):
            for part in AnswerInput.pairParts(text) {
                guard let (name, value) = AnswerInput.keyValue(part, separators: ["="]) else {
                    throw UnusableAnswer("give settings as NAME=VALUE or a map {name: value}")
                }
                given.append((name, value))
            }
        case .list:
            throw UnusableAnswer("give settings as a map {name: value}")
        }
        var settings: [String: String] = [:]
        for setting in task.start { settings[setting.name] = setting.value }
        for (name, value) in given {
            if task.adjust.contains(name) {
                settings[name] = value
            } else {
                notes.append("'\(name)' cannot be changed in this task; it was ignored")
            }
        }
        guard let runner else {
            notes.append("this grader cannot run simulations, so the task was not graded")
            return (0, [])
        }
        let snapshot: SimSnapshotLookup
        do {
            snapshot = try runner.snapshotValue(simulation: task.simulation, settings: settings, seed: task.seed)
        } catch {
            throw UnusableAnswer("the simulation could not run with these settings: \(error)")
        }
        var feedback: [String] = []
        var allHold = true
        for goal in task.goal {
            let (holds, note) = GoalCheck.evaluate(goal, snapshot: snapshot)
            if !holds {
                allHold = false
                feedback.append(note)
            }
        }
        return (allHold ? 1 : 0, feedback)
    }
}

extension AnswerValue {
    /// The text of a scalar, or nil.
    public var scalarText: String? {
        if case .scalar(let text) = self { return text }
        return nil
    }
}
