import Course
import Grading
import Simulations
import Terminal

/// Plays a lesson chapter by chapter as a scrolling document: text, callouts and step cards
/// print; simulations open live; pauses and questions wait at the prompt, where the navigation
/// commands work too. Progress is saved after every step.
public final class Player {
    /// How a playing session ended.
    public enum Ending: Equatable, Sendable {
        /// The last chapter was finished.
        case finished
        /// The learner typed `quit`.
        case quit
        /// Input ended (Ctrl-D, or the end of a piped script).
        case endOfInput
        /// The lesson or a chapter has errors; the diagnostics were shown.
        case brokenContent
        /// The chapter asked for is not in the lesson; nothing was played or saved.
        case noSuchChapter(ChapterSelection.Problem)
    }

    let library: CourseLibrary
    let console: PlayerConsole
    let keeper: ProgressKeeper
    let registry: SimulationRegistry
    let runner: RegistrySimTaskRunner
    /// The seed the chapters' simulations start from (`--seed`); quiz tasks keep their own.
    let simulationSeed: UInt64

    public init(library: CourseLibrary, console: PlayerConsole, keeper: ProgressKeeper, registry: SimulationRegistry,
                simulationSeed: UInt64 = 1) {
        self.library = library
        self.console = console
        self.keeper = keeper
        self.registry = registry
        self.runner = RegistrySimTaskRunner(registry: registry)
        self.simulationSeed = simulationSeed
    }

    /// Plays `lesson` from `chapter` (a stem, or its number from 1), else from where the learner
    /// left off, else from the start. A `chapter` the lesson does not have plays nothing.
    public func play(lesson: LessonManifest, chapter: String? = nil) -> Ending {
        let stems = lesson.chapters.map(\.name)
        guard !stems.isEmpty else { return .finished }
        var index = 0
        var block = 0
        if let chapter {
            switch ChapterSelection.index(of: chapter, in: lesson) {
            case let .success(found): index = found
            case let .failure(problem):
                console.showLine(StyledText(problem.description, style: console.theme.style(.bad)))
                return .noSuchChapter(problem)
            }
        } else if let position = keeper.progress.resumePosition(of: lesson.id), let found = stems.firstIndex(of: position.chapter) {
            index = found
            block = position.block
        }
        while index < stems.count {
            let result = playChapter(lesson: lesson, index: index, startingAt: block)
            block = 0
            switch result {
            case .next:
                index += 1
            case let .goTo(target):
                index = max(0, min(stems.count - 1, target))
            case let .end(ending):
                return ending
            }
        }
        console.showMarkdown("**\(lesson.title)** is complete. Run `lesson` to choose the next lesson.")
        return .finished
    }

    private enum ChapterResult {
        case next
        case goTo(Int)
        case end(Ending)
    }

