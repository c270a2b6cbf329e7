import CourseContent
import Foundation

/// Where the course's files come from: the course embedded in the binary, or a folder on disk
/// (`--content DIR` or `LESSON_CONTENT`), both addressed by paths such as
/// `Lessons/practical-methodology/lesson.yaml`.
public struct ContentSource: Sendable, Equatable {
    public enum Origin: Sendable, Equatable {
        case embedded
        case folder(String)
    }

    public let origin: Origin

    public init(origin: Origin) {
        self.origin = origin
    }

    /// The folder from `--content`, else `LESSON_CONTENT`, else the embedded course.
    public static func resolve(option: String?, environment: [String: String]) -> ContentSource {
        if let option, !option.isEmpty { return ContentSource(origin: .folder(option)) }
        if let folder = environment["LESSON_CONTENT"], !folder.isEmpty { return ContentSource(origin: .folder(folder)) }
        return ContentSource(origin: .embedded)
    }

    /// The folder on disk, or nil for the embedded course.
    public var folderPath: String? {
        if case let .folder(path) = origin { return path }
        return nil
    }

    /// A readable name for messages: `the built-in course` or the folder.
    public var name: String {
        switch origin {
        case .embedded: return "the built-in course"
        case let .folder(path): return path
        }
    }

    /// The text of the file at `path`, or nil when there is none.
    public func text(at path: String) -> String? {
        switch origin {
        case .embedded:
            return EmbeddedCourse.text(at: path)
        case let .folder(root):
            let url = URL(fileURLWithPath: root).appendingPathComponent(path)
            guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
            return String(data: data, encoding: .utf8)
        }
    }

    /// Every file path under `folder` (e.g. `Lessons/`), sorted.
    public func paths(under folder: String) -> [String] {
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        switch origin {
        case .embedded:
            return EmbeddedCourse.paths.filter { $0.hasPrefix(prefix) }
        case let .folder(root):
            let base = URL(fileURLWithPath: root).appendingPathComponent(prefix)
            guard let walker = FileManager.default.enumerator(atPath: base.path) else { return [] }
            var found: [String] = []
            while let relative = walker.nextObject() as? String {
                var isDirectory: ObjCBool = false
                if FileManager.default.fileExists(atPath: base.appendingPathComponent(relative).path, isDirectory: &isDirectory), !isDirectory.boolValue {
                    found.append(prefix + relative)
                }
            }
            return found.sorted()
        }
    }
}
