import Course
import Grading
import Simulations
import Testing
@testable import Runtime

/// Asking one question: tries, slips of form, what is offered after a wrong try, and a
/// simulation task reopened as the learner left it.
@Suite struct QuestionAskerTests {
    let percent = Question(id: "debug-share", prompt: "How much?", hints: ["More than half."],
                           kind: .numeric(NumericAnswer(accepted: .absolute(value: 60, tolerance: 0), unit: "%")))
    let order = Question(id: "triage", prompt: "Order them.",
                         kind: .order([OrderItem(id: "batch", text: "Overfit a batch"), OrderItem(id: "curves", text: "Read the curves")]))
    let pick = Question(id: "pick", prompt: "Which?", kind: .single([
        Choice(id: "a", text: "Grid", isCorrect: false), Choice(id: "b", text: "Random", isCorrect: true),
        Choice(id: "c", text: "Both", isCorrect: false),
    ]))

    private func ask(_ question: Question, allowSkip: Bool = true, script: [String]) -> (QuestionOutcome, ScriptedConsole) {
        let console = ScriptedConsole(script: script)
        let outcome = QuestionAsker(console: console, runner: nil, registry: nil).ask(question, allowSkip: allowSkip)
        return (outcome, console)
    }

    @Test func aWordForANumberIsExplainedAndCostsNoTry() {
        // Two wrong numbers leave one try: without the slip counted, the third number scores.
        let (outcome, console) = ask(percent, script: ["abc", "12", "13", "60"])
        #expect(outcome == .answered(fraction: 1, attempts: 3, answer: .scalar("60")))
        #expect(console.output.contains("'abc' is not a number"))
        #expect(console.output.contains("Not counted"))
        #expect(console.script.isEmpty)
    }

    @Test func unknownIdsAndChoicesCostNoTry() {
        let (ordered, orderConsole) = ask(order, script: ["batch, curvs", "curves, batch", "batch, cuves", "curves batch", "batch curves"])
        #expect(ordered == .answered(fraction: 1, attempts: 3, answer: .list([.scalar("batch"), .scalar("curves")])))
        #expect(orderConsole.output.contains("'curvs' is not one of the items"))
        let (picked, _) = ask(pick, script: ["z", "zz", "a", "c", "b"])
        #expect(picked == .answered(fraction: 1, attempts: 3, answer: .scalar("b")))
    }

    @Test func afterAWrongTryOnlyWhatIsAllowedIsOffered() {
        let (_, strict) = ask(pick, allowSkip: false, script: ["a", "quit"])
        #expect(strict.output.contains("Try again (2 more tries)."))
        #expect(!strict.output.contains("skip"), "skipping is not allowed")
        #expect(!strict.output.contains("hint"), "the question has no hints")
        let (_, open) = ask(percent, allowSkip: true, script: ["12", "quit"])
        #expect(open.output.contains("Try again (2 more tries), or type hint or skip."))
        let (_, hintOnly) = ask(percent, allowSkip: false, script: ["12", "quit"])
        #expect(hintOnly.output.contains("Try again (2 more tries), or type hint."))
    }

    @Test func retryOfferNamesOnlyWhatIsAllowed() {
        #expect(RetryOffer(hints: false, skip: false).afterWrongTry(left: 1) == "Try again (1 more try).")
        #expect(RetryOffer(hints: false, skip: true).afterWrongTry(left: 2) == "Try again (2 more tries), or type skip.")
        #expect(RetryOffer(hints: true, skip: false).words == ["hint"])
        let live = RetryOffer(hints: true, skip: true, reopensSimulation: true)
        #expect(live.afterWrongTry(left: 2).contains("press Enter (or type again) to reopen the simulation"))
        #expect(live.words == ["again", "hint", "skip"])
    }

    @Test func aFailedSimulationTaskWaitsAtThePromptAndReopensWithTheLearnersSettings() throws {
        let registry = SimulationRegistry(assets: try SimulationAssetsLoader.load(from: ContentSource(origin: .embedded)))
        let task = SimTask(simulation: "complexity", start: [.init(name: "complexity", value: "95"), .init(name: "data", value: "20")],
                           adjust: ["complexity", "regularization", "data"],
                           goal: [.init(key: "verdict", comparison: .equals("good"))], answer: [])
        let question = Question(id: "complexity-good", prompt: "Make it good.", hints: ["Less capacity."], kind: .simTask(task))
        // First run: one step down in complexity (still overfitting). Then Enter reopens it,
        // the learner leaves it unchanged, and skips at the prompt.
        let console = ScriptedConsole(script: ["", "skip"], isInteractive: true, simulationKeys: [[.left], []])
        let outcome = QuestionAsker(console: console, runner: RegistrySimTaskRunner(registry: registry), registry: registry)
            .ask(question, allowSkip: true)
        #expect(outcome == .skipped)
        #expect(console.output.contains("Not quite"))
        #expect(console.output.contains("press Enter (or type again) to reopen the simulation"))
        #expect(console.prompts == ["answer> ", "answer> "], "after each failed run the learner gets a prompt")
        #expect(console.openedWith.count == 2)
        let first = try #require(console.openedWith.first), second = try #require(console.openedWith.last)
        #expect(first["complexity"].text == "95")
        #expect(second["complexity"].text != "95", "reopened with the learner's change, not the start")
        #expect(console.script.isEmpty)
    }

