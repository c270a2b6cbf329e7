import Course
import Foundation
import Testing
@testable import Grading

@Suite struct GradebookTests {
    private func gradeFixtures() throws -> (GradingRun, [SubmissionGrade]) {
        let source = try SourceFile.load(path: Fixture.path("quiz.yaml"), displayPath: "quiz.yaml").get()
        let (quiz, diagnostics) = QuizParser.parse(source, id: "tuning/03-tuning")
        #expect(diagnostics.isEmpty)
        let run = GradingRun(quiz: try #require(quiz))
        let files = SubmissionReader.submissionFiles(in: [Fixture.path("submissions")])
        return (run, run.grade(files: files))
    }

    private func relative(_ text: String) -> String {
        text.replacingOccurrences(of: Fixture.path("submissions") + "/", with: "submissions/")
    }

    @Test(arguments: GradebookFormat.allCases)
    func gradebookMatchesItsGoldenFile(_ format: GradebookFormat) throws {
        let (run, grades) = try gradeFixtures()
        let ext = ["text": "txt", "csv": "csv", "json": "json", "junit": "xml"][format.rawValue] ?? "txt"
        Fixture.expectGolden(relative(run.gradebook(grades, format: format)), "gradebook.\(ext)")
    }

    @Test func everyFileIsARowAndUnreadableOnesSayWhy() throws {
        let (_, grades) = try gradeFixtures()
        #expect(grades.count == 10)
        let errors = Dictionary(uniqueKeysWithValues: grades.compactMap { grade in grade.error.map { (relative(grade.file), $0) } })
        #expect(errors == [
            "submissions/s1028-bad-yaml.yaml": "5:1: invalid YAML: did not find expected ',' or ']' (while parsing a flow sequence at line 4)",
            "submissions/s1029-other-quiz.yaml": "the submission is for quiz 'other/01-quiz', not 'tuning/03-tuning'",
            "submissions/s1030-unknown-ids.yaml": "none of its answers is for a question of quiz 'tuning/03-tuning' (unknown ids: q1, q2)",
            "submissions/s1031-list.yaml": "expected a mapping with quiz, student and answers, found a list",
            "submissions/s1032-empty.yaml": "empty file",
            "submissions/s1033-binary.json": "1:1: invalid UTF-8: byte 0x89 at offset 0",
        ])
        let full = try #require(grades.first { $0.student == "s1024" })
        #expect(full.score == 6)
        #expect(full.percent == 100)
        let partial = try #require(grades.first { $0.student == "s1025" })
        #expect(partial.questions.map(\.points) == [0, 1, 2, 0])
        let notes = try #require(grades.first { $0.file.hasSuffix("s1027-notes.yaml") })
        #expect(notes.student == "s1027-notes")
        #expect(notes.notes == ["the submission names no student; using the file name 's1027-notes'",
                                "answer to unknown question 'bonus-question' ignored"])
    }

    @Test(arguments: [GradebookFormat.text, .csv, .junit])
    func noAnswerTextReachesTheTerminalAsControlCodes(_ format: GradebookFormat) throws {
        let (run, grades) = try gradeFixtures()
        let output = run.gradebook(grades, format: format)
        let forbidden = output.unicodeScalars.filter {
            ($0.value < 0x20 && $0 != "\n" && $0 != "\r") || $0.value == 0x7F || $0.value == 0x202E
        }
        #expect(forbidden.isEmpty)
        #expect(output.contains("evil\\e[2J"))
    }

    @Test func csvGuardsAgainstFormulas() {
        #expect(GradebookCSVWriter.cell("=cmd|calc") == "'=cmd|calc")
        #expect(GradebookCSVWriter.cell("a,b") == "\"a,b\"")
        #expect(GradebookCSVWriter.cell("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(GradebookCSVWriter.cell("-1") == "'-1")
    }

    @Test func jsonEscapesControlsAndKeepsGivenAnswers() throws {
        let (run, grades) = try gradeFixtures()
        let json = run.gradebook(grades, format: .json)
        #expect(!json.unicodeScalars.contains { $0.value == 0x1B })
        #expect(json.contains("\\u001b[31mred\\u202eevil"))
        let parsed = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]]
        #expect(parsed?.count == 10)
        let first = try #require(parsed?.first)
        #expect(Set(first.keys) == ["file", "student", "quiz", "score", "max_score", "questions", "notes"])
        let questions = try #require(first["questions"] as? [[String: Any]])
        #expect(Set(questions[0].keys) == ["id", "points", "max_points", "given", "expected", "feedback"])
        #expect(questions[2]["given"] as? [String] == ["overfit-batch", "overfit-subset", "full-curves"])
    }

    @Test func missingFileIsItsOwnRow() throws {
        let (run, _) = try gradeFixtures()
        let grades = run.grade(files: ["/no/such/submission.yaml"])
        #expect(grades.first?.error == "cannot read the file: it does not exist or is not readable")
        #expect(grades.first?.student == "submission")
    }
}
