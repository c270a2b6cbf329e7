import ArgumentParser
import Runtime

/// `lesson play`: Play a lesson from a chapter (default: where you left off).
struct Play: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "play",
        abstract: "Play a lesson from a chapter (default: where you left off)."
    )

    @OptionGroup var display: DisplayOptions

    func run() throws {
        throw NotBuiltYet(what: "lesson play")
    }
}
