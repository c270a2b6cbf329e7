import ArgumentParser
import Runtime

/// `lesson import`: Convert a question bank to a quiz file.
struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Convert a question bank to a quiz file."
    )

    @OptionGroup var display: DisplayOptions

    func run() throws {
        throw NotBuiltYet(what: "lesson import")
    }
}
