import Course
import Foundation
import Terminal

/// The lessons of a course, read from a ``ContentSource``: manifests at once (the catalog),
/// chapters and quizzes when a lesson is played.
///
/// Every problem is kept as a `Diagnostic` (path:line:col), never thrown past the player.
public struct CourseLibrary: Sendable {
    public let source: ContentSource
    /// Lessons in catalog order: by their folder name, which puts numbered folders in order.
    public let lessons: [LessonManifest]
    /// Problems found reading the manifests (a lesson with an error in its manifest is left out).
    public let diagnostics: [Diagnostic]

    /// Reads every `Lessons/<id>/lesson.yaml` of `source`.
    public init(source: ContentSource) {
        self.source = source
        var lessons: [LessonManifest] = []
        var diagnostics: [Diagnostic] = []
        for path in source.paths(under: "Lessons") where path.hasSuffix("/lesson.yaml") {
            let parts = path.split(separator: "/")
            guard parts.count == 3 else { continue }
            let folder = String(parts[1])
            switch Self.load(path, from: source) {
            case let .failure(problem): diagnostics.append(problem)
            case let .success(file):
                let (manifest, problems) = LessonManifestParser.parse(file, folderName: folder)
                diagnostics += problems
                if let manifest, !problems.containsErrors { lessons.append(manifest) }
            }
        }
        self.lessons = lessons.sorted { Self.catalogOrder($0.id) < Self.catalogOrder($1.id) }
        self.diagnostics = diagnostics
    }

    /// The built-in course's lessons follow the order the course is meant to be taken in;
    /// other lessons come after them by id.
    static let builtInOrder = [
        "practical-methodology", "goodfellow-practical-methodology", "troubleshooting-deep-networks",
        "debugging-neural-networks", "systematic-debugging",
    ]

    static func catalogOrder(_ id: String) -> String {
        if let index = builtInOrder.firstIndex(of: id) { return String(index + 100) }
        return "999-" + id
    }

    /// The lesson with `id`, or nil.
    public func lesson(_ id: String) -> LessonManifest? { lessons.first { $0.id == id } }

    /// The chapter file of `lesson`'s chapter `stem`.
    public static func chapterPath(lesson: String, chapter: String) -> String { "Lessons/\(lesson)/\(chapter).md" }

    /// The quiz file of quiz id `lesson/NN-slug`.
    public static func quizPath(_ id: String) -> String { "Quizzes/\(id).yaml" }

    /// Reads and parses one chapter; the chapter is nil when it has errors.
    public func chapter(lesson: String, stem: String) -> (chapter: Chapter?, source: SourceFile?, diagnostics: [Diagnostic]) {
        let path = Self.chapterPath(lesson: lesson, chapter: stem)
        switch Self.load(path, from: source) {
        case let .failure(problem): return (nil, nil, [problem])
        case let .success(file):
            let (chapter, problems) = ChapterParser.parse(file, expectedID: stem)
            return (problems.containsErrors ? nil : chapter, file, problems)
        }
    }

    /// Every quiz id of the course (`lesson/NN-slug`), sorted.
    public var quizIDs: [String] {
        source.paths(under: "Quizzes").filter { $0.hasSuffix(".yaml") }.map { String($0.dropFirst("Quizzes/".count).dropLast(".yaml".count)) }
    }

    /// Reads and parses the quiz with `id` (`lesson/NN-slug`); nil when it has errors or there
    /// is no such quiz (then the one diagnostic says so, with a did-you-mean, and has no path).
    public func quiz(_ id: String) -> (quiz: Quiz?, diagnostics: [Diagnostic]) {
        let known = quizIDs
        guard known.contains(id) else {
            // No path: the quiz has no file, and a made-up Quizzes/… path would send the reader looking for one.
            return (nil, [Diagnostic(path: "", location: nil, severity: .error,
                                     message: "no quiz '\(id)' in \(source.name)",
                                     hint: Suggestion.hint(for: id, among: known) ?? "'lesson list' shows each chapter's quiz")])
        }
        switch Self.load(Self.quizPath(id), from: source) {
        case let .failure(problem): return (nil, [problem])
        case let .success(file):
            let (quiz, problems) = QuizParser.parse(file, id: id)
            return (problems.containsErrors ? nil : quiz, problems)
        }
    }

    /// Loads a quiz named by id or by a file path (`lesson quiz`, `lesson grade`).
    public func quiz(named name: String) -> (quiz: Quiz?, diagnostics: [Diagnostic]) {
        if Self.namesQuizFile(name) {
            switch SourceFile.load(path: name) {
            case let .failure(problem): return (nil, [problem])
            case let .success(file):
                let (quiz, problems) = QuizParser.parse(file, id: ContentRoot.quizID(forFile: name))
                return (problems.containsErrors ? nil : quiz, problems)
            }
        }
        return quiz(name)
    }

    /// Whether `name` (as typed after `--quiz`) is a quiz file rather than a quiz id: it ends
    /// in `.yaml` or `.yml`, or it is an existing file.
    public static func namesQuizFile(_ name: String) -> Bool {
        name.hasSuffix(".yaml") || name.hasSuffix(".yml") || name.contains("/") && FileManager.default.fileExists(atPath: name)
    }

    /// The text of `path` in the source, decoded like a file on disk.
    static func load(_ path: String, from source: ContentSource) -> Result<SourceFile, Diagnostic> {
        switch source.origin {
        case let .folder(root):
            return SourceFile.load(path: ContentRoot.join(root, path), displayPath: ContentRoot.join(root, path))
        case .embedded:
            guard let text = source.text(at: path) else {
                return .failure(Diagnostic(path: path, location: nil, severity: .error, message: "not in the built-in course"))
            }
            return .success(SourceFile(path: path, text: text))
        }
    }
}
