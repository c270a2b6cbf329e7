import ArgumentParser
import Foundation
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

    /// Runs the command line with SPEC.md's exit statuses: usage errors exit 2 (the argument
    /// parser's own default is 64), bad input 1, and no stack trace ever reaches the user.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let failure as CommandFailure {
            Output.error("lesson: " + failure.message)
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

    func run() throws {
        throw NotBuiltYet(what: "the catalog")
    }
}
