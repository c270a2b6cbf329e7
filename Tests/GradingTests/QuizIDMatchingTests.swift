import Course
import Testing
@testable import Grading

/// Which submissions a quiz accepts: exactly its own id, or, for a quiz file outside a course
/// whose id is only its file stem, any lesson's quiz of that name.
@Suite struct QuizIDMatchingTests {
    private let yaml = "questions:\n  - id: q\n    type: true-false\n    prompt: P\n    answer: true\n"

    private func outcome(quizID: String, submitted: String, matching: QuizIDMatching) throws -> String? {
        let grader = QuizGrader(quiz: try quiz(yaml, id: quizID), idMatching: matching)
        let submission = Submission(path: "s1.yaml", quiz: submitted, student: "s1", answers: [.init(key: "q", value: s("true"))])
        return grader.grade(submission).error
    }

    @Test func aCopiedQuizFileAcceptsSubmissionsForTheQuizItWasCopiedFrom() throws {
        #expect(try outcome(quizID: "01-introduction", submitted: "my-lesson/01-introduction", matching: .fileStem) == nil)
        #expect(try outcome(quizID: "01-introduction", submitted: "01-introduction", matching: .fileStem) == nil)
    }

    @Test func aSubmissionForAnotherQuizIsStillRefused() throws {
        #expect(try outcome(quizID: "01-introduction", submitted: "my-lesson/02-more", matching: .fileStem)
            == "the submission is for quiz 'my-lesson/02-more', not '01-introduction' (if the quiz file is a copy of that quiz, grade with --quiz-id my-lesson/02-more)")
        #expect(try outcome(quizID: "01-introduction", submitted: "x/101-introduction", matching: .fileStem) != nil)
        #expect(try outcome(quizID: "my-lesson/01-introduction", submitted: "other/01-introduction", matching: .exact)
            == "the submission is for quiz 'other/01-introduction', not 'my-lesson/01-introduction'")
    }
}
