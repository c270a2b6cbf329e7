import ArgumentParser
import Runtime

/// `lesson new`: Scaffold a new lesson folder or quiz file.
struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Scaffold a new lesson folder or quiz file."
    )

    @OptionGroup var display: DisplayOptions

    func run() throws {
        throw NotBuiltYet(what: "lesson new")
    }
}
