import Course
import Foundation
import Runtime
import Simulations
import Terminal

/// What every playing command needs: the course, the simulations, the progress store and the
/// terminal, wired from the display options.
struct PlayerSetup {
    let library: CourseLibrary
    let registry: SimulationRegistry
    let store: ProgressStore?
    let storeProblem: String?

    /// With `lesson` (the one about to be played or quizzed), errors that `lesson check` finds
    /// only in other lessons of a course folder are a warning, not a refusal: an instructor can
    /// try one lesson while another is half-written.
    init(display: DisplayOptions, lesson: String? = nil) throws {
        let source = display.contentSource
        if case let .folder(path) = source.origin, !FileManager.default.fileExists(atPath: path + "/Lessons") {
            throw CommandFailure.badInput("\(path): no Lessons/ folder here (from --content or LESSON_CONTENT)")
        }
        library = CourseLibrary(source: source)
        registry = try SimulationCatalogLoader.registry(source)
        do {
            store = try ProgressStore.standard()
            storeProblem = nil
        } catch {
            store = nil
            storeProblem = "\(error)"
        }
        if case let .folder(path) = source.origin {
            // A course from disk gets the checks of `lesson check` before it is played, except the
            // grading of every reference answer (it re-runs each sim-task: the instructor's job,
            // too slow to repeat at every start, and a wrong one does not stop a learner).
            let checker = CourseChecker(catalog: SimulationCatalogLoader.courseCatalog(registry), verifier: nil)
            let report = checker.check(root: ContentRoot(path: path))
            if report.hasErrors {
                let errors = report.diagnostics.filter { $0.severity == .error }
                let blocking = lesson.map { report.errorsBlocking(lesson: $0, root: path) } ?? errors
                if !blocking.isEmpty {
                    throw CommandFailure.badInput(DiagnosticFormatter(style: .plain).format(blocking) + "\n\(path): \(report.summary); run 'lesson check' there")
                }
                let others = Set(errors.compactMap { CheckReport.lesson(ofPath: $0.path, root: path) }).sorted()
                let count = errors.count == 1 ? "1 error" : "\(errors.count) errors"
                Output.error("lesson: warning: \(count) in other lessons of \(path) (\(others.joined(separator: ", "))); "
                             + "'lesson check \(path)' lists them")
            }
        }
        if library.lessons.isEmpty {
            let problems = DiagnosticFormatter(style: .plain).format(library.diagnostics)
            throw CommandFailure.badInput("no lessons could be read from \(source.name)" + (problems.isEmpty ? "" : "\n" + problems))
        }
    }

    /// A lesson by id or folder path, with a did-you-mean when there is none.
    func lesson(named name: String) throws -> LessonManifest {
        let id = name.hasSuffix("/") ? String(name.dropLast()) : name
        let last = id.split(separator: "/").last.map(String.init) ?? id
        if let lesson = library.lesson(id) ?? library.lesson(last) { return lesson }
        let hint = Suggestion.closest(to: id, among: library.lessons.map(\.id)).map { " (did you mean '\($0)'?)" } ?? ""
        throw CommandFailure.badInput("no lesson '\(name)'\(hint); 'lesson list' shows them")
    }

    /// The saved progress for a command that only shows it: the file is never moved or
    /// written; a file that cannot be used gets a warning on standard error and reads as none.
    func readProgress() -> Runtime.Progress {
        guard let store else { return Runtime.Progress() }
        do {
            let reading = try store.read()
            if let warning = reading.warning { Output.error("lesson: warning: " + warning) }
            return reading.progress
        } catch {
            Output.error("lesson: warning: \(error); no progress is shown")
            return Runtime.Progress()
        }
    }

    /// Starts the terminal session (signal handlers that save and restore) and the console.
    func console(display: DisplayOptions, keeper: ProgressKeeper, history lesson: String?,
                 onInterrupt: @escaping () -> Void = {}) throws -> (TerminalSession, TerminalConsole) {
        let terminal: TerminalSession
        do {
            terminal = try TerminalSession.start(saveProgress: { [keeper] in
                keeper.update { _, _ in }
                onInterrupt()
            })
        } catch {
            throw CommandFailure.badInput("cannot use the terminal: \(error)")
        }
        // Readline reads multibyte input by the locale: take the user's, and UTF-8 when the
        // environment names none (answers and choice text are UTF-8).
        let locale = setlocale(LC_CTYPE, "").map { String(cString: $0) } ?? "C"
        if locale == "C" || locale == "POSIX" { _ = setlocale(LC_CTYPE, "C.UTF-8") }
        let history = lesson.flatMap { id in store?.historyFile(lesson: id) }
        let prompt = LinePrompt(session: terminal, historyFile: history)
        let settings = TerminalConsole.DisplaySettings(
            color: Capabilities.ColorChoice(rawValue: display.color.rawValue) ?? .auto, ascii: display.ascii,
            width: display.width, theme: Theme.Name(rawValue: display.theme.rawValue) ?? .dark)
        return (terminal, TerminalConsole(terminal: terminal, prompt: prompt, options: settings))
    }
}