    @Test func aTypedSettingTheSimulationRefusesCostsNoTry() throws {
        let registry = SimulationRegistry(assets: try SimulationAssetsLoader.load(from: ContentSource(origin: .embedded)))
        let task = SimTask(simulation: "complexity", start: [.init(name: "complexity", value: "95"), .init(name: "data", value: "20")],
                           adjust: ["complexity", "regularization", "data"],
                           goal: [.init(key: "verdict", comparison: .equals("good"))], answer: [])
        let question = Question(id: "complexity-good", prompt: "Make it good.", kind: .simTask(task))
        // Piped: typed settings. Out of range and not a number are slips; then three real tries.
        let console = ScriptedConsole(script: ["complexity=500", "complexity=abc", "complexity=90", "complexity=91", "complexity=92"])
        let outcome = QuestionAsker(console: console, runner: RegistrySimTaskRunner(registry: registry), registry: registry)
            .ask(question, allowSkip: true)
        #expect(console.output.contains("Type the settings as `NAME=VALUE`"))
        #expect(!console.output.contains("The simulation opens"), "it does not open without a terminal")
        #expect(console.output.contains("out of range"))
        #expect(console.output.components(separatedBy: "Not counted as a try").count == 3)
        if case let .answered(_, attempts, _) = outcome { #expect(attempts == 3) } else { Issue.record("\(outcome)") }
        #expect(console.script.isEmpty)
    }

    /// In `lesson quiz` there are no chapters: `?` said that `back`, `list` and `jump N` work,
    /// and typing one moved on to the next question.
    @Test func inAQuizTheHelpAndTheCommandsAreTheQuizzes() {
        let console = ScriptedConsole(script: ["?", "back", "jump 2", "list", "b"])
        let asker = QuestionAsker(console: console, runner: nil, registry: nil, lessonNavigation: false)
        #expect(asker.ask(pick, allowSkip: true) == .answered(fraction: 1, attempts: 1, answer: .scalar("b")))
        #expect(console.output.contains("In a quiz:"))
        #expect(!console.output.contains("previous chapter"))
        #expect(console.output.components(separatedBy: "move between chapters of a lesson").count == 4)
        #expect(console.completionsOffered.allSatisfy { !$0.contains("back") && !$0.contains("jump") && !$0.contains("list") })
        // `next` moves on as `skip` does, and only when skipping is allowed.
        let strict = ScriptedConsole(script: ["next", "b"])
        #expect(QuestionAsker(console: strict, runner: nil, registry: nil, lessonNavigation: false).ask(pick, allowSkip: false)
                == .answered(fraction: 1, attempts: 1, answer: .scalar("b")))
        #expect(strict.output.contains("does not allow skipping"))
        let open = ScriptedConsole(script: ["next"])
        #expect(QuestionAsker(console: open, runner: nil, registry: nil, lessonNavigation: false).ask(pick, allowSkip: true) == .skipped)
        // In a lesson the chapter commands still go to the player.
        let (lesson, lessonConsole) = ask(pick, script: ["?", "back"])
        #expect(lesson == .command(.back))
        #expect(lessonConsole.output.contains("previous chapter"))
        // ...but `next` at a question of a quiz without skipping is refused there too.
        let strictLesson = ScriptedConsole(script: ["next", "b"])
        #expect(QuestionAsker(console: strictLesson, runner: nil, registry: nil, lessonNavigation: true).ask(pick, allowSkip: false)
                == .answered(fraction: 1, attempts: 1, answer: .scalar("b")))
        #expect(strictLesson.output.contains("does not allow skipping"))
        let openLesson = ScriptedConsole(script: ["next"])
        #expect(QuestionAsker(console: openLesson, runner: nil, registry: nil, lessonNavigation: true).ask(pick, allowSkip: true)
                == .command(.next))
    }
}
