import Course
import Testing
@testable import Grading

@Suite struct SubmissionTests {
    @Test func yamlAndJSONReadTheSame() throws {
        let yaml = try SubmissionReader.parse(text: "quiz: a/01-b\nstudent: s1\nanswers:\n  x: [a, c]\n  y: {lr: 0.001}\n  z:\n", path: "s1.yaml").get()
        let json = try SubmissionReader.parse(text: #"{"quiz":"a/01-b","student":"s1","answers":{"x":["a","c"],"y":{"lr":0.001},"z":null}}"#, path: "s1.json").get()
        for submission in [yaml, json] {
            #expect(submission.quiz == "a/01-b")
            #expect(submission.student == "s1")
            #expect(submission.answers == [.init(key: "x", value: l("a", "c")), .init(key: "y", value: .map([.init(key: "lr", value: s("0.001"))]))])
        }
    }

    @Test func problemsAreOneLineReasons() {
        func reason(_ text: String) -> String? {
            if case .failure(let failure) = SubmissionReader.parse(text: text, path: "x.yaml") { return failure.reason }
            return nil
        }
        #expect(reason("quiz: q\nstudent: s\n") == "no 'answers' in the submission")
        #expect(reason("answers: [a, b]\n") == "1:10: 'answers' must map question ids to answers")
        #expect(reason("quiz: [q]\nanswers: {}\n") == "1:7: 'quiz' must be a quiz id")
        #expect(reason("a: &x 1\nb: *x\n") == "1:4: YAML anchors and aliases (&name, *name) are not supported in course files")
        #expect(reason("   \n") == "empty file")
        #expect(reason("quiz: q\nanswers:\n  a: 1\n  b: 2\n  a: 3\n") == "5:3: duplicate key 'a' in the same mapping (first at line 3)")
        // A .json submission's syntax errors speak of JSON (the same parser reads both).
        if case .failure(let failure) = SubmissionReader.parse(text: #"{"quiz": "q", "answers": {"n": 4,}"#, path: "b.json") {
            #expect(failure.reason.contains("invalid JSON"))
        } else {
            Issue.record("a broken JSON file was read")
        }
    }

    @Test func writtenSubmissionsReadBack() throws {
        let answers: [AnswerEntry] = [
            .init(key: "single", value: s("b")), .init(key: "tricky", value: s("yes: no, [x] # y")),
            .init(key: "multi", value: l("a", "c")), .init(key: "settings", value: .map([.init(key: "lr", value: s("0.001"))])),
            .init(key: "number", value: s("0.5")), .init(key: "control", value: s("\u{1B}[31m")),
        ]
        for text in [SubmissionWriter.yaml(quiz: "les/01-a", student: "Zoë: \"Z\"", answers: answers),
                     SubmissionWriter.json(quiz: "les/01-a", student: "Zoë: \"Z\"", answers: answers)] {
            let read = try SubmissionReader.parse(text: text, path: "w.yaml").get()
            #expect(read.quiz == "les/01-a")
            #expect(read.student == "Zoë: \"Z\"")
            #expect(read.answers == answers)
        }
    }

    @Test func submissionFilesAreFoundInFoldersInOrder() {
        let files = SubmissionReader.submissionFiles(in: [Fixture.path("submissions"), "/missing.yaml"])
        #expect(files.count == 11)
        #expect(files.first?.hasSuffix("s1024.yaml") == true)
        #expect(files.last == "/missing.yaml")
    }

    @Test func typedAnswersBecomeAnswerValues() throws {
        let quiz = try quiz("""
            questions:
              - {id: m, type: multiple, prompt: P, choices: [{id: a, text: Early stopping, correct: true}, {id: b, text: B}]}
              - {id: o, type: order, prompt: P, items: [{id: x, text: X}, {id: y, text: Y}]}
              - {id: p, type: match, prompt: P, pairs: [{id: p1, text: P, match: o1}], options: [{id: o1, text: O}]}
              - {id: t, type: sim-task, prompt: P, sim: training-dashboard, adjust: [lr], goal: [{key: diagnosis, equals: healthy}], answer: {lr: 0.001}}
            """)
        let q = quiz.questions
        #expect(AnswerInput.parse("a, b", for: q[0]) == l("a", "b"))
        #expect(AnswerInput.parse("early stopping", for: q[0]) == l("early stopping"))
        #expect(AnswerInput.parse("y > x", for: q[1]) == l("y", "x"))
        #expect(AnswerInput.parse("p1=o1", for: q[2]) == .map([.init(key: "p1", value: s("o1"))]))
        #expect(AnswerInput.parse(" lr=0.001 batch=32 ", for: q[3]) == .map([.init(key: "lr", value: s("0.001")), .init(key: "batch", value: s("32"))]))
        #expect(QuizGrader.grade(AnswerInput.parse("early stopping", for: q[0]), to: q[0]).isFullMarks)
    }
}
