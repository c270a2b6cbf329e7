import Foundation
import Testing

/// Golden files: the exact output of a rendering, kept in `Tests/TerminalTests/Golden/`.
///
/// `LESSON_RECORD_GOLDEN=1 swift test --filter TerminalTests` rewrites the files in the
/// source tree (found from this file's `#filePath`) and fails every recording test, so a
/// recording run can never pass by accident. Normal runs read the copies bundled as test
/// resources and fail with the first differing line.
enum Golden {
    static var isRecording: Bool { ProcessInfo.processInfo.environment["LESSON_RECORD_GOLDEN"] == "1" }

    /// The source folder of the golden files.
    static func sourceFolder(filePath: String = #filePath) -> URL {
        URL(fileURLWithPath: filePath)
            .deletingLastPathComponent()   // Support
            .deletingLastPathComponent()   // TerminalTests
            .appendingPathComponent("Golden")
    }

    static func expected(_ name: String) -> String? {
        guard let folder = Bundle.module.url(forResource: "Golden", withExtension: nil) else { return nil }
        return try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    }

    /// Compares `actual` with the golden file `name` (or records it).
    static func check(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        if isRecording {
            let url = sourceFolder().appendingPathComponent(name)
            do {
                try actual.write(to: url, atomically: true, encoding: .utf8)
                Issue.record("Recorded golden file \(name); run again without LESSON_RECORD_GOLDEN to check it.",
                             sourceLocation: sourceLocation)
            } catch {
                Issue.record("Cannot write golden file \(url.path): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let expected = expected(name) else {
            Issue.record("Missing golden file \(name); record it with LESSON_RECORD_GOLDEN=1.", sourceLocation: sourceLocation)
            return
        }
        guard expected != actual else { return }
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let count = max(expectedLines.count, actualLines.count)
        for index in 0..<count {
            let e = index < expectedLines.count ? String(expectedLines[index]) : "<missing>"
            let a = index < actualLines.count ? String(actualLines[index]) : "<missing>"
            if e != a {
                Issue.record("""
                    Golden file \(name) differs at line \(index + 1):
                      expected: \(visible(e))
                      actual:   \(visible(a))
                    Re-record on purpose with LESSON_RECORD_GOLDEN=1.
                    """, sourceLocation: sourceLocation)
                return
            }
        }
    }

    static func visible(_ text: String) -> String {
        text.replacingOccurrences(of: "\u{1B}", with: "␛")
    }
}
