import ArgumentParser
import Course
import Foundation
import Runtime
import Simulations
import Terminal

/// `lesson preview FILE`: renders a chapter as a learner would see it, non-interactively;
/// `--watch` renders again whenever the file (or its quiz) is saved.
struct Preview: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "preview",
        abstract: "Render a chapter non-interactively."
    )

    @OptionGroup var display: DisplayOptions

    @Argument(help: "A chapter file (Lessons/LESSON/NN-slug.md).")
    var file: String

    @Option(help: "Output: ansi (with colour) or plain.")
    var format: PreviewFormat?

    @Flag(help: "Render again each time the file is saved (Ctrl-C stops).")
    var watch = false

    func run() throws {
        let root = ContentRoot.enclosing(file)
        let source = root.map { ContentSource(origin: .folder($0.path)) } ?? display.contentSource
        let registry = try SimulationCatalogLoader.registry(FileManager.default.fileExists(atPath: (root?.path ?? ".") + "/Assets/time-breakdown.yaml") ? source : ContentSource(origin: .embedded))
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
                let (text, ok) = render(source: source, registry: registry, caps: caps, theme: theme)
                if watch { Output.write("\u{1B}[H\u{1B}[2J") }
                Output.line(text)
                if !ok && !watch { throw ExitCode(1) }
            }
            if watch { usleep(300_000) }
        } while watch
    }

    private func render(source: ContentSource, registry: SimulationRegistry, caps: Capabilities, theme: Theme) -> (String, Bool) {
        switch SourceFile.load(path: file) {
        case let .failure(problem):
            return (DiagnosticFormatter(style: .plain).format(problem), false)
        case let .success(sourceFile):
            let stem = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
            let (chapter, problems) = ChapterParser.parse(sourceFile, expectedID: stem)
            guard let chapter, !problems.containsErrors else {
                return (DiagnosticFormatter(style: .plain).format(problems), false)
            }
            var quiz: Course.Quiz?
            if let quizID = chapter.frontMatter.quiz {
                quiz = CourseLibrary(source: source).quiz(quizID).quiz
            }
            let frame = ChapterPreview(chapter: chapter, source: sourceFile, quiz: quiz, registry: registry, simulationSeed: display.chosenSeed).render(width: caps.width, theme: theme)
            return (frame.encoded(for: caps), true)
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
