import ArgumentParser
import Foundation
import Course
import Runtime
import Terminal

/// The `lesson` command: with no subcommand it opens the course catalog.
@main
struct Lesson: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lesson",
        abstract: "Learn practical machine-learning methodology at the terminal.",
        discussion: "Run with no command to open the course catalog and continue where you left off.",
        version: "lesson 0.1.0 (GNU readline \(RuntimeModule.readlineVersion))",
        subcommands: [
            Play.self, ListCommand.self, Sims.self, Sim.self, Quiz.self, Grade.self, Check.self,
            Preview.self, New.self, Import.self, Export.self, ProgressCommand.self, Reset.self, LabCommand.self,
            Bench.self,
        ]
    )

    @OptionGroup var display: DisplayOptions

    /// Runs the command line with SPEC.md's exit statuses: usage errors exit 2 (the argument
    /// parser's own default is 64), bad input 1, and no stack trace ever reaches the user.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let failure as CommandFailure {
            // A diagnostic that starts with its place (path:line:col: error: ...) stands alone,
            // as a compiler's does; other messages say who is speaking.
            let placed = failure.message.firstMatch(of: /^[^\s:]+(:\d+)*: (error|warning)/) != nil
            Output.error(placed ? failure.message : "lesson: " + failure.message)
            Foundation.exit(failure.status)
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                Output.error(fullMessage(for: error))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }

    /// The catalog. On a terminal: choose a lesson (or continue) and play it. Otherwise: print
    /// the catalog and how to play, and exit 0.
    func run() throws {
        let setup = try PlayerSetup(display: display)
        let interactive = isatty(0) == 1 && isatty(1) == 1 && Capabilities.termTakesEscapes(ProcessInfo.processInfo.environment)
        guard interactive else {
            // Printing the catalog only reads progress: a bad file is reported, not moved.
            let catalog = CatalogView(lessons: setup.library.lessons, progress: setup.readProgress())
            let caps = display.capabilities
            Output.line(catalog.render(width: min(caps.width, 100), theme: display.theme(for: caps)).encoded(for: caps))
            Output.line("\nPlay a lesson:  lesson play LESSON      (e.g. lesson play \(setup.library.lessons.first?.id ?? "LESSON"))")
            Output.line("Other commands: lesson --help")
            return
        }
        let keeper = ProgressKeeper(store: setup.store)
        let catalog = CatalogView(lessons: setup.library.lessons, progress: keeper.progress)
        let (terminal, console) = try setup.console(display: display, keeper: keeper, history: nil)
        defer { terminal.end() }
        for notice in keeper.takeNotices() { console.showLine(StyledText("Note: " + notice)) }
        console.show(catalog.render(width: console.textWidth, theme: console.theme))
        console.blankLine()
        let lessons = setup.library.lessons
        let resume = catalog.continueLesson
        while true {
            let hint = resume == nil ? "Choose a lesson (1–\(lessons.count)), or q to quit: " : "Choose a lesson (1–\(lessons.count)), Enter to continue, q to quit: "
            guard let line = console.readLine(prompt: hint, completions: ["c", "q"] + lessons.map(\.id)) else { return }
            let choice = line.lowercased()
            if choice == "q" || choice == "quit" { return }
            var lesson: LessonManifest?
            if choice.isEmpty || choice == "c" { lesson = resume ?? lessons.first }
            else if let number = Int(choice), (1...lessons.count).contains(number) { lesson = lessons[number - 1] }
            else { lesson = lessons.first { $0.id == choice } }
            guard let lesson else {
                console.showLine(StyledText("Type a number from 1 to \(lessons.count)."))
                continue
            }
            let player = Player(library: setup.library, console: console, keeper: keeper, registry: setup.registry,
                                simulationSeed: display.chosenSeed)
            if player.play(lesson: lesson) == .brokenContent { throw ExitCode(1) }
            return
        }
    }
}
