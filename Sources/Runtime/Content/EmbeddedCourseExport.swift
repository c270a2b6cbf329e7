import CourseContent
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes the built-in course (Lessons/, Quizzes/, Assets/) to a folder on disk: to a fresh
/// temporary folder for tools that read a course from disk (the checker; the caller removes it
/// with ``remove(_:)``), or to a folder an instructor names (`lesson export`) to edit it and
/// play it with `--content`.
public enum EmbeddedCourseExport {
    /// Every temporary export folder starts with this, so callers can show paths relative to it.
    public static var folderPrefix: String { NSTemporaryDirectory() + "lesson-course-" }

    /// A fresh temporary folder holding the built-in course.
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
            try writeFile(text, to: url.path)
            written.append(path)
        }
        return written
    }

    /// Writes `text` with plain `write(2)` calls (Foundation's writers flush every file to the
    /// disk, which made checking the built-in course slow).
    private static func writeFile(_ text: String, to path: String) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: path]) }
        defer { close(fd) }
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            guard written > 0 else { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path]) }
            bytes = bytes.dropFirst(written)
        }
    }

    /// Removes a temporary folder ``write()`` made (nothing else).
    public static func remove(_ folder: String) {
        guard folder.hasPrefix(folderPrefix) else { return }
        try? FileManager.default.removeItem(atPath: folder)
    }
}
