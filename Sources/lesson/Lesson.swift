import ArgumentParser
import Runtime

/// The `lesson` command: with no subcommand it opens the course catalog.
@main
struct Lesson: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lesson",
        abstract: "Learn practical machine-learning methodology at the terminal.",
        discussion: "Run with no command to open the course catalog and continue where you left off.",
        subcommands: [
            Play.self, ListCommand.self, Sims.self, Sim.self, Quiz.self, Grade.self, Check.self,
            Preview.self, New.self, Import.self, ProgressCommand.self, Reset.self, LabCommand.self,
            Bench.self,
        ]
    )

    @OptionGroup var display: DisplayOptions

    func run() throws {
        throw NotBuiltYet(what: "the catalog")
    }
}
