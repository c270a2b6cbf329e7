import Foundation
import Testing
@testable import Course

@Suite struct CourseCheckerTests {
    private let checker = CourseChecker(catalog: SpecSimulationCatalog.catalog, verifier: nil)

    /// The report's text with the fixture folder taken out of the paths.
    private func text(_ report: CheckReport, relativeTo folder: String) -> String {
        render(report.diagnostics).replacingOccurrences(of: folder + "/", with: "")
    }

    @Test func brokenCourseGivesExactlyTheExpectedDiagnostics() {
        let root = Fixture.path("broken-course")
        let report = checker.check(root: ContentRoot(path: root))
        Fixture.expectGolden(text(report, relativeTo: root), "broken-course.expected")
        #expect(report.fileCount == 6)
        #expect(report.hasErrors)
        #expect(report.summary == "checked 6 files: 28 errors, 8 warnings")
    }

    @Test func checkingOneChapterFindsItsQuizThroughTheContentRoot() {
        let root = Fixture.path("broken-course")
        let report = checker.check(paths: [root + "/Lessons/broken-lesson/01-directives.md"])
        let paths = Set(report.diagnostics.map(\.path))
        // The chapter's own problems plus those of the quiz it links to.
        #expect(paths == [root + "/Lessons/broken-lesson/01-directives.md", root + "/Quizzes/broken-lesson/01-directives.yaml"])
        #expect(report.diagnostics.contains { $0.message == "question 'no-such-question' does not exist in quiz 'broken-lesson/01-directives'" })
    }

