import ArgumentParser
import Foundation
import Runtime

/// `lesson play LESSON[/CHAPTER]`: plays a lesson from a chapter (default: where the learner
/// left off). With stdin not a terminal it reads answers line by line, so a script can play it.
struct Play: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "play",
        abstract: "Play a lesson from a chapter (default: where you left off).",
        discussion: "LESSON is a lesson id (see 'lesson list'); CHAPTER a chapter id like 03-hyperparameter-tuning or its number from 1."
    )

    @OptionGroup var display: DisplayOptions

    @Argument(help: "LESSON or LESSON/CHAPTER.")
    var target: String

    func run() throws {
        let setup = try PlayerSetup(display: display)
        let parts = target.split(separator: "/", maxSplits: 1).map(String.init)
        let lesson = try setup.lesson(named: parts.first ?? target)
        let chapter = parts.count > 1 ? parts[1] : nil
        // Checked before the terminal or the progress file is touched: a bad chapter saves nothing.
        if let chapter, case let .failure(problem) = ChapterSelection.index(of: chapter, in: lesson) {
            throw CommandFailure.badInput(problem.description)
        }
        let keeper = ProgressKeeper(store: setup.store)
        let (terminal, console) = try setup.console(display: display, keeper: keeper, history: lesson.id)
        defer { terminal.end() }
        if let problem = setup.storeProblem {
            Output.error("lesson: progress will not be saved: \(problem)")
        }
        let player = Player(library: setup.library, console: console, keeper: keeper, registry: setup.registry)
        switch player.play(lesson: lesson, chapter: chapter) {
        case .finished, .quit, .endOfInput: return
        case .brokenContent: throw ExitCode(1)
        case let .noSuchChapter(problem): throw CommandFailure.badInput(problem.description)
        }
    }
}
