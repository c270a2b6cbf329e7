import ArgumentParser
import Course
import Foundation
import Grading
import Runtime
import Simulations
import Terminal

/// `lesson check`: Validate lessons and quizzes.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate lessons and quizzes.",
        discussion: """
            Reports every problem as path:line:col: error|warning: message, checks the links between \
            chapters, quizzes and simulations, and grades each question's reference answer. With no \
            PATH, checks Lessons/ and Quizzes/ of the course folder (--content, LESSON_CONTENT, or the \
            current folder when it holds a course; else the course built into lesson). Exits 1 when \
            there is any error.
            """
    )

    @OptionGroup var display: DisplayOptions

    @Option(help: "Output: text (for people) or json (for editors and CI).")
    var format: CheckOutputFormat = .text

    @Argument(help: "Course folders, lesson folders, chapter files (.md), lesson.yaml or quiz files.")
    var paths: [String] = []

    func run() throws {
        let root = paths.isEmpty ? try display.contentRootForChecking() : nil
        let registry = try SimulationCatalogLoader.registry(forCheckingRoot: root?.path ?? paths.first.flatMap { ContentRoot.enclosing($0)?.path })
        let checker = CourseChecker.commandLine(registry: registry)
        var report = root.map { checker.check(root: $0) } ?? checker.check(paths: paths)
        if let root, root.path.hasPrefix(EmbeddedCourseExport.folderPrefix) {
            EmbeddedCourseExport.remove(root.path)
            report = report.relativeTo(root.path)
        }
        switch format {
        case .json:
            Output.standardOutput(DiagnosticFormatter.json(report.diagnostics))
        case .text:
            Output.standardError(display.diagnosticFormatter().format(report.diagnostics, sources: report.sources))
            Output.standardOutput(report.summary + "\n")
        }
        if report.hasErrors { throw ExitCode(1) }
    }
}

enum CheckOutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

extension CourseChecker {
    /// The checker of `lesson check` and `lesson preview`: the simulations of `registry`, and
    /// reference answers graded by the real grader (sim-tasks re-run, cached).
    static func commandLine(registry: SimulationRegistry) -> CourseChecker {
        CourseChecker(catalog: SimulationCatalogLoader.courseCatalog(registry),
                      verifier: GraderReferenceVerifier(runner: CachingSimTaskRunner(RegistrySimTaskRunner(registry: registry))))
    }
}

extension DisplayOptions {
    /// How diagnostics are printed on standard error: with the source line and a caret, and
    /// coloured per `--color`, when standard error is a terminal.
    func diagnosticFormatter() -> DiagnosticFormatter {
        let onTerminal = isatty(2) != 0
        return DiagnosticFormatter(style: DiagnosticFormatter.Style(showsSource: onTerminal, usesColor: usesColor(onTerminal: onTerminal)))
    }

    /// The course folder to check: `--content`, else `LESSON_CONTENT`, else the current folder
    /// when it holds a course, else the course built into the binary (written to a temporary
    /// folder for the checker; paths are shown relative to it).
    func contentRootForChecking() throws -> ContentRoot {
        if let content { return ContentRoot(path: content) }
        if let fromEnvironment = ProcessInfo.processInfo.environment["LESSON_CONTENT"], !fromEnvironment.isEmpty {
            return ContentRoot(path: fromEnvironment)
        }
        let here = ContentRoot(path: ".")
        if here.looksLikeContent { return here }
        do {
            return ContentRoot(path: try EmbeddedCourseExport.write())
        } catch {
            throw CommandFailure.badInput("cannot write the built-in course to check it: \(error)")
        }
    }

    /// Whether to colour output going to a terminal (or not) per `--color` and `NO_COLOR`.
    func usesColor(onTerminal: Bool) -> Bool {
        switch color {
        case .always: return true
        case .never: return false
        case .auto:
            let environment = ProcessInfo.processInfo.environment
            if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
            return onTerminal && Capabilities.termTakesEscapes(environment)
        }
    }
}

extension CheckReport {
    /// The report with paths under `root` shown relative to it (`Lessons/x/01-a.md`).
    func relativeTo(_ root: String) -> CheckReport {
        let prefix = root.hasSuffix("/") ? root : root + "/"
        func strip(_ path: String) -> String { path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path }
        var sources: [String: SourceFile] = [:]
        for (path, file) in self.sources { sources[strip(path)] = SourceFile(path: strip(path), text: file.text) }
        let diagnostics = self.diagnostics.map { diagnostic -> Diagnostic in
            var copy = diagnostic
            copy.path = strip(diagnostic.path)
            return copy
        }
        return CheckReport(diagnostics: diagnostics, sources: sources, fileCount: fileCount)
    }
}
