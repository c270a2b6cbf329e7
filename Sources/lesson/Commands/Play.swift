import ArgumentParser
import Foundation
import Runtime

/// `lesson play LESSON[/CHAPTER]`: plays a lesson from a chapter (default: where the learner
/// left off). With stdin not a terminal it reads answers line by line, so a script can play it.
struct Play: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "play",
        abstract: "Play a lesson from a chapter (default: where you left off).",
        discussion: "LESSON is a lesson id (see 'lesson list') or a lesson folder of a course on disk (course/Lessons/LESSON, which plays that course); CHAPTER a chapter id like 03-hyperparameter-tuning, its file's two-digit prefix (03), or its number from 1. A chapter file (course/Lessons/LESSON/02-name.md) plays from that chapter."
    )

    @OptionGroup var display: DisplayOptions

    @Argument(help: "LESSON, LESSON/CHAPTER, or a lesson folder or chapter file on disk.")
    var target: String

    func run() throws {
        let request = try PlayTarget(target)
        var display = self.display
        if let folder = request.courseFolder {
            // A lesson folder on disk brings its course with it.
            if let content = display.contentSource.folderPath,
               URL(fileURLWithPath: content).standardizedFileURL != URL(fileURLWithPath: folder).standardizedFileURL {
                throw CommandFailure.usage("\(target) belongs to the course folder '\(folder)', but --content (or LESSON_CONTENT) names '\(content)'")
            }
            display.content = folder
        }
        let setup = try PlayerSetup(display: display, lesson: request.lesson)
        let lesson = try setup.lesson(named: request.lesson)
        let chapter = request.chapter
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
        let player = Player(library: setup.library, console: console, keeper: keeper, registry: setup.registry,
                            simulationSeed: display.chosenSeed)
        switch player.play(lesson: lesson, chapter: chapter) {
        case .finished, .quit, .endOfInput: return
        case .brokenContent: throw ExitCode(1)
        case let .noSuchChapter(problem): throw CommandFailure.badInput(problem.description)
        }
    }
}
