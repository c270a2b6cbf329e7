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
}
