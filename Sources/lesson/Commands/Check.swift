import ArgumentParser
import Runtime

/// `lesson check`: Validate lessons and quizzes.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate lessons and quizzes."
    )

    @OptionGroup var display: DisplayOptions

    func run() throws {
        throw NotBuiltYet(what: "lesson check")
    }
}
