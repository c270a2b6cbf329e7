import Course
import Grading
import Simulations
import Terminal

/// Asks one question in place: shows it, reads answers at the prompt, grades each with the
/// grader, gives feedback and up to `maxAttempts` tries, then the explanation.
///
/// `hint` shows the next hint, `skip` moves on (when the quiz allows it), navigation commands
/// end the question and are handed back to the player. A line of the wrong form (see
/// ``AnswerForm``) is explained and asked again without using a try. A simulation task on a
/// live terminal opens its simulation; after a wrong try, Enter or `again` reopens it as the
/// learner left it.
public struct QuestionAsker {
    public static let maxAttempts = 3

    let console: PlayerConsole
    let runner: (any SimTaskRunner)?
    let registry: SimulationRegistry?
    /// Whether the chapter commands (`back`, `list`, `jump N`) work: in a lesson they end the
    /// question and go to the player; in `lesson quiz` there are no chapters, so they are
    /// answered with a note and the question is asked again, `next` moves on as `skip` does,
    /// and `?` says only what works in a quiz.
    let lessonNavigation: Bool

    public init(console: PlayerConsole, runner: (any SimTaskRunner)?, registry: SimulationRegistry?, lessonNavigation: Bool = true) {
        self.console = console
        self.runner = runner
        self.registry = registry
        self.lessonNavigation = lessonNavigation
    }

    public func ask(_ question: Question, allowSkip: Bool, number: Int? = nil, total: Int? = nil) -> QuestionOutcome {
        let theme = console.theme
        // A simulation task on a live terminal opens its simulation; elsewhere it is typed.
        var liveTask: (task: SimTask, registry: SimulationRegistry)?
        if case let .simTask(task) = question.kind, console.isInteractive, let registry { liveTask = (task, registry) }
        let offer = RetryOffer(hints: !question.hints.isEmpty, skip: allowSkip, reopensSimulation: liveTask != nil)
        console.blankLine()
        console.showMarkdown(QuestionPresenter.markdown(question, number: number, total: total, offer: offer))
        var hintsShown = 0
        var attempts = 0
        var best = 0.0
        var lastAnswer: AnswerValue?
        var taskSession: SimulationSession?
        var opensSimulation = liveTask != nil
        let completions = QuestionPresenter.completions(question.kind) + offer.words
            + (lessonNavigation ? PlayerCommand.words : PlayerCommand.quizWords)
        while true {
            let answer: AnswerValue
            if opensSimulation, let (task, registry) = liveTask {
                opensSimulation = false
                guard let played = playTask(task, registry: registry, resuming: taskSession) else { return .skipped }
                taskSession = played
                answer = Self.settingsAnswer(task, played.settings)
                console.showLine(StyledText("Your settings: " + answer.displayText, style: theme.style(.muted)))
            } else {
                guard let line = console.readLine(prompt: "answer> ", completions: completions) else { return .endOfInput(lastAnswer: lastAnswer) }
                let lowered = line.lowercased()
                if lowered == "hint" {
                    if hintsShown < question.hints.count {
                        hintsShown += 1
                        console.showMarkdown("*Hint \(hintsShown) of \(question.hints.count):* " + question.hints[hintsShown - 1])
                    } else {
                        console.showLine(StyledText(question.hints.isEmpty ? "This question has no hints." : "No more hints.", style: theme.style(.muted)))
                    }
                    continue
                }
                // `next` at a question is a skip in a quiz, and also in a lesson when skipping is
                // not allowed (so it is refused there); else it goes to the player.
                let isNext = PlayerCommand.parse(line) == .next
                if lowered == "skip" || (isNext && !(lessonNavigation && allowSkip)) {
                    guard allowSkip else {
                        console.showLine(StyledText("This quiz does not allow skipping.", style: theme.style(.warning)))
                        continue
                    }
                    explain(question)
                    return .skipped
                }
                if let command = PlayerCommand.parse(line) {
                    if command == .help {
                        console.showMarkdown(lessonNavigation ? PlayerCommand.helpText : PlayerCommand.quizHelpText)
                        continue
                    }
                    if !lessonNavigation, command != .quit {
                        console.showMarkdown(PlayerCommand.quizOnlyNote)
                        continue
                    }
                    return .command(command)
                }
                if liveTask != nil, line.isEmpty || lowered == "again" {
                    opensSimulation = true
                    continue
                }
                if line.isEmpty { continue }
                // A slip of form (`abc` for a number, an id that is not there) costs no try.
                if let problem = AnswerForm.problem(line, for: question) {
                    console.showMarkdown(problem + " *(Not counted as a try.)*")
                    continue
                }
                answer = AnswerInput.parse(line, for: question)
                if let problem = settingProblem(answer, question: question) {
                    console.showMarkdown(problem + " *(Not counted as a try.)*")
                    continue
                }
            }
            attempts += 1
            lastAnswer = answer
            let grade = QuizGrader.grade(answer, to: question, runner: runner)
            let fraction = grade.maxPoints > 0 ? grade.points / grade.maxPoints : 0
            best = max(best, fraction)
            if grade.isFullMarks {
                console.showLine(StyledText(theme.symbols.check + " Correct.", style: theme.style(.good, bold: true)))
                showFeedback(grade)
                explain(question)
                return .answered(fraction: best, attempts: attempts, answer: lastAnswer)
            }
            let verdict = fraction > 0 ? "Partly right (\(Int((fraction * 100).rounded()))%)." : "Not quite."
            console.showLine(StyledText(theme.symbols.cross + " " + verdict, style: theme.style(.bad, bold: true)))
            showFeedback(grade)
            if attempts >= Self.maxAttempts {
                console.showMarkdown("The expected answer: **\(grade.expected)**")
                explain(question)
                return .answered(fraction: best, attempts: attempts, answer: lastAnswer)
            }
            console.showLine(StyledText(offer.afterWrongTry(left: Self.maxAttempts - attempts), style: theme.style(.muted)))
        }
    }

