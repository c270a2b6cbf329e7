import ArgumentParser
import Runtime

/// `lesson grade`: Grade submission files against a quiz.
struct Grade: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "grade",
        abstract: "Grade submission files against a quiz."
    )

    @OptionGroup var display: DisplayOptions

    func run() throws {
        throw NotBuiltYet(what: "lesson grade")
    }
}
