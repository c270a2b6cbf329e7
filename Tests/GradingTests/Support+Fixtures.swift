import Course
import Foundation
import Testing

/// Fixture files next to the tests, and golden-file comparison.
enum Fixture {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func path(_ relative: String) -> String {
        directory.appendingPathComponent(relative).path
    }

    /// Compares `actual` with the golden file; with LESSON_RECORD_GOLDEN set, rewrites it and fails.
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
