import CourseContent
import Foundation

/// Writes the built-in course (Lessons/, Quizzes/, Assets/) to a folder on disk: to a fresh
/// temporary folder for tools that read a course from disk (the checker), or to a folder an
/// instructor names (`lesson export`) to edit it and play it with `--content`.
public enum EmbeddedCourseExport {
    /// Every temporary export folder starts with this, so callers can show paths relative to it.
    public static var folderPrefix: String { NSTemporaryDirectory() + "lesson-course-" }

    /// A fresh temporary folder holding the built-in course, made once per process.
    public static func write() throws -> String {
        let folder = folderPrefix + String(getpid())
        try? FileManager.default.removeItem(atPath: folder)
        _ = try write(to: folder)
        return folder
    }

    /// Writes every file of the built-in course under `folder` (made if missing; files already
    /// there with the same paths are replaced). Returns the paths written, relative to `folder`.
    @discardableResult
    public static func write(to folder: String) throws -> [String] {
        var written: [String] = []
        for path in EmbeddedCourse.paths {
            guard let text = EmbeddedCourse.text(at: path) else { continue }
            let url = URL(fileURLWithPath: folder).appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
            written.append(path)
        }
        return written
    }
}
