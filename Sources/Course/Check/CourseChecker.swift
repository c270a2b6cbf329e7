import Foundation
import Terminal

/// `lesson check`: finds the course files under the given paths, parses each, validates the
/// links between them and runs every question's reference answer through the injected grader.
///
/// A path may be a content root (with `Lessons/`, `Quizzes/`), `Lessons/` or `Quizzes/`, a
/// lesson folder, a chapter (`.md`), a `lesson.yaml` or a quiz file. Linked files a chapter
/// names (its quiz) are read as needed from the content root the chapter sits in.
public struct CourseChecker: Sendable {
    public var catalog: SimulationCatalog
    /// Grades reference answers; nil skips that check.
    public var verifier: (any ReferenceAnswerVerifier)?

    public init(catalog: SimulationCatalog, verifier: (any ReferenceAnswerVerifier)?) {
        self.catalog = catalog
        self.verifier = verifier
    }

    /// Checks the whole course of `root`: every lesson under `Lessons/` and quiz under `Quizzes/`.
    public func check(root: ContentRoot) -> CheckReport {
        var session = CheckSession(checker: self)
        if !root.looksLikeContent {
            session.add(.error("no Lessons/ or Quizzes/ folder here: not a course", at: nil, in: root.path))
        } else {
            session.checkRoot(root)
        }
        return session.report()
    }

    /// Checks the files and folders at `paths`.
    public func check(paths: [String]) -> CheckReport {
        var session = CheckSession(checker: self)
        for path in paths {
            session.checkPath(path)
        }
        return session.report()
    }
}

/// The mutable state of one check run: what was read, what was reported.
struct CheckSession {
    let checker: CourseChecker
    private var diagnostics: [Diagnostic] = []
    private var sources: [String: SourceFile] = [:]
    private var checked: Set<String> = []
    /// Parsed quizzes by standardised path (nil when unreadable).
    private var quizzes: [String: Quiz?] = [:]
    private var manifests: [String: LessonManifest] = [:]
    private var lessonsVisited: Set<String> = []

    init(checker: CourseChecker) {
        self.checker = checker
    }

    mutating func add(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    func report() -> CheckReport {
        CheckReport(diagnostics: diagnostics.sortedByLocation(), sources: sources, fileCount: checked.count)
    }

    /// A path as a dictionary key: `.` segments and repeated slashes removed, `..` applied.
    /// (Cheaper than `standardizingPath`, which also resolves symbolic links.)
    static func key(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == "..", let last = parts.last, last != ".." {
                parts.removeLast()
                continue
            }
            parts.append(part)
        }
        let joined = parts.joined(separator: "/")
        if path.hasPrefix("/") { return "/" + joined }
        return joined.isEmpty ? "." : joined
    }

    private static func display(_ path: String) -> String {
        var shown = path
        while shown.hasPrefix("./") { shown.removeFirst(2) }
        return shown
    }

    // MARK: Walking

    mutating func checkPath(_ rawPath: String) {
        let path = CheckSession.display(rawPath)
        if ContentRoot.isDirectory(path) {
            let before = checked.count
            defer {
                // A folder with nothing to check is most likely the wrong folder: a check that
                // passes on it would hide that.
                if checked.count == before {
                    add(.error("no lesson or quiz files in this folder", at: nil, in: path,
                               hint: "give a course folder (with Lessons/ and Quizzes/), a lesson folder, chapter .md files or quiz .yaml files"))
                }
            }
            let root = ContentRoot(path: path)
            let name = (CheckSession.key(path) as NSString).lastPathComponent
            if root.looksLikeContent {
                checkRoot(root)
            } else if ContentRoot.isFile(ContentRoot.join(path, "lesson.yaml")) {
                checkLesson(folder: path, root: ContentRoot.enclosing(path))
            } else if name == "Lessons" {
                for entry in ContentRoot.contents(of: path) where ContentRoot.isDirectory(ContentRoot.join(path, entry)) {
                    checkLesson(folder: ContentRoot.join(path, entry), root: ContentRoot.enclosing(ContentRoot.join(path, entry)))
                }
            } else {
                checkFolder(path)
            }
        } else if ContentRoot.isFile(path) {
            checkFile(path)
        } else {
            add(.error("no such file or folder", at: nil, in: path))
        }
    }

    mutating func checkRoot(_ root: ContentRoot) {
        var lessonIDs: [String] = []
        if ContentRoot.isDirectory(root.lessonsPath) {
            for entry in ContentRoot.contents(of: root.lessonsPath) {
                let folder = ContentRoot.join(root.lessonsPath, entry)
                if ContentRoot.isDirectory(folder) {
                    checkLesson(folder: folder, root: root)
                    lessonIDs.append(entry)
                }
            }
            checkPrerequisiteCycles(root: root, lessonIDs: lessonIDs)
        }
        if ContentRoot.isDirectory(root.quizzesPath) {
            for file in CheckSession.files(under: root.quizzesPath, extensions: ["yaml", "yml"]) {
                _ = quiz(atPath: file)
            }
        }
    }

