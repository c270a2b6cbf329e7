import ArgumentParser
import Runtime

/// `lesson reset`: Forget saved progress.
struct Reset: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reset",
        abstract: "Forget saved progress."
    )

    @OptionGroup var display: DisplayOptions

    func run() throws {
        throw NotBuiltYet(what: "lesson reset")
    }
}
