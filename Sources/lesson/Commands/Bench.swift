import ArgumentParser
import Runtime

/// `lesson bench`: Run the performance workloads of SPEC.md.
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Run the performance workloads of SPEC.md."
    )

    @OptionGroup var display: DisplayOptions

    func run() throws {
        throw NotBuiltYet(what: "lesson bench")
    }
}
