import ArgumentParser
import Runtime

/// `lesson sim`: Run one simulation: interactive on a terminal, or one frame or snapshot headless.
struct Sim: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sim",
        abstract: "Run one simulation: interactive on a terminal, or one frame or snapshot headless."
    )

    @OptionGroup var display: DisplayOptions

    func run() throws {
        throw NotBuiltYet(what: "lesson sim")
    }
}
