import Course
import Foundation
import Testing
@testable import Grading

@Suite struct SubmissionFilesTests {
    private let yaml = "questions:\n  - id: q\n    type: true-false\n    prompt: P\n    answer: true\n"

    /// A folder with `nest/a/s1.yaml` and `nest/b/c/s1.yaml`; removed by the caller.
    private func nest() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lesson-subs-\(UUID().uuidString)").path
        for relative in ["nest/a/s1.yaml", "nest/b/c/s1.yaml"] {
            let path = folder + "/" + relative
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try "quiz: les/01-a\nstudent: s1\nanswers:\n  q: true\n".write(toFile: path, atomically: true, encoding: .utf8)
        }
        return folder
    }

    @Test func theSameFileThroughAFolderAndByNameIsGradedOnce() throws {
        let folder = try nest()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let found = SubmissionFiles(paths: [folder + "/nest", folder + "/nest/a/s1.yaml", folder + "/nest/b/../b/c/s1.yaml"])
        #expect(found.files == [folder + "/nest/a/s1.yaml", folder + "/nest/b/c/s1.yaml"])
        #expect(found.repeats == [
            .init(path: folder + "/nest/a/s1.yaml", gradedAs: folder + "/nest/a/s1.yaml"),
            .init(path: folder + "/nest/b/../b/c/s1.yaml", gradedAs: folder + "/nest/b/c/s1.yaml"),
        ])
    }

    @Test func filesOfTheSameNameInDifferentFoldersAreToldApartInTheTextGradebook() throws {
        let folder = try nest()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let run = GradingRun(quiz: try quiz(yaml, id: "les/01-a"))
        let text = run.gradebook(run.grade(files: SubmissionFiles(paths: [folder + "/nest"]).files), format: .text)
        let rows = text.split(separator: "\n").filter { $0.hasPrefix("s1 ") }.map { $0.split(separator: " ")[1] }
        #expect(rows == ["a/s1.yaml", "b/c/s1.yaml"], "\(text)")
    }

    @Test(arguments: [
        (["nest/a/s1.yaml", "nest/b/c/s1.yaml"], ["a/s1.yaml", "b/c/s1.yaml"]),
        (["x/s1.yaml", "x/s2.yaml"], ["s1.yaml", "s2.yaml"]),
        (["./s1.yaml"], ["s1.yaml"]),
        (["/a/s1.yaml", "a/s1.yaml"], ["/a/s1.yaml", "a/s1.yaml"]),
    ])
    func labelsArePathsBelowTheSharedFolder(paths: [String], labels: [String]) {
        #expect(SubmissionFileLabels.labels(for: paths) == labels)
    }

    @Test func longLabelsKeepTheirEnd() {
        #expect(SubmissionFileLabels.shortened("very/long/folder/name/s1.yaml", limit: 12) == "…ame/s1.yaml")
    }
}
