import CourseContent
import Foundation

/// Writes the built-in course to a fresh temporary folder, for tools that read a course from
/// disk (the checker). The folder is made once per process.
public enum EmbeddedCourseExport {
    /// Every export folder starts with this, so callers can show paths relative to it.
    public static var folderPrefix: String { NSTemporaryDirectory() + "lesson-course-" }

    /// The folder holding the built-in course's Lessons/, Quizzes/ and Assets/.
    public static func write() throws -> String {
        let folder = folderPrefix + String(getpid())
        try? FileManager.default.removeItem(atPath: folder)
        for path in EmbeddedCourse.paths {
            guard let text = EmbeddedCourse.text(at: path) else { continue }
            let url = URL(fileURLWithPath: folder).appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return folder
    }
}
