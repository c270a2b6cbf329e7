import Course
import Foundation
import Testing
@testable import Runtime

@Suite struct EmbeddedCourseExportTests {
    @Test func theExportHoldsTheCourseAndIsRemovedAfterwards() throws {
        let folder = try EmbeddedCourseExport.write()
        #expect(folder.hasPrefix(EmbeddedCourseExport.folderPrefix))
        let chapter = folder + "/Lessons/practical-methodology/00-why-methodology.md"
        let text = try String(contentsOfFile: chapter, encoding: .utf8)
        #expect(text.contains("Why Methodology?"))
        EmbeddedCourseExport.remove(folder)
        #expect(!FileManager.default.fileExists(atPath: folder))
    }

    @Test func removeLeavesOtherFoldersAlone() throws {
        let other = NSTemporaryDirectory() + "lesson-export-test-\(getpid())"
        try FileManager.default.createDirectory(atPath: other, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: other) }
        EmbeddedCourseExport.remove(other)
        #expect(FileManager.default.fileExists(atPath: other))
    }

    /// `lesson export` writes every file of the built-in course, unchanged, so a course read
    /// from the folder is the built-in one.
    @Test func theExportedFolderHoldsTheBuiltInCourseFileForFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lesson-export-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let written = try EmbeddedCourseExport.write(to: folder)
        let embedded = ContentSource(origin: .embedded)
        let exported = ContentSource(origin: .folder(folder))
        for top in ["Lessons", "Quizzes", "Assets"] {
            #expect(exported.paths(under: top) == embedded.paths(under: top))
            #expect(!exported.paths(under: top).isEmpty)
        }
        #expect(written.count == embedded.paths(under: "Lessons").count + embedded.paths(under: "Quizzes").count
            + embedded.paths(under: "Assets").count)
        for path in written {
            #expect(exported.text(at: path) == embedded.text(at: path), "\(path)")
        }
        #expect(CourseLibrary(source: exported).lessons.map(\.id) == CourseLibrary(source: embedded).lessons.map(\.id))
    }
}
