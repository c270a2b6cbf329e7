import CourseContent
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes the built-in course to a fresh temporary folder, for tools that read a course from
/// disk (the checker). The caller removes it with ``remove(_:)`` when done.
public enum EmbeddedCourseExport {
    /// Every export folder starts with this, so callers can show paths relative to it.
    public static var folderPrefix: String { NSTemporaryDirectory() + "lesson-course-" }

    /// The folder holding the built-in course's Lessons/, Quizzes/ and Assets/. The files are
    /// scratch copies: written without flushing them to the disk.
    public static func write() throws -> String {
        let folder = folderPrefix + String(getpid())
        try? FileManager.default.removeItem(atPath: folder)
        for path in EmbeddedCourse.paths {
            guard let text = EmbeddedCourse.text(at: path) else { continue }
            let url = URL(fileURLWithPath: folder).appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try writeScratch(text, to: url.path)
        }
        return folder
    }

    /// Writes `text` to a new file with plain `write(2)` calls (Foundation's writers flush
    /// every file to the disk, which made checking the built-in course slow).
    private static func writeScratch(_ text: String, to path: String) throws {
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

    /// Removes a folder ``write()`` made (nothing else).
    public static func remove(_ folder: String) {
        guard folder.hasPrefix(folderPrefix) else { return }
        try? FileManager.default.removeItem(atPath: folder)
    }
}
