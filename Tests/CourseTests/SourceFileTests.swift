import Foundation
import Testing
@testable import Course

@Suite struct SourceFileTests {
    @Test func invalidUTF8IsRefusedWithItsLineAndColumn() throws {
        let bytes = Data("title: ok\nab".utf8) + Data([0xC3, 0x28]) + Data("\n".utf8)
        let result = SourceFile.decode(path: "q.yaml", bytes: bytes)
        guard case .failure(let diagnostic) = result else {
            Issue.record("invalid UTF-8 was accepted")
            return
        }
        #expect(diagnostic.location == SourceLocation(line: 2, column: 3))
        #expect(diagnostic.message.contains("invalid UTF-8"))
        #expect(diagnostic.message.contains("offset 12"))
    }

    @Test func binaryFileWithNULBytesIsRefused() {
        let bytes = Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01])
        guard case .failure(let diagnostic) = SourceFile.decode(path: "image.md", bytes: bytes) else {
            Issue.record("binary file was accepted")
            return
        }
        // 0x89 is not valid UTF-8 before the NUL is reached.
        #expect(diagnostic.severity == .error)
        let nul = SourceFile.decode(path: "x.md", bytes: Data("abc".utf8) + Data([0]) + Data("def".utf8))
        guard case .failure(let nulDiagnostic) = nul else {
            Issue.record("NUL byte was accepted")
            return
        }
        #expect(nulDiagnostic.message == "binary file: NUL byte at offset 3")
        #expect(nulDiagnostic.location == SourceLocation(line: 1, column: 4))
    }

    @Test func overlongAndSurrogateEncodingsAreInvalid() {
        for bytes: [UInt8] in [[0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82]] {
            if case .success = SourceFile.decode(path: "x", bytes: Data(bytes)) {
                Issue.record("accepted \(bytes)")
            }
        }
    }

    @Test func fileOverTheLimitIsRefusedWithItsSizeBeforeReading() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("lesson-big-\(UUID().uuidString).md")
        _ = FileManager.default.createFile(atPath: url.path, contents: nil)
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: 50 * 1024 * 1024)  // sparse: 50 MiB without writing them
        try handle.close()
        defer { try? FileManager.default.removeItem(at: url) }
        guard case .failure(let diagnostic) = SourceFile.load(path: url.path, displayPath: "big.md") else {
            Issue.record("a 50 MiB file was read")
            return
        }
        #expect(diagnostic.message == "file is 50.0 MiB; the limit is 1.0 MiB")
        #expect(diagnostic.location == nil)
        #expect(diagnostic.summaryLine == "big.md: error: file is 50.0 MiB; the limit is 1.0 MiB")
    }

    @Test func missingFileAndFolderAreReported() {
        guard case .failure(let missing) = SourceFile.load(path: "/nonexistent/lesson.yaml") else {
            Issue.record("missing file loaded")
            return
        }
        #expect(missing.message.contains("does not exist"))
        guard case .failure(let folder) = SourceFile.load(path: NSTemporaryDirectory()) else {
            Issue.record("folder loaded")
            return
        }
        #expect(folder.message == "is a folder, not a file")
    }

    @Test func windowsAndOldMacLineEndingsBecomeNewlines() {
        let file = source("a\r\nb\rc\n")
        #expect(file.lines == ["a", "b", "c", ""])
        #expect(file.text == "a\nb\nc\n")
    }

    @Test func byteOrderMarkIsDropped() throws {
        let file = try SourceFile.decode(path: "x", bytes: Data([0xEF, 0xBB, 0xBF]) + Data("id: x".utf8)).get()
        #expect(file.text == "id: x")
    }

    @Test func byteCountsReadLikePeopleWriteThem() {
        #expect(ByteCount.describe(512) == "512 bytes")
        #expect(ByteCount.describe(1536) == "1.5 KiB")
        #expect(ByteCount.describe(1 << 20) == "1.0 MiB")
    }
}
