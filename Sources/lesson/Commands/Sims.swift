import ArgumentParser
import Runtime

/// `lesson sims`: List every simulation with its parameters, ranges and defaults.
struct Sims: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sims",
        abstract: "List every simulation with its parameters, ranges and defaults."
    )

    @OptionGroup var display: DisplayOptions

    func run() throws {
        throw NotBuiltYet(what: "lesson sims")
    }
}
