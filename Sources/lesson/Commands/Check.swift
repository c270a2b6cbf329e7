import ArgumentParser
import Course
import Foundation
import Grading
import Runtime

/// `lesson check`: Validate lessons and quizzes.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate lessons and quizzes.",
        discussion: """
            Reports every problem as path:line:col: error|warning: message, checks the links between \
            chapters, quizzes and simulations, and grades each question's reference answer. With no \
            PATH, checks Lessons/ and Quizzes/ of the course folder (--content, LESSON_CONTENT, or the \
            current folder). Exits 1 when there is any error.
            """
    )

    @OptionGroup var display: DisplayOptions

    @Option(help: "Output: text (for people) or json (for editors and CI).")
    var format: CheckOutputFormat = .text

    @Argument(help: "Course folders, lesson folders, chapter files (.md), lesson.yaml or quiz files.")
    var paths: [String] = []

    func run() throws {
        // The lead replaces the SPEC fallback catalog with one built from the simulation registry,
        // and passes a sim-task runner to the verifier.
        let checker = CourseChecker(catalog: SpecSimulationCatalog.catalog, verifier: GraderReferenceVerifier(runner: nil))
        let report = paths.isEmpty ? checker.check(root: display.contentRoot) : checker.check(paths: paths)
        switch format {
        case .json:
            Output.standardOutput(DiagnosticFormatter.json(report.diagnostics))
        case .text:
            let onTerminal = isatty(2) != 0
            let style = DiagnosticFormatter.Style(showsSource: onTerminal, usesColor: display.usesColor(onTerminal: onTerminal))
            Output.standardError(DiagnosticFormatter(style: style).format(report.diagnostics, sources: report.sources))
            Output.standardOutput(report.summary + "\n")
        }
        if report.hasErrors { throw ExitCode(1) }
    }
}

enum CheckOutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

extension DisplayOptions {
    /// The course folder to read: `--content`, else `LESSON_CONTENT`, else the current folder.
    /// (The lead switches the last fallback to the course embedded in the binary.)
    var contentRoot: ContentRoot {
        if let content { return ContentRoot(path: content) }
        if let fromEnvironment = ProcessInfo.processInfo.environment["LESSON_CONTENT"], !fromEnvironment.isEmpty {
            return ContentRoot(path: fromEnvironment)
        }
        return ContentRoot(path: ".")
    }

    /// Whether to colour output going to a terminal (or not) per `--color` and `NO_COLOR`.
    func usesColor(onTerminal: Bool) -> Bool {
        switch color {
        case .always: return true
        case .never: return false
        case .auto:
            let environment = ProcessInfo.processInfo.environment
            if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
            return onTerminal && environment["TERM"] != "dumb"
        }
    }
}
