import Foundation

/// A folder holding a course: `Lessons/`, `Quizzes/` and `Assets/` (Docs/FORMATS.md).
public struct ContentRoot: Sendable, Hashable {
    /// The folder, as given (shown in paths).
    public var path: String

    public init(path: String) {
        self.path = path
    }

    public var lessonsPath: String { ContentRoot.join(path, "Lessons") }
    public var quizzesPath: String { ContentRoot.join(path, "Quizzes") }

    /// The file of quiz `id` (`lesson/NN-slug` → `Quizzes/lesson/NN-slug.yaml`).
    public func quizPath(id: String) -> String {
        ContentRoot.join(quizzesPath, id + ".yaml")
    }

    /// The folder of lesson `id`.
    public func lessonPath(id: String) -> String {
        ContentRoot.join(lessonsPath, id)
    }

    /// Whether the folder has `Lessons/` or `Quizzes/`.
    public var looksLikeContent: Bool {
        ContentRoot.isDirectory(lessonsPath) || ContentRoot.isDirectory(quizzesPath)
    }

    /// The content root a file or folder belongs to: the nearest ancestor whose child on the
    /// way down is `Lessons` or `Quizzes`.
    public static func enclosing(_ path: String) -> ContentRoot? {
        let components = CheckSession.key(path).split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        let absolute = path.hasPrefix("/")
        for index in stride(from: components.count - 1, through: 0, by: -1)
        where components[index] == "Lessons" || components[index] == "Quizzes" {
            var joined = components[..<index].joined(separator: "/")
            if joined.isEmpty { joined = absolute ? "/" : "." }
            return ContentRoot(path: joined)
        }
        return nil
    }

    /// The id of the quiz in file `path`: its path under `Quizzes/` without `.yaml`, or, for a
    /// file outside a course, its file stem.
    public static func quizID(forFile path: String) -> String {
        courseQuizID(forFile: path) ?? stripExtension(CheckSession.key(path).split(separator: "/").last.map(String.init) ?? path)
    }

    /// The id of the quiz in file `path` when the file is inside a course (under a `Quizzes/`
    /// folder, found from the absolute path, so `01-a.yaml` typed in `Quizzes/les/` counts);
    /// nil for a file elsewhere.
    public static func courseQuizID(forFile path: String) -> String? {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        let parts = CheckSession.key(absolute).split(separator: "/").map(String.init)
        guard let index = parts.lastIndex(of: "Quizzes"), index + 1 < parts.count else { return nil }
        return stripExtension(parts[(index + 1)...].joined(separator: "/"))
    }

    static func stripExtension(_ name: String) -> String {
        for suffix in [".yaml", ".yml", ".json"] where name.hasSuffix(suffix) {
            return String(name.dropLast(suffix.count))
        }
        return name
    }

    /// `directory/name` without a leading `./`.
    public static func join(_ directory: String, _ name: String) -> String {
        if directory.isEmpty || directory == "." { return name }
        if directory.hasSuffix("/") { return directory + name }
        return directory + "/" + name
    }

    static func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    static func isFile(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && !isDirectory.boolValue
    }

    /// The names in a folder, sorted; hidden files left out.
    static func contents(of directory: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory.isEmpty ? "." : directory)) ?? [])
            .filter { !$0.hasPrefix(".") }
            .sorted()
    }
}