    /// A folder that is not a lesson or course: every course file under it.
    private mutating func checkFolder(_ folder: String) {
        for file in CheckSession.files(under: folder, extensions: ["md", "yaml", "yml"]) {
            let name = (file as NSString).lastPathComponent
            let parent = (file as NSString).deletingLastPathComponent
            if name == "lesson.yaml" {
                checkLesson(folder: parent, root: ContentRoot.enclosing(file))
            } else if !ContentRoot.isFile(ContentRoot.join(parent, "lesson.yaml")) {
                checkFile(file)
            }
        }
    }

    private mutating func checkFile(_ path: String) {
        let name = (path as NSString).lastPathComponent
        let parent = (path as NSString).deletingLastPathComponent
        if name == "lesson.yaml" {
            checkLesson(folder: parent.isEmpty ? "." : parent, root: ContentRoot.enclosing(path))
        } else if name.hasSuffix(".md") {
            checkChapter(path: path, root: ContentRoot.enclosing(path))
        } else {
            _ = quiz(atPath: path)
        }
    }

    private static func files(under folder: String, extensions: Set<String>) -> [String] {
        FolderWalk.files(under: folder, extensions: extensions)
    }

    // MARK: Reading

    private mutating func load(_ path: String) -> SourceFile? {
        let shown = CheckSession.display(path)
        checked.insert(CheckSession.key(path))
        switch SourceFile.load(path: path, displayPath: shown) {
        case .success(let source):
            sources[shown] = source
            return source
        case .failure(let diagnostic):
            add(diagnostic)
            return nil
        }
    }

    // MARK: Lessons

    private mutating func checkLesson(folder: String, root: ContentRoot?) {
        let key = CheckSession.key(folder)
        guard lessonsVisited.insert(key).inserted else { return }
        let manifestPath = ContentRoot.join(folder, "lesson.yaml")
        let folderName = (key as NSString).lastPathComponent
        let entries = ContentRoot.contents(of: folder)
        let chapterFiles = entries.filter { $0.hasSuffix(".md") }.map { String($0.dropLast(3)) }
        guard ContentRoot.isFile(manifestPath) else {
            add(.error("lesson folder has no lesson.yaml", at: nil, in: CheckSession.display(folder),
                       hint: "`lesson new lesson \(folderName)` writes one"))
            for stem in chapterFiles {
                checkChapter(path: ContentRoot.join(folder, stem + ".md"), root: root)
            }
            return
        }
        var listed: Set<String> = []
        if let source = load(manifestPath) {
            let (manifest, found) = LessonManifestParser.parse(source, folderName: folderName)
            diagnostics += found
            if let manifest {
                manifests[key] = manifest
                for chapter in manifest.chapters {
                    listed.insert(chapter.name)
                    if !chapterFiles.contains(chapter.name) {
                        add(.error("chapter file '\(chapter.name).md' does not exist in \(CheckSession.display(folder))",
                                   at: chapter.location, in: source.path,
                                   hint: Suggestion.hint(for: chapter.name, among: chapterFiles)))
                    }
                }
                for prerequisite in manifest.prerequisites {
                    if prerequisite.name == manifest.id {
                        add(.error("a lesson cannot be its own prerequisite", at: prerequisite.location, in: source.path))
                    } else if let root, !ContentRoot.isFile(ContentRoot.join(root.lessonPath(id: prerequisite.name), "lesson.yaml")) {
                        let known = ContentRoot.contents(of: root.lessonsPath)
                        add(.error("prerequisite '\(prerequisite.name)' is not a lesson of this course",
                                   at: prerequisite.location, in: source.path,
                                   hint: Suggestion.hint(for: prerequisite.name, among: known)))
                    }
                }
            }
        }
        for stem in chapterFiles {
            let path = ContentRoot.join(folder, stem + ".md")
            if !listed.isEmpty || manifests[key] != nil, !listed.contains(stem) {
                add(.warning("chapter file is not listed in lesson.yaml, so it is never played",
                             at: SourceLocation(line: 1, column: 1), in: CheckSession.display(path),
                             hint: "add '\(stem)' to the chapters of lesson.yaml, or remove the file"))
            }
            checkChapter(path: path, root: root)
        }
    }

    private mutating func checkPrerequisiteCycles(root: ContentRoot, lessonIDs: [String]) {
        var graph: [String: LessonManifest] = [:]
        for id in lessonIDs {
            if let manifest = manifests[CheckSession.key(root.lessonPath(id: id))] { graph[id] = manifest }
        }
        var state: [String: Int] = [:]  // 1 visiting, 2 done
        var reported = false
        func visit(_ id: String, _ path: [String], _ session: inout CheckSession) {
            guard !reported, let manifest = graph[id] else { return }
            if state[id] == 2 { return }
            state[id] = 1
            for prerequisite in manifest.prerequisites {
                if state[prerequisite.name] == 1 {
                    let cycle = (path + [id, prerequisite.name]).drop(while: { $0 != prerequisite.name })
                    session.add(.error("prerequisites form a cycle: \(cycle.joined(separator: " → "))",
                                       at: prerequisite.location, in: manifest.path))
                    reported = true
                    return
                }
                visit(prerequisite.name, path + [id], &session)
            }
            state[id] = 2
        }
        for id in lessonIDs.sorted() { visit(id, [], &self) }
    }

