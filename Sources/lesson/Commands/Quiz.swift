import ArgumentParser
import Course
import Foundation
import Grading
import Runtime
import Terminal

/// `lesson quiz QUIZ`: takes a quiz at the readline prompt (or line by line from a pipe),
/// with feedback after each answer and a final score; `--answers-out` saves the answers as a
/// submission file that `lesson grade` reads.
struct Quiz: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quiz",
        abstract: "Take a quiz at the readline prompt."
    )

    @OptionGroup var display: DisplayOptions

    @Argument(help: "A quiz id (e.g. practical-methodology/03-hyperparameter-tuning) or a quiz file.")
    var quiz: String

    @Option(help: ArgumentHelp("Save your answers to this file as a submission (YAML, or JSON for .json). Checked before the first question; an existing file is kept unless --force is given.", valueName: "FILE"))
    var answersOut: String?

    @Flag(help: "Replace the --answers-out file if it already exists.")
    var force = false

    @Option(help: "The student name written into the answers file (default: $USER, else 'student').")
    var student: String?

    /// `--student`, else `$USER`, else "student".
    var studentName: String {
        if let student { return student }
        if let user = ProcessInfo.processInfo.environment["USER"], !user.isEmpty { return user }
        return "student"
    }

    func validate() throws {
        if force && answersOut == nil { throw ValidationError("--force replaces the --answers-out file; give --answers-out FILE too.") }
    }

    func run() throws {
        // A quiz id names its lesson first (LESSON/CHAPTER); a path to a file names none.
        let lessonOfQuiz = quiz.hasSuffix(".yaml") || quiz.hasSuffix(".yml") ? nil : quiz.split(separator: "/").first.map(String.init)
        let setup = try PlayerSetup(display: display, lesson: lessonOfQuiz)
        let loaded = setup.library.quiz(named: quiz)
        guard let taken = loaded.quiz else {
            let text = DiagnosticFormatter(style: .plain).format(loaded.diagnostics)
            throw CommandFailure.badInput(text.isEmpty ? "no quiz '\(quiz)'" : text)
        }
        // Before the first question, so a learner never answers a whole quiz for nothing.
        if let answersOut { try AnswersDestination.check(answersOut, force: force) }
        let keeper = ProgressKeeper(store: setup.store)
        for notice in keeper.takeNotices() { Output.error("lesson: " + notice) }
        let sheet = AnswerSheet(quiz: taken.id, student: studentName, destination: answersOut)
        let (terminal, console) = try setup.console(display: display, keeper: keeper, history: taken.id.split(separator: "/").first.map(String.init),
                                                    onInterrupt: { [sheet] in sheet.saveOnInterrupt() })
        defer { terminal.end() }
        let asker = QuestionAsker(console: console, runner: RegistrySimTaskRunner(registry: setup.registry), registry: setup.registry,
                                  lessonNavigation: false)
        console.showLine(StyledText(taken.title ?? taken.id, style: console.theme.style(.heading, bold: true)))
        var score = 0.0
        var ended = false
        loop: for (index, question) in taken.questions.enumerated() {
            switch asker.ask(question, allowSkip: taken.allowSkip, number: index + 1, total: taken.questions.count) {
            case let .answered(fraction, _, answer):
                score += fraction * question.points
                if let answer { sheet.answers.append(AnswerEntry(key: question.id, value: answer)) }
            case .skipped, .command(.next):
                continue
            case let .endOfInput(lastAnswer):
                // Input ended mid-question: the answer tried last still goes into the file.
                if let lastAnswer { sheet.answers.append(AnswerEntry(key: question.id, value: lastAnswer)) }
                ended = true
                break loop
            case .command(.quit):
                ended = true
                break loop
            case .command:
                console.showLine(StyledText("(Navigation works in lessons; here: answer, hint, skip, or quit.)"))
            }
        }
        let maximum = taken.maximumScore
        let percent = maximum > 0 ? Int((score / maximum * 100).rounded()) : 0
        console.showLine(StyledText("Score: \(NumberFormatting.points(score)) of \(NumberFormatting.points(maximum)) points (\(percent)%)" + (ended ? ", quiz left early." : "."), style: console.theme.style(.accent, bold: true)))
        if let answersOut {
            do {
                try sheet.save()
            } catch {
                // Checked at the start, yet it failed now: the answers go to the screen, not lost.
                console.showLine(StyledText("Your answers could not be saved to \(answersOut); here they are:"))
                Output.write(sheet.text)
                throw CommandFailure.badInput("cannot write \(answersOut): \(error.localizedDescription)")
            }
            console.showLine(StyledText("Answers saved to \(answersOut)."))
        }
    }
}