    private func showFeedback(_ grade: QuestionGrade) {
        for line in grade.feedback where !line.isEmpty {
            console.showMarkdown("> " + line)
        }
    }

    private func explain(_ question: Question) {
        guard let explanation = question.explanation, !explanation.isEmpty else { return }
        console.showMarkdown("**Why:** " + explanation)
        console.blankLine()
    }

    /// Opens the task's simulation: from its start settings the first time, else as the
    /// learner left it (`resuming`). Returns the session as the learner leaves it; nil when the
    /// simulation cannot start.
    private func playTask(_ task: SimTask, registry: SimulationRegistry, resuming: SimulationSession?) -> SimulationSession? {
        if let resuming { return console.run(resuming) }
        do {
            let entry = try registry.entry(task.simulation)
            let session = try entry.session(pairs: task.start.map { ($0.name, $0.value) }, seed: task.seed)
            return console.run(session)
        } catch {
            console.showLine(StyledText("The simulation could not start: \(error)", style: console.theme.style(.bad)))
            return nil
        }
    }

    /// For a typed simulation task: why a value cannot be set (out of range, not a number,
    /// not one of the choices), as the simulation itself would say; nil when every value can.
    func settingProblem(_ answer: AnswerValue, question: Question) -> String? {
        guard case let .simTask(task) = question.kind, let registry, case let .map(entries) = answer,
              let entry = try? registry.entry(task.simulation) else { return nil }
        var pairs = task.start.map { ($0.name, $0.value) }
        for given in entries {
            guard let value = given.value.scalarText else { continue }
            pairs.append((given.key, value))
        }
        do {
            _ = try Settings(entry.parameters, simulation: entry.id, pairs: pairs)
            return nil
        } catch {
            return error.description
        }
    }

    /// The settings the learner may adjust, as the answer to `task`.
    static func settingsAnswer(_ task: SimTask, _ settings: Settings) -> AnswerValue {
        .map(task.adjust.map { name in AnswerEntry(key: name, value: .scalar(settings[name].text)) })
    }
}