    @Test func scaffoldsPassTheCheck() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lesson-scaffold-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for file in try Scaffold.lesson(id: "my-lesson") + Scaffold.quiz(id: "my-lesson/02-more") {
            let path = folder + "/" + file.path
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try file.text.write(toFile: path, atomically: true, encoding: .utf8)
        }
        let report = checker.check(root: ContentRoot(path: folder))
        #expect(render(report.diagnostics) == "")
        #expect(report.fileCount == 4)
    }

    @Test func badScaffoldIdsAreRefused() {
        #expect(throws: Scaffold.Problem.self) { try Scaffold.lesson(id: "Not An Id") }
        #expect(throws: Scaffold.Problem.self) { try Scaffold.quiz(id: "lesson-only") }
    }

    @Test func missingPathIsReported() {
        let report = checker.check(paths: ["/no/such/place"])
        #expect(render(report.diagnostics) == "/no/such/place: error: no such file or folder\n")
    }

    @Test func diagnosticsBelongToTheLessonOfTheirFile() {
        #expect(CheckReport.lesson(ofPath: "course/Lessons/a/01-x.md", root: "course") == "a")
        #expect(CheckReport.lesson(ofPath: "course/Quizzes/b/01-x.yaml", root: "./course/") == "b")
        #expect(CheckReport.lesson(ofPath: "Lessons/c/lesson.yaml", root: ".") == "c")
        #expect(CheckReport.lesson(ofPath: "course/Assets/time-breakdown.yaml", root: "course") == nil)
        #expect(CheckReport.lesson(ofPath: "other/Lessons/a/01-x.md", root: "course") == nil)
        let report = CheckReport(diagnostics: [.error("bad", at: nil, in: "c/Lessons/a/01.md"), .error("worse", at: nil, in: "c/Assets/x.yaml"),
                                               .warning("meh", at: nil, in: "c/Lessons/b/01.md")],
                                 sources: [:], fileCount: 3)
        #expect(report.errorsBlocking(lesson: "b", root: "c").map(\.message) == ["worse"])
        #expect(report.errorsBlocking(lesson: "a", root: "c").map(\.message) == ["bad", "worse"])
    }

    @Test func aFolderWithNothingToCheckIsAnError() throws {
        let folder = try course(["notes.txt": "not a lesson"])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let report = checker.check(paths: [folder])
        #expect(report.hasErrors)
        #expect(report.diagnostics.map(\.message) == ["no lesson or quiz files in this folder"])
        // A folder with one quiz in it has something to check.
        let withQuiz = try course(["Quizzes/x/00-a.yaml": "questions: []\n"])
        defer { try? FileManager.default.removeItem(atPath: withQuiz) }
        #expect(!checker.check(paths: [withQuiz + "/Quizzes"]).diagnostics.contains { $0.message == "no lesson or quiz files in this folder" })
    }

    @Test func folderWithoutCourseIsReported() {
        let report = checker.check(root: ContentRoot(path: NSTemporaryDirectory()))
        #expect(report.diagnostics.first?.message == "no Lessons/ or Quizzes/ folder here: not a course")
    }

    @Test func contentRootIsFoundFromAnyFileInside() {
        #expect(ContentRoot.enclosing("/a/course/Lessons/x/01-a.md") == ContentRoot(path: "/a/course"))
        #expect(ContentRoot.enclosing("Quizzes/x/01-a.yaml") == ContentRoot(path: "."))
        #expect(ContentRoot.enclosing("/elsewhere/q.yaml") == nil)
        #expect(ContentRoot.quizID(forFile: "c/Quizzes/les/03-tuning.yaml") == "les/03-tuning")
        #expect(ContentRoot.quizID(forFile: "/tmp/bank.yaml") == "bank")
        #expect(ContentRoot.courseQuizID(forFile: "/tmp/bank.yaml") == nil)
        #expect(ContentRoot.courseQuizID(forFile: "/a/Quizzes/les/../les/01-a.yaml") == "les/01-a")
    }

    @Test func simulationParametersAreValidated() throws {
        let dashboard = try #require(SpecSimulationCatalog.catalog.simulation("training-dashboard"))
        #expect(dashboard.parameter("lr")?.problem(with: "0.001") == nil)
        #expect(dashboard.parameter("lr")?.problem(with: "1e-7") == "lr=1e-7 is out of range: lr goes from 1e-06 to 10")
        #expect(dashboard.parameter("batch")?.problem(with: "3.5") == "'3.5' is not a whole number; batch takes 1 to 512")
        #expect(dashboard.parameter("pathology")?.hint(for: "helthy") == "did you mean 'healthy'?")
        #expect(SpecSimulationCatalog.catalog.ids.count == 14)
    }

    /// A course folder in a fresh temporary folder with `files` (relative path → text).
    private func course(_ files: [String: String]) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lesson-check-\(UUID().uuidString)").path
        for (relative, text) in files {
            let path = folder + "/" + relative
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try text.write(toFile: path, atomically: true, encoding: .utf8)
        }
        return folder
    }

    @Test func aBadAdjustNameIsReportedAtItsLine() throws {
        let quiz = """
            questions:
              - id: heal
                type: sim-task
                prompt: Make it healthy.
                sim: training-dashboard
                adjust:
                  - lr
                  - batchsize
                goal: [{key: diagnosis, equals: healthy}]
                answer: {lr: 0.001}
                explanation: E.

            """
        let folder = try course(["q.yaml": quiz])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let report = checker.check(paths: [folder + "/q.yaml"])
        #expect(text(report, relativeTo: folder) == """
            q.yaml:8:9: error: simulation 'training-dashboard' has no parameter 'batchsize' to adjust

            """)
    }

    /// Grades every reference answer as wrong, to see which questions were verified.
    struct RejectingVerifier: ReferenceAnswerVerifier {
        func problems(withReferenceAnswerOf question: Question, in quiz: Quiz) -> [ReferenceAnswerProblem] {
            [ReferenceAnswerProblem(severity: .error, message: "reference answer scores 0")]
        }
    }

    private let explanationHint = "  hint: add 'explanation:' saying why the answer is right; learners read it after answering or skipping\n"

    @Test func referenceAnswersAreCheckedBesideErrorsInOtherQuestions() throws {
        let quiz = """
            questions:
              - id: good
                type: true-false
                prompt: P
                answer: true
              - id: bad
                type: true-false
                prompt: P
                answer: true
                points: -1
              - id: broken
                type: numeric
                prompt: P
                answer: nine

            """
        let folder = try course(["q.yaml": quiz])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let verifying = CourseChecker(catalog: SpecSimulationCatalog.catalog, verifier: RejectingVerifier())
        let report = verifying.check(paths: [folder + "/q.yaml"])
        // Every question lacks an explanation: a warning each (SPEC: every question has one).
        #expect(text(report, relativeTo: folder).replacingOccurrences(of: explanationHint, with: "") == """
            q.yaml:2:5: warning: question 'good' has no explanation
            q.yaml:2:5: error: question 'good': reference answer scores 0
            q.yaml:6:5: warning: question 'bad' has no explanation
            q.yaml:6:5: note: question 'bad': reference answer not checked because of the error at line 10
            q.yaml:10:13: error: 'points' must not be negative
            q.yaml:14:13: error: the answer of a numeric question must be a number, not 'nine'

            """)
    }

    @Test func aQuizOfALessonThatDoesNotExistIsAnError() throws {
        let folder = try course([
            "Lessons/real/lesson.yaml": "id: real\ntitle: Real\nsummary: S\nprerequisites: []\nchapters: []\n",
            "Quizzes/reel/01-x.yaml": "questions:\n  - id: q\n    type: true-false\n    prompt: P\n    answer: true\n    explanation: E.\n",
        ])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let expected = """
            Quizzes/reel/01-x.yaml:1:1: error: the quiz is for lesson 'reel', which does not exist (no Lessons/reel/lesson.yaml)
              hint: did you mean 'real'?

            """
        #expect(text(checker.check(root: ContentRoot(path: folder)), relativeTo: folder).hasSuffix(expected))
        #expect(text(checker.check(paths: [folder + "/Quizzes/reel/01-x.yaml"]), relativeTo: folder) == expected)
    }
}