    private func playChapter(lesson: LessonManifest, index: Int, startingAt firstStep: Int) -> ChapterResult {
        let stem = lesson.chapters[index].name
        let loaded = library.chapter(lesson: lesson.id, stem: stem)
        guard let chapter = loaded.chapter, let source = loaded.source else {
            showProblems(loaded.diagnostics)
            return .end(.brokenContent)
        }
        var quiz: Quiz?
        if let quizID = chapter.frontMatter.quiz {
            let result = library.quiz(quizID)
            guard let found = result.quiz else {
                showProblems(result.diagnostics)
                return .end(.brokenContent)
            }
            quiz = found
        }
        let steps = ChapterStep.steps(of: chapter, source: source)
        showHeader(lesson: lesson, index: index, title: chapter.frontMatter.title)
        flushNotices()
        var asked: Set<String> = []
        var step = min(max(0, firstStep), steps.count)
        if step > 0 {
            console.showLine(StyledText("Resuming where you left off; the last passage again:", style: console.theme.style(.muted)))
            // Questions before the resume point count as asked; the last text shown is shown
            // again, so the learner has the context back.
            for earlier in steps[..<step] { if case let .question(id) = earlier { asked.insert(id) } }
            if let context = steps[..<step].last(where: { if case .text = $0 { return true } else { return false } }) {
                var ignored: Set<String> = []
                _ = perform(context, lesson: lesson, quiz: quiz, asked: &ignored, chapterIndex: index)
            }
        }
        while step < steps.count {
            keeper.update { progress, now in progress.move(lesson: lesson.id, to: LessonPosition(chapter: stem, block: step), at: now) }
            let outcome = perform(steps[step], lesson: lesson, quiz: quiz, asked: &asked, chapterIndex: index)
            switch outcome {
            case .proceed:
                step += 1
            case let .navigate(command):
                if let result = navigate(command, lesson: lesson, index: index) { return result }
            case let .end(ending):
                return .end(ending)
            }
        }
        keeper.update { progress, now in
            progress.finishChapter(lesson: lesson.id, chapter: stem, at: now)
            let nextStem = index + 1 < lesson.chapters.count ? lesson.chapters[index + 1].name : stem
            progress.move(lesson: lesson.id, to: LessonPosition(chapter: nextStem, block: index + 1 < lesson.chapters.count ? 0 : steps.count), at: now)
        }
        guard index + 1 < lesson.chapters.count else { return .next }
        while true {
            guard let line = console.readLine(prompt: "Chapter done. Enter for the next chapter (? for commands): ", completions: PlayerCommand.words) else {
                return .end(.endOfInput)
            }
            if line.isEmpty { return .next }
            if let command = PlayerCommand.parse(line), let result = navigate(command, lesson: lesson, index: index) { return result }
        }
    }

    private enum StepOutcome {
        case proceed
        case navigate(PlayerCommand)
        case end(Ending)
    }

    private func perform(_ step: ChapterStep, lesson: LessonManifest, quiz: Quiz?, asked: inout Set<String>, chapterIndex: Int) -> StepOutcome {
        let width = console.textWidth
        let theme = console.theme
        switch step {
        case let .text(source):
            console.show(Markdown.render(source, width: width, theme: theme))
            console.blankLine()
        case let .callout(style, title, body):
            console.show(Callout(Callout.Kind(rawValue: style) ?? .note, title: title, body: body).rendered(width: width, theme: theme))
            console.blankLine()
        case let .steps(items):
            console.show(StepCards(steps: items).rendered(width: width, theme: theme))
            console.blankLine()
        case let .simulation(id, settings, caption):
            if !caption.isEmpty { console.showMarkdown("*Try this:* " + caption) }
            do {
                let session = try registry.entry(id).session(pairs: settings.map { ($0.name, $0.value) }, seed: simulationSeed)
                if console.isInteractive {
                    console.showLine(StyledText("Opening the simulation; q or Enter returns to the lesson.", style: theme.style(.muted)))
                }
                _ = console.run(session)
                console.blankLine()
            } catch {
                console.showLine(StyledText("This simulation cannot start: \(error)", style: theme.style(.bad)))
            }
        case .pause:
            while true {
                guard let line = console.readLine(prompt: "── Enter to continue (? for commands) ── ", completions: PlayerCommand.words) else {
                    return .end(.endOfInput)
                }
                if line.isEmpty || line.lowercased() == "skip" { return .proceed }
                if let command = PlayerCommand.parse(line) {
                    if command == .next { return .proceed }
                    return .navigate(command)
                }
                console.showLine(StyledText("Press Enter to go on, or type ? for the commands.", style: theme.style(.muted)))
            }
        case let .question(id):
            guard let quiz, let question = quiz.question(id) else {
                console.showLine(StyledText("(The question '\(id)' is missing from this chapter's quiz.)", style: theme.style(.warning)))
                return .proceed
            }
            asked.insert(id)
            return ask(question, quiz: quiz, lesson: lesson)
        case .quiz:
            guard let quiz else { return .proceed }
            let remaining = quiz.questions.filter { !asked.contains($0.id) }
            for (offset, question) in remaining.enumerated() {
                asked.insert(question.id)
                let outcome = ask(question, quiz: quiz, lesson: lesson, number: offset + 1, total: remaining.count)
                if case .proceed = outcome { continue }
                return outcome
            }
            let records = quiz.questions.compactMap { keeper.progress.lesson(lesson.id).questions[quiz.id + "/" + $0.id]?.bestScore }
            if !records.isEmpty {
                let percent = Int((records.reduce(0, +) / Double(quiz.questions.count) * 100).rounded())
                console.showLine(StyledText("Quiz score: \(percent)% of \(quiz.questions.count) questions.", style: theme.style(.accent, bold: true)))
            }
        }
        return .proceed
    }

