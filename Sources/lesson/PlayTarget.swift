import Foundation

/// What `lesson play` was asked to play: `LESSON[/CHAPTER]` by id, or a lesson folder on disk
/// (`course/Lessons/my-lesson`, or one of its chapter files), which also names the course
/// folder to read (the folder above `Lessons/`).
struct PlayTarget: Equatable {
    var lesson: String
    var chapter: String?
    /// The course folder a lesson path lives in; nil for an id.
    var courseFolder: String?

    /// Reads `argument`; `exists` says whether a path is a folder (true), a file (false) or
    /// absent (nil), so the rule can be tested without a disk.
    init(_ argument: String, exists: (String) -> Bool?) throws(CommandFailure) {
        var path = argument
        while path.count > 1 && path.hasSuffix("/") { path.removeLast() }
        guard let isFolder = exists(path) else {
            // LESSON or LESSON/CHAPTER has at most one slash; more (or a .md) meant a path.
            if path.hasSuffix(".md") || path.split(separator: "/").count > 2 || path.hasPrefix("/") || path.hasPrefix(".") {
                throw CommandFailure.badInput("\(argument): no such lesson folder or chapter file")
            }
            let parts = path.split(separator: "/", maxSplits: 1).map(String.init)
            lesson = parts.first ?? path
            chapter = parts.count > 1 ? parts[1] : nil
            courseFolder = nil
            return
        }
        var folder = path
        chapter = nil
        if !isFolder {
            guard path.hasSuffix(".md") else {
                throw CommandFailure.badInput("\(argument): not a lesson folder or a chapter file (.md)")
            }
            chapter = String(Self.lastComponent(path).dropLast(".md".count))
            folder = Self.parent(path)
        }
        let lessons = Self.parent(folder)
        guard Self.lastComponent(lessons) == "Lessons" else {
            throw CommandFailure.badInput("\(argument): a lesson folder lives in a course's Lessons/ folder (course/Lessons/LESSON)")
        }
        lesson = Self.lastComponent(folder)
        courseFolder = Self.parent(lessons)
    }

    /// Reads `argument` against the file system.
    init(_ argument: String) throws(CommandFailure) {
        try self.init(argument) { path in
            var isFolder: ObjCBool = false
            return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) ? isFolder.boolValue : nil
        }
    }

    private static func lastComponent(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    /// The folder above `path` ("." for a bare name, "/" at the root).
    private static func parent(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let head = String(path[..<slash])
        return head.isEmpty ? "/" : head
    }
}
