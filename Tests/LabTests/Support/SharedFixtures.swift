import Foundation
import Testing

/// The shared fixtures (`../shared/fixtures` next to the repository), found from this file's
/// path: the repository root's parent + `/shared`, then further up (a worktree under `wt/`).
enum SharedFixtures {
    /// The repository root: two folders above `Tests/LabTests/Support`.
    static let repositoryRoot: URL = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The `shared` folder, or nil when there is none.
    static var sharedFolder: URL? {
        var folder = repositoryRoot.deletingLastPathComponent()
        for _ in 0..<3 {
            let candidate = folder.appendingPathComponent("shared")
            if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("fixtures").path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return nil
    }

    /// The path of a fixture (`datasets/iris.csv`, `sklearn/scores.json`); records a clear
    /// failure and returns nil when it is missing.
    static func path(_ relative: String, sourceLocation: SourceLocation = #_sourceLocation) -> String? {
        guard let shared = sharedFolder else {
            Issue.record("the shared fixtures folder was not found: expected \(repositoryRoot.deletingLastPathComponent().path)/shared/fixtures (the repository root's parent + /shared)",
                         sourceLocation: sourceLocation)
            return nil
        }
        let url = shared.appendingPathComponent("fixtures").appendingPathComponent(relative)
        guard FileManager.default.fileExists(atPath: url.path) else {
            Issue.record("missing fixture \(url.path)", sourceLocation: sourceLocation)
            return nil
        }
        return url.path
    }

    /// The fixture's JSON, parsed.
    static func json(_ relative: String, sourceLocation: SourceLocation = #_sourceLocation) -> [String: Any]? {
        guard let path = path(relative, sourceLocation: sourceLocation) else { return nil }
        guard let data = FileManager.default.contents(atPath: path),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            Issue.record("cannot parse \(path) as a JSON object", sourceLocation: sourceLocation)
            return nil
        }
        return object
    }
}

/// A temporary file with `contents`, removed by the caller with `remove()`.
struct TemporaryFile {
    let path: String

    init(_ contents: Data, name: String = "data.csv") {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("lab-tests-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        path = folder.appendingPathComponent(name).path
        let written = FileManager.default.createFile(atPath: path, contents: contents)
        precondition(written, "could not write the test file \(path)")
    }

    init(_ text: String, name: String = "data.csv") {
        self.init(Data(text.utf8), name: name)
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: URL(fileURLWithPath: path).deletingLastPathComponent().path)
    }
}
