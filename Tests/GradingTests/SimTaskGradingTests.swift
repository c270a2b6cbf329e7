import Course
import Testing
@testable import Grading

@Suite struct SimTaskGradingTests {
    private let task = SimTask(
        simulation: "training-dashboard",
        start: [.init(name: "pathology", value: "lr-too-high"), .init(name: "lr", value: "1")],
        adjust: ["lr", "batch"],
        goal: [.init(key: "diagnosis", comparison: .equals("healthy")), .init(key: "history.final_loss", comparison: .atMost(0.5)),
               .init(key: "converged", comparison: .equals("true"))],
        answer: [.init(name: "lr", value: "0.001")], seed: 42)

    /// A stand-in simulation: healthy when lr ≤ 0.01, loss falling with lr.
    private func runner() -> FakeRunner {
        FakeRunner { settings in
            guard let lr = settings["lr"].flatMap(Double.init) else { throw FakeRunner.Failure(description: "lr is not a number") }
            return ["diagnosis": .string(lr <= 0.01 ? "healthy" : "lr-too-high"), "history.final_loss": .number(lr <= 0.01 ? 0.2 : 3),
                    "converged": .bool(lr <= 0.01)]
        }
    }

    @Test func goalReachedScoresFullMarksAndRunsFromStartPlusAnswer() {
        let fake = runner()
        let result = grade(.map([.init(key: "lr", value: s("0.001"))]), question(.simTask(task), points: 2), runner: fake)
        #expect(result.points == 2)
        #expect(result.feedback.isEmpty)
        #expect(fake.runs.count == 1)
        #expect(fake.runs[0].0 == "training-dashboard")
        #expect(fake.runs[0].1 == ["pathology": "lr-too-high", "lr": "0.001"])
        #expect(fake.runs[0].2 == 42)
        #expect(result.expected == "diagnosis = healthy; history.final_loss ≤ 0.5; converged = true")
    }

    @Test func goalMissedSaysWhatWasFound() {
        let result = grade(s("lr=0.5"), question(.simTask(task)), runner: runner())
        #expect(result.points == 0)
        #expect(result.feedback == [
            "diagnosis is lr-too-high (goal: diagnosis = healthy)",
            "history.final_loss is 3 (goal: history.final_loss ≤ 0.5)",
            "converged is false (goal: converged = true)",
        ])
    }

    @Test func onlyAdjustableSettingsAreApplied() {
        let fake = runner()
        let result = grade(.map([.init(key: "pathology", value: s("healthy")), .init(key: "lr", value: s("0.001"))]),
                           question(.simTask(task)), runner: fake)
        #expect(result.points == 1)
        #expect(result.feedback == ["'pathology' cannot be changed in this task; it was ignored"])
        // The gradebooks show it as a note, though the answer earned its points.
        #expect(result.notes == ["'pathology' cannot be changed in this task; it was ignored"])
        #expect(result.unusable == nil)
        let row = SubmissionGrade(file: "s.yaml", student: "ann", quiz: "q", outcome: .graded([result]))
        #expect(row.notesToShow == ["\(result.questionID): 'pathology' cannot be changed in this task; it was ignored"])
        #expect(GradebookCSVWriter.write([row], questionIDs: [result.questionID]).contains("it was ignored"))
        #expect(fake.runs[0].1["pathology"] == "lr-too-high")
    }

    @Test func runnerFailuresAndMissingRunnerScoreZero() {
        let failed = grade(s("lr=fast"), question(.simTask(task)), runner: runner())
        #expect(failed.points == 0)
        #expect(failed.feedback == ["the simulation could not run with these settings: lr is not a number"])
        #expect(failed.unusable == "the simulation could not run with these settings: lr is not a number")
        let unrun = grade(s("lr=0.001"), question(.simTask(task)))
        #expect(unrun.feedback == ["this grader cannot run simulations, so the task was not graded"])
        #expect(unrun.notes == unrun.feedback)
        #expect(grade(l("lr"), question(.simTask(task)), runner: runner()).feedback == ["give settings as a map {name: value}"])
    }

    @Test func missingSnapshotKeyFailsTheGoal() {
        let fake = FakeRunner { _ in [:] }
        let result = grade(s("lr=0.001"), question(.simTask(task)), runner: fake)
        #expect(result.feedback.first == "the snapshot has no value 'diagnosis'")
    }

    @Test func gradesRepeatAndIdenticalRunsAreCached() {
        let fake = runner()
        let caching = CachingSimTaskRunner(fake)
        let quiz = Quiz(id: "x", questions: [question(.simTask(task))])
        let grader = QuizGrader(quiz: quiz, runner: caching)
        let submission = Submission(path: "a.yaml", quiz: "x", student: "a", answers: [.init(key: "q", value: s("lr=0.001"))])
        let first = grader.grade(submission).score
        let second = grader.grade(submission).score
        #expect(first == 1)
        #expect(second == first)
        #expect(fake.runs.count == 1)
    }
}
