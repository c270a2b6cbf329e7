import ArgumentParser
import Runtime

/// `lesson quiz`: Take a quiz at the readline prompt.
struct Quiz: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quiz",
        abstract: "Take a quiz at the readline prompt."
    )

    @OptionGroup var display: DisplayOptions

    func run() throws {
        throw NotBuiltYet(what: "lesson quiz")
    }
}
