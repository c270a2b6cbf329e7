import Foundation
import Testing
@testable import Course

@Suite struct FolderWalkTests {
    /// A fresh folder with `files` (relative paths) and `links` (relative path → destination).
    private func folder(files: [String], links: [String: String]) throws -> String {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("lesson-walk-\(UUID().uuidString)").path
        for relative in files {
            let path = base + "/" + relative
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try "title: x\n".write(toFile: path, atomically: true, encoding: .utf8)
        }
        for (relative, destination) in links {
            try FileManager.default.createSymbolicLink(atPath: base + "/" + relative, withDestinationPath: destination)
        }
        return base
    }

    @Test func linkLoopsAreSearchedOnce() throws {
        // `up -> ..` used to be followed until paths grew too long: every file thousands of times.
        let base = try folder(files: ["subs/a.yaml", "subs/deep/b.yaml"], links: ["subs/self": ".", "subs/deep/up": ".."])
        defer { try? FileManager.default.removeItem(atPath: base) }
        #expect(FolderWalk.files(under: base + "/subs", extensions: ["yaml"]) == [base + "/subs/a.yaml", base + "/subs/deep/b.yaml"])
    }

    @Test func aLinkedFolderIsSearchedUnlessItsFolderIsToo() throws {
        let base = try folder(files: ["x/real/a.yaml", "y/b.yaml"], links: ["x/alias": "real", "x/y-link": "../y"])
        defer { try? FileManager.default.removeItem(atPath: base) }
        #expect(FolderWalk.files(under: base + "/x", extensions: ["yaml"]) == [base + "/x/real/a.yaml", base + "/x/y-link/b.yaml"])
    }

    @Test func extensionsAndHiddenNames() throws {
        let base = try folder(files: ["A.YAML", "b.yaml", ".hidden.yaml", "c.md"], links: [:])
        defer { try? FileManager.default.removeItem(atPath: base) }
        #expect(FolderWalk.files(under: base, extensions: ["yaml"]) == [base + "/b.yaml"])
        #expect(FolderWalk.files(under: base, extensions: ["yaml"], ignoringCase: true) == [base + "/A.YAML", base + "/b.yaml"])
    }
}
