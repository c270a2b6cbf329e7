import ArgumentParser
import Foundation
import Runtime

/// `lesson reset [LESSON]`: forgets saved progress after a confirmation.
struct Reset: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reset",
        abstract: "Forget saved progress (one lesson, or all)."
    )

    @OptionGroup var display: DisplayOptions

    @Argument(help: "The lesson to forget (default: every lesson).")
    var lesson: String?

    @Flag(help: "Do not ask for confirmation.")
    var yes = false

    func run() throws {
        let setup = try PlayerSetup(display: display)
        guard let store = setup.store else {
            throw CommandFailure.badInput("no progress folder: \(setup.storeProblem ?? "unknown reason")")
        }
        let id = try lesson.map { try setup.lesson(named: $0).id }
        let what = id.map { "the progress of \($0)" } ?? "all saved progress"
        if !yes {
            guard isatty(0) == 1 else {
                throw CommandFailure.usage("refusing to forget \(what) without confirmation; add --yes")
            }
            Output.write("Forget \(what)? Type yes to confirm: ")
            guard let answer = Swift.readLine(), answer.trimmingCharacters(in: .whitespaces).lowercased() == "yes" else {
                Output.line("Nothing was changed.")
                return
            }
        }
        do {
            _ = try store.reset(lesson: id, now: ProgressKeeper.systemClock())
        } catch {
            throw CommandFailure.badInput("could not reset: \(error)")
        }
        Output.line("Forgot \(what).")
    }
}
