import Course
import Foundation
import Testing
@testable import Runtime

@Suite struct CourseLibraryTests {
    /// An unknown quiz id has no file, so the diagnostic names none (no made-up Quizzes/… path).
    @Test func anUnknownQuizIsReportedWithoutAMadeUpPath() {
        let loaded = CourseLibrary(source: ContentSource(origin: .embedded)).quiz(named: "nope/nope")
        #expect(loaded.quiz == nil)
        #expect(DiagnosticFormatter().format(loaded.diagnostics) == """
            error: no quiz 'nope/nope' in the built-in course
              hint: 'lesson list' shows each chapter's quiz

            """)
    }
}

@Suite struct EmbeddedCourseExportTests {
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
