import Course
import Testing
@testable import Grading

/// Course's location type (Testing has one of the same name).
typealias SourceLocation = Course.SourceLocation

/// Grades one answer to `question`.
func grade(_ answer: AnswerValue?, _ question: Question, runner: (any SimTaskRunner)? = nil) -> QuestionGrade {
    QuizGrader.grade(answer, to: question, runner: runner)
}

/// A question of `kind` worth `points`.
func question(_ kind: QuestionKind, id: String = "q", points: Double = 1) -> Question {
    Question(id: id, prompt: "P", points: points, kind: kind)
}

/// A scalar answer.
func s(_ text: String) -> AnswerValue { .scalar(text) }

/// A list answer of scalars.
func l(_ items: String...) -> AnswerValue { .list(items.map { .scalar($0) }) }

/// A quiz parsed from YAML (failing the test on errors).
func quiz(_ yaml: String, id: String = "les/01-a") throws -> Quiz {
    let (quiz, diagnostics) = QuizParser.parse(SourceFile(path: "q.yaml", text: yaml), id: id)
    #expect(!diagnostics.containsErrors, "\(diagnostics.map(\.summaryLine))")
    return try #require(quiz)
}

/// A runner that answers from a table of snapshots, keyed by the settings it was given, and
/// counts its runs.
final class FakeRunner: SimTaskRunner, @unchecked Sendable {
    struct Failure: Error, CustomStringConvertible { var description: String }
    private(set) var runs: [(String, [String: String], UInt64)] = []
    let snapshot: @Sendable ([String: String]) throws -> [String: SnapshotValue]

    init(_ snapshot: @escaping @Sendable ([String: String]) throws -> [String: SnapshotValue]) {
        self.snapshot = snapshot
    }

    func snapshotValue(simulation: String, settings: [String: String], seed: UInt64) throws -> SimSnapshotLookup {
        runs.append((simulation, settings, seed))
        return SimSnapshotLookup(values: try snapshot(settings))
    }
}
