import ArgumentParser
import Runtime

/// `lesson list`: List lessons, chapters, simulations and quizzes, with progress.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List lessons, chapters, simulations and quizzes, with progress."
    )

    @OptionGroup var display: DisplayOptions

    func run() throws {
        throw NotBuiltYet(what: "lesson list")
    }
}
