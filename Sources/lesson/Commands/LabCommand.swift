import ArgumentParser
import Runtime

/// `lesson lab`: The debugging toolkit on your own CSV data.
struct LabCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lab",
        abstract: "The debugging toolkit on your own CSV data."
    )

    @OptionGroup var display: DisplayOptions

    func run() throws {
        throw NotBuiltYet(what: "lesson lab")
    }
}
