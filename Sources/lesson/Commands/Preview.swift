import ArgumentParser
import Course
import Foundation
import Grading
import Runtime
import Simulations
import Terminal

/// `lesson preview FILE`: renders a chapter as a learner would see it, non-interactively;
/// `--watch` renders again whenever the file (or its quiz) is saved.
///
/// The file is checked as `lesson check FILE` checks it: every problem goes to standard error
/// as path:line:col, what can be drawn is still drawn, and any error makes the exit status 1.
struct Preview: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "preview",
        abstract: "Render a chapter non-interactively.",
        discussion: """
            Problems are reported on standard error as `lesson check` reports them \
            (path:line:col: error: ...); the chapter is still drawn as far as it can be. Exits 1 \
            when there is any error (except with --watch, which keeps watching).
            """
    )

    @OptionGroup var display: DisplayOptions

    @Argument(help: "A chapter file (Lessons/LESSON/NN-slug.md).")
    var file: String

    @Option(help: "Output: ansi (with colour) or plain (text only). Without it: as --color decides (plain when piped).")
    var format: PreviewFormat?

    @Flag(help: "Render again each time the file is saved (Ctrl-C stops).")
    var watch = false

    func run() throws {
        try Self.requireChapterFile(file)
        let root = ContentRoot.enclosing(file)
        let source = root.map { ContentSource(origin: .folder($0.path)) } ?? display.contentSource
        let registry = try SimulationCatalogLoader.registry(forCheckingRoot: root?.path ?? display.contentSource.folderPath)
        let checker = CourseChecker.commandLine(registry: registry)
        var caps = display.capabilities
        if format == .plain { caps.colorDepth = .none }
        if format == .ansi, display.color != .never {
            caps = Capabilities.detect(color: .always, ascii: display.ascii, width: display.width,
                                       environment: ProcessInfo.processInfo.environment, isTerminal: true,
                                       windowColumns: TerminalProbe.read().columns)
        }
        let theme = display.theme(for: caps)
        var lastStamp = ""
        repeat {
            let stamp = Self.stamp(file) + Self.stamp(Self.quizFile(for: file))
            if stamp != lastStamp {
                lastStamp = stamp
                let report = checker.check(paths: [file])
                let text = render(source: source, registry: registry, caps: caps, theme: theme)
                if watch { Output.write("\u{1B}[H\u{1B}[2J") }
                if let text { Output.line(text) }
                Output.standardError(display.diagnosticFormatter().format(report.diagnostics, sources: report.sources))
                if report.hasErrors && !watch { throw ExitCode(1) }
            }
            if watch { usleep(300_000) }
        } while watch
    }

    /// The chapter drawn as far as it parses; nil when there is nothing to draw (the file
    /// cannot be read or has no usable content: the check says why).
    private func render(source: ContentSource, registry: SimulationRegistry, caps: Capabilities, theme: Theme) -> String? {
        guard case let .success(sourceFile) = SourceFile.load(path: file) else { return nil }
        let stem = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
        guard let chapter = ChapterParser.parse(sourceFile, expectedID: stem).0 else { return nil }
        var quiz: Course.Quiz?
        if let quizID = chapter.frontMatter.quiz {
            quiz = CourseLibrary(source: source).quiz(quizID).quiz
        }
        let frame = ChapterPreview(chapter: chapter, source: sourceFile, quiz: quiz, registry: registry,
                                   simulationSeed: display.chosenSeed).render(width: caps.width, theme: theme)
        return frame.encoded(for: caps)
    }

    /// Preview draws one chapter: a folder or a file of another kind is an error (a folder
    /// printed nothing and exited 0; a quiz file was drawn as prose). A file that is not there
    /// yet is left to the check, so `--watch` can wait for it.
    static func requireChapterFile(_ path: String) throws(CommandFailure) {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            throw .badInput("\(path): error: is a folder, not a chapter file\n"
                + "  hint: preview one chapter (a .md file in it); 'lesson check \(path)' checks them all")
        }
        guard path.hasSuffix(".md") else {
            throw .badInput("\(path): error: not a chapter file (.md)\n  hint: 'lesson check \(path)' checks a quiz or lesson file")
        }
    }

    /// The quiz file next to a chapter file: Lessons/L/NN.md → Quizzes/L/NN.yaml.
    static func quizFile(for chapter: String) -> String {
        chapter.replacingOccurrences(of: "Lessons/", with: "Quizzes/").replacingOccurrences(of: ".md", with: ".yaml")
    }

    /// Modification time and size of a file, to notice saves.
    static func stamp(_ path: String) -> String {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else { return "-" }
        return "\((attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0)/\(attributes[.size] ?? 0)"
    }
}

/// `lesson preview --format`.
enum PreviewFormat: String, ExpressibleByArgument, CaseIterable { case ansi, plain }
