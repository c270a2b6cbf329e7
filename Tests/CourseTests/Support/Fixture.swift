import Foundation
import Testing
@testable import Course

/// Course's location type (Testing has one of the same name).
typealias SourceLocation = Course.SourceLocation

/// Fixture files next to the tests, and golden-file comparison.
enum Fixture {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    static func path(_ relative: String) -> String {
        directory.appendingPathComponent(relative).path
    }

    static func source(_ relative: String, shownAs shown: String? = nil) throws -> SourceFile {
        try SourceFile.load(path: path(relative), displayPath: shown ?? relative).get()
    }

    /// Compares `actual` with the golden file; with LESSON_RECORD_GOLDEN set, rewrites it and
    /// fails so that a recording never passes silently.
    static func expectGolden(_ actual: String, _ relative: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let url = directory.appendingPathComponent(relative)
        if ProcessInfo.processInfo.environment["LESSON_RECORD_GOLDEN"] != nil {
            try? actual.write(to: url, atomically: true, encoding: .utf8)
            Issue.record("recorded \(relative); run again without LESSON_RECORD_GOLDEN", sourceLocation: sourceLocation)
            return
        }
        let expected = (try? String(contentsOf: url, encoding: .utf8)) ?? "<missing golden file \(relative)>"
        #expect(actual == expected, sourceLocation: sourceLocation)
    }
}

/// A source file in memory.
func source(_ text: String, path: String = "test.md") -> SourceFile {
    SourceFile(path: path, text: text)
}

/// The plain text of diagnostics, one line each (hints included).
func render(_ diagnostics: [Diagnostic]) -> String {
    DiagnosticFormatter().format(diagnostics)
}
