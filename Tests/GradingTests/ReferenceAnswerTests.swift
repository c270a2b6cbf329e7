import Course
import Foundation
import Testing
@testable import Grading

@Suite struct ReferenceAnswerTests {
    @Test func everyReferenceAnswerOfAWellFormedQuizScoresFullMarks() throws {
        let quiz = try quiz("""
            questions:
              - {id: s, type: single, prompt: P, choices: [{id: a, text: A}, {id: b, text: B, correct: true}]}
              - {id: m, type: multiple, prompt: P, choices: [{id: a, text: A, correct: true}, {id: b, text: B}, {id: c, text: C, correct: true}]}
              - {id: w, type: multiple, prompt: P, choices: [{id: a, text: A, weight: 30%}, {id: b, text: B, weight: 70%}, {id: c, text: C, weight: -100%}]}
              - {id: t, type: true-false, prompt: P, answer: false}
              - {id: n, type: numeric, prompt: P, answer: 0.001, tolerance: 1%}
              - {id: r, type: numeric, prompt: P, range: [8, 10], unit: "%"}
              - {id: x, type: text, prompt: P, accept: [Early Stopping., early-stopping], patterns: ["^early"]}
              - {id: o, type: order, prompt: P, items: [{id: a, text: A}, {id: b, text: B}]}
              - {id: k, type: match, prompt: P, pairs: [{id: p, text: P, match: o}], options: [{id: o, text: O}, {id: z, text: Z}]}
            """)
        let verifier = GraderReferenceVerifier()
        for question in quiz.questions {
            #expect(verifier.problems(withReferenceAnswerOf: question, in: quiz).isEmpty, "\(question.id)")
        }
    }

    @Test func failingReferenceIsReported() {
        let task = SimTask(simulation: "training-dashboard", start: [], adjust: ["lr"],
                           goal: [.init(key: "diagnosis", comparison: .equals("healthy"))], answer: [.init(name: "lr", value: "1")])
        let quiz = Quiz(id: "x", questions: [question(.simTask(task), id: "heal")])
        let runner = FakeRunner { _ in ["diagnosis": .string("lr-too-high")] }
        let problems = GraderReferenceVerifier(runner: runner).problems(withReferenceAnswerOf: quiz.questions[0], in: quiz)
        #expect(problems == [ReferenceAnswerProblem(severity: .error, message: "the reference answer {lr: 1} scores 0 of 1 points (diagnosis is lr-too-high (goal: diagnosis = healthy))")])
        // Without a runner the sim-task is not run at all.
        #expect(GraderReferenceVerifier().problems(withReferenceAnswerOf: quiz.questions[0], in: quiz).isEmpty)
    }

    @Test func checkerReportsReferenceProblemsAtTheQuestion() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lesson-ref-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder + "/Quizzes/les", withIntermediateDirectories: true)
        try """
            questions:
              - id: heal
                type: sim-task
                prompt: Heal it.
                sim: training-dashboard
                adjust: [lr]
                goal: [{key: diagnosis, equals: healthy}]
                answer: {lr: 1}
                explanation: A rate of 1 blows up; 1e-3 trains.
            """.write(toFile: folder + "/Quizzes/les/01-a.yaml", atomically: true, encoding: .utf8)
        let runner = FakeRunner { _ in ["diagnosis": .string("lr-too-high")] }
        let checker = CourseChecker(catalog: SpecSimulationCatalog.catalog, verifier: GraderReferenceVerifier(runner: runner))
        let report = checker.check(root: ContentRoot(path: folder))
        #expect(report.diagnostics.map(\.summaryLine) == [
            folder + "/Quizzes/les/01-a.yaml:2:5: error: question 'heal': the reference answer {lr: 1} scores 0 of 1 points (diagnosis is lr-too-high (goal: diagnosis = healthy))",
        ])
    }

    @Test func scaffoldedLessonPassesTheFullCheck() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lesson-new-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for file in try Scaffold.lesson(id: "my-lesson") {
            let path = folder + "/" + file.path
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try file.text.write(toFile: path, atomically: true, encoding: .utf8)
        }
        let checker = CourseChecker(catalog: SpecSimulationCatalog.catalog, verifier: GraderReferenceVerifier())
        #expect(checker.check(root: ContentRoot(path: folder)).diagnostics.isEmpty)
    }
}
