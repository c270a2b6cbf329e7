import ArgumentParser
import Runtime

/// `lesson progress`: Show saved progress.
struct ProgressCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "progress",
        abstract: "Show saved progress."
    )

    @OptionGroup var display: DisplayOptions

    func run() throws {
        throw NotBuiltYet(what: "lesson progress")
    }
}