    // MARK: Chapters

    private mutating func checkChapter(path: String, root: ContentRoot?) {
        let key = CheckSession.key(path)
        guard !checked.contains(key) else { return }
        guard let source = load(path) else { return }
        let stem = String(((key as NSString).lastPathComponent as NSString).deletingPathExtension)
        let (chapter, found) = ChapterParser.parse(source, expectedID: CourseID.isChapterStem(stem) ? stem : nil)
        diagnostics += found
        guard let chapter else { return }
        var link = CourseValidator.QuizLink.none
        if let quizID = chapter.frontMatter.quiz, CourseID.isQuizID(quizID) {
            let quizRoot = root ?? ContentRoot.enclosing(path)
            if let quizRoot, ContentRoot.isFile(quizRoot.quizPath(id: quizID)) {
                link = quiz(atPath: quizRoot.quizPath(id: quizID)).map { .found($0) } ?? .unreadable
            } else {
                var known: [String] = []
                if let quizRoot {
                    let lesson = String(quizID.split(separator: "/").first ?? "")
                    known = ContentRoot.contents(of: ContentRoot.join(quizRoot.quizzesPath, lesson))
                        .filter { $0.hasSuffix(".yaml") }
                        .map { lesson + "/" + ContentRoot.stripExtension($0) }
                }
                link = .missing(known: known)
            }
        } else if chapter.frontMatter.quiz != nil {
            link = .unreadable
        }
        diagnostics += CourseValidator(catalog: checker.catalog).validate(chapter: chapter, quiz: link)
    }

    // MARK: Quizzes

    /// A quiz under `Quizzes/LESSON/` of a course with lessons belongs to lesson LESSON, which
    /// must exist: otherwise no chapter can ask it (usually a typo in the folder's name).
    private mutating func checkQuizHasItsLesson(path: String, shownAs shown: String) {
        guard let root = ContentRoot.enclosing(path), ContentRoot.isDirectory(root.lessonsPath),
              let lesson = ContentRoot.courseQuizID(forFile: path)?.split(separator: "/").first.map(String.init),
              ContentRoot.isDirectory(root.quizzesPath),
              CheckSession.key(ContentRoot.join(root.quizzesPath, lesson)) == CheckSession.key((path as NSString).deletingLastPathComponent)
        else { return }
        let manifest = ContentRoot.join(root.lessonPath(id: lesson), "lesson.yaml")
        guard !ContentRoot.isFile(manifest) else { return }
        let known = ContentRoot.contents(of: root.lessonsPath).filter { ContentRoot.isDirectory(root.lessonPath(id: $0)) }
        add(.error("the quiz is for lesson '\(lesson)', which does not exist (no \(CheckSession.display(manifest)))",
                   at: SourceLocation(line: 1, column: 1), in: shown,
                   hint: Suggestion.hint(for: lesson, among: known) ?? "`lesson new lesson \(lesson)` writes it, or move the quiz under its lesson's folder"))
    }

    /// The quiz in the file at `path`, parsed, validated and verified once; nil if unreadable.
    private mutating func quiz(atPath path: String) -> Quiz? {
        let key = CheckSession.key(path)
        if let cached = quizzes[key] { return cached }
        guard let source = load(path) else {
            quizzes[key] = .some(nil)
            return nil
        }
        let (parsed, found) = QuizParser.parse(source, id: ContentRoot.quizID(forFile: path))
        diagnostics += found
        checkQuizHasItsLesson(path: path, shownAs: source.path)
        quizzes[key] = .some(parsed)
        guard let quiz = parsed else { return nil }
        let links = CourseValidator(catalog: checker.catalog).validate(quiz: quiz)
        diagnostics += links
        if let verifier = checker.verifier {
            let errorLines = (found + links).filter { $0.severity == .error }.compactMap { $0.location?.line }.sorted()
            for question in quiz.questions {
                // A question runs to the next item of the list; an error in it leaves its
                // reference answer unchecked (it may be the error's consequence).
                let end = quiz.itemStarts.first { $0.line > question.location.line }?.line ?? Int.max
                if let line = errorLines.first(where: { $0 >= question.location.line && $0 < end }) {
                    add(Diagnostic(path: source.path, location: question.location, severity: .note,
                                   message: "question '\(question.id)': reference answer not checked because of the error at line \(line)"))
                    continue
                }
                for problem in verifier.problems(withReferenceAnswerOf: question, in: quiz) {
                    add(Diagnostic(path: source.path, location: question.location, severity: problem.severity,
                                   message: "question '\(question.id)': \(problem.message)"))
                }
            }
        }
        return quiz
    }
}
