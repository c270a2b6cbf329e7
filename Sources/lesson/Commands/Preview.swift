import ArgumentParser
import Runtime

/// `lesson preview`: Render a chapter non-interactively.
struct Preview: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "preview",
        abstract: "Render a chapter non-interactively."
    )

    @OptionGroup var display: DisplayOptions

    func run() throws {
        throw NotBuiltYet(what: "lesson preview")
    }
}