    private func ask(_ question: Question, quiz: Quiz, lesson: LessonManifest, number: Int? = nil, total: Int? = nil) -> StepOutcome {
        let asker = QuestionAsker(console: console, runner: runner, registry: registry)
        let key = quiz.id + "/" + question.id
        switch asker.ask(question, allowSkip: quiz.allowSkip, number: number, total: total) {
        case let .answered(fraction, _, _):
            keeper.update { progress, now in progress.recordAnswer(lesson: lesson.id, question: key, score: fraction, seconds: 0, at: now) }
            return .proceed
        case .skipped:
            keeper.update { progress, now in progress.recordAnswer(lesson: lesson.id, question: key, score: 0, seconds: 0, at: now) }
            return .proceed
        case let .command(command):
            return command == .next ? .proceed : .navigate(command)
        case .endOfInput:
            return .end(.endOfInput)
        }
    }

    /// Carries out a navigation command; nil when the chapter goes on (after `list` or `?`).
    private func navigate(_ command: PlayerCommand, lesson: LessonManifest, index: Int) -> ChapterResult? {
        switch command {
        case .next: return .next
        case .back: return .goTo(max(0, index - 1))
        case let .jump(number):
            guard number <= lesson.chapters.count else {
                console.showLine(StyledText("There are \(lesson.chapters.count) chapters; try `jump 1` to `jump \(lesson.chapters.count)`.", style: console.theme.style(.warning)))
                return nil
            }
            return .goTo(number - 1)
        case .quit: return .end(.quit)
        case .list:
            showChapterList(lesson: lesson, current: index)
            return nil
        case .help:
            console.showMarkdown(PlayerCommand.helpText)
            return nil
        }
    }

    private func showHeader(lesson: LessonManifest, index: Int, title: String) {
        let theme = console.theme
        let done = keeper.progress.lesson(lesson.id).doneCount(in: lesson)
        var line = StyledText(lesson.title, style: theme.style(.heading, bold: true))
        line.append("  ·  chapter \(index + 1)/\(lesson.chapters.count): \(title)", style: theme.style(.text))
        line.append("  ·  \(done) of \(lesson.chapters.count) done", style: theme.style(.muted))
        console.show(Frame(width: console.textWidth, height: 0))
        console.showLine(line)
        console.show(Frame(lines: [String(repeating: String(theme.symbols.rule), count: console.textWidth)], width: console.textWidth, style: theme.style(.border)))
    }

    /// The chapters with done marks, the current one pointed at.
    public func showChapterList(lesson: LessonManifest, current: Int?) {
        let theme = console.theme
        let done = keeper.progress.lesson(lesson.id).chaptersDone
        var lines: [StyledText] = [StyledText(lesson.title, style: theme.style(.heading, bold: true))]
        for (number, chapter) in lesson.chapters.enumerated() {
            let mark = done.contains(chapter.name) ? theme.symbols.check : " "
            let pointer = number == current ? theme.symbols.pointer : " "
            var line = StyledText("\(pointer) \(mark) ", style: theme.style(done.contains(chapter.name) ? .good : .muted))
            line.append("\(number + 1). \(chapter.name)", style: theme.style(number == current ? .accent : .text, bold: number == current))
            lines.append(line)
        }
        console.show(Frame(styledLines: lines, width: console.textWidth))
    }

    private func showProblems(_ diagnostics: [Diagnostic]) {
        let text = DiagnosticFormatter(style: .plain).format(diagnostics.sortedByLocation())
        let lines = text.split(separator: "\n").flatMap { StyledText(String($0), style: console.theme.style(.bad)).wrapped(width: console.textWidth) }
        console.show(Frame(styledLines: lines, width: console.textWidth))
    }

    private func flushNotices() {
        for notice in keeper.takeNotices() {
            console.showLine(StyledText("Note: " + notice, style: console.theme.style(.warning)))
        }
    }
}
