import Foundation
import Testing

/// The instructor's commands of the real `lesson` binary (preview, import, grade, new, export),
/// with standard output, standard error and the exit status.
@Suite(.serialized) struct AuthoringCommandTests {
    let lesson: TerminalProbe

    init() throws {
        lesson = try TerminalProbe(program: "lesson")
    }

    /// One run: what it printed on each stream and how it ended.
    struct Run {
        var output: String
        var errors: String
        var status: ProcessStatus
    }

    private func run(_ arguments: [String]) throws -> Run {
        let result = try lesson.runPiped(arguments: arguments, input: [])
        return Run(output: String(decoding: result.output, as: UTF8.self), errors: result.errors, status: result.status)
    }

    /// A course folder with one scaffolded lesson, `my-lesson`.
    private func scaffoldedCourse() throws -> String {
        let course = lesson.folder + "/course"
        let made = try run(["new", "lesson", "my-lesson", "--content", course])
        #expect(made.status == .exited(0), "\(made.errors)")
        return course
    }

    /// A folder `subs` holding one submission, `s1.yaml`, for the scaffolded quiz.
    private func submissionsFolder() throws -> String {
        let submissions = lesson.folder + "/subs"
        try FileManager.default.createDirectory(atPath: submissions, withIntermediateDirectories: true)
        try "quiz: my-lesson/01-introduction\nstudent: s1\nanswers:\n  first-question: b\n"
            .write(toFile: submissions + "/s1.yaml", atomically: true, encoding: .utf8)
        return submissions
    }

    private func replace(_ old: String, with new: String, in path: String) throws {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains(old), "\(path) has no '\(old)'")
        try text.replacingOccurrences(of: old, with: new).write(toFile: path, atomically: true, encoding: .utf8)
    }

    @Test(arguments: ["grid-vs-randomz trials=9", "grid-vs-random trials=999"])
    func previewReportsWhatCheckReportsAndFails(simulation: String) throws {
        defer { lesson.cleanUp() }
        let course = try scaffoldedCourse()
        let chapter = course + "/Lessons/my-lesson/01-introduction.md"
        try replace("::: sim time-breakdown view=compare", with: "::: sim " + simulation, in: chapter)
        let check = try run(["check", chapter])
        #expect(check.status == .exited(1))
        #expect(check.errors.contains(chapter + ":14:"), "\(check.errors)")
        let preview = try run(["preview", chapter, "--width", "40", "--format", "plain"])
        #expect(preview.status == .exited(1))
        #expect(preview.errors == check.errors)
        #expect(preview.output.contains("Say in a paragraph"), "the rest of the chapter is still drawn")
    }

    @Test func previewOfAFolderOrAQuizFileIsAnError() throws {
        defer { lesson.cleanUp() }
        // A lesson folder printed nothing and exited 0; a quiz file was drawn as prose.
        let course = try scaffoldedCourse()
        let folder = course + "/Lessons/my-lesson"
        let ofFolder = try run(["preview", folder])
        #expect(ofFolder.status == .exited(1))
        #expect(ofFolder.errors.hasPrefix(folder + ": error: is a folder, not a chapter file\n"), "\(ofFolder.errors)")
        let quiz = course + "/Quizzes/my-lesson/01-introduction.yaml"
        let ofQuiz = try run(["preview", quiz])
        #expect(ofQuiz.status == .exited(1))
        #expect(ofQuiz.errors.hasPrefix(quiz + ": error: not a chapter file (.md)\n"), "\(ofQuiz.errors)")
        #expect(ofQuiz.output.isEmpty)
    }

    @Test func importOfABankWithAnUnclosedBlockFailsAndWritesNothing() throws {
        defer { lesson.cleanUp() }
        let bank = lesson.folder + "/bank.gift"
        let out = lesson.folder + "/bank.yaml"
        try "::Q1:: ok {T}\n\n::Q7:: broken {=unterminated\n\n::Q8:: fine {T}\n\n::Q9:: also {=a ~b}\n"
            .write(toFile: bank, atomically: true, encoding: .utf8)
        let run = try run(["import", "gift", bank, "--out", out])
        #expect(run.status == .exited(1))
        #expect(run.errors.hasPrefix(bank + ":3:15: error: '{' is never closed\n"), "\(run.errors)")
        #expect(!FileManager.default.fileExists(atPath: out))
        #expect(!run.errors.contains("converted"))
    }

    @Test func problemsFoundInTheConvertedQuizPointAtTheGIFTQuestion() throws {
        defer { lesson.cleanUp() }
        let bank = lesson.folder + "/weights.gift"
        try "::Q1:: fine {T}\n\n::Q2:: weights {~%150%a ~b}\n".write(toFile: bank, atomically: true, encoding: .utf8)
        let run = try run(["import", "gift", bank])
        #expect(run.status == .exited(1))
        #expect(run.errors.contains(bank + ":3:1: error: question 'q2':"), "\(run.errors)")
        #expect(!run.errors.contains("<converted"))
        #expect(run.output.isEmpty)
    }

    /// What the help says a command does without an option is what it does: `sim` and `preview`
    /// without --format print plain text into a pipe. The help also names what used to be left
    /// out or wrong: check's fallback to the built-in course, grade's exit status for a
    /// submission for another quiz, quiz's default student, lr-find's rule.
    @Test func theHelpTextsNameWhatHappensWithoutAnOption() throws {
        defer { lesson.cleanUp() }
        // Help is wrapped to the width: compare with single spaces.
        func help(_ arguments: [String]) throws -> String {
            try run(arguments + ["--help"]).output.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }
        #expect(try help(["sim"]).contains("Without it: interactive on a terminal, else plain."))
        #expect(try run(["sim", "leakage"]).output == run(["sim", "leakage", "--format", "plain"]).output)
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let chapter = repository.appendingPathComponent("Lessons/practical-methodology/00-why-methodology.md").path
        #expect(try help(["preview"]).contains("plain when piped"))
        #expect(try run(["preview", chapter]).output == run(["preview", chapter, "--format", "plain"]).output)
        #expect(try help(["check"]).contains("else the course built into lesson"))
        #expect(try help(["grade"]).contains("a submission for another quiz counts"))
        #expect(try help(["quiz"]).contains("(default: $USER, else 'student')"))
        #expect(try help(["lab", "lr-find"]).contains("a decade below the rate where the smoothed loss fell fastest"))
    }

    /// A quiz file outside the course: a copy under its own name grades the submissions for the
    /// quiz it was copied from, a renamed copy does with --quiz-id, and a submission for another
    /// quiz is refused either way.
    @Test func gradingAgainstACopiedQuizFile() throws {
        defer { lesson.cleanUp() }
        let course = try scaffoldedCourse()
        let original = course + "/Quizzes/my-lesson/01-introduction.yaml"
        let copy = lesson.folder + "/01-introduction.yaml"
        let renamed = lesson.folder + "/q.yaml"
        try FileManager.default.copyItem(atPath: original, toPath: copy)
        try FileManager.default.copyItem(atPath: original, toPath: renamed)
        let submissions = try submissionsFolder()
        for arguments in [["--quiz", copy], ["--quiz", renamed, "--quiz-id", "my-lesson/01-introduction"], ["--quiz", original]] {
            let run = try run(["grade"] + arguments + [submissions, "--format", "csv"])
            #expect(run.status == .exited(0), "\(arguments): \(run.output) \(run.errors)")
        }
        let refused = try run(["grade", "--quiz", renamed, submissions, "--format", "json"])
        #expect(refused.status == .exited(1))
        #expect(refused.output.contains("--quiz-id my-lesson/01-introduction"))
        try "quiz: my-lesson/02-other\nstudent: s2\nanswers:\n  first-question: b\n"
            .write(toFile: submissions + "/s2.yaml", atomically: true, encoding: .utf8)
        let other = try run(["grade", "--quiz", copy, submissions + "/s2.yaml"])
        #expect(other.status == .exited(1))
        #expect(other.output.contains("the submission is for quiz 'my-lesson/02-other'"))
    }

    @Test func aFileGivenTwiceIsGradedOnceAndSaid() throws {
        defer { lesson.cleanUp() }
        let course = try scaffoldedCourse()
        let submissions = try submissionsFolder()
        let run = try run(["grade", "--content", course, "--quiz", "my-lesson/01-introduction", "--format", "csv",
                           submissions, submissions + "/s1.yaml"])
        #expect(run.status == .exited(0))
        #expect(run.output.split(whereSeparator: \.isNewline).count == 2, "a header and one row: \(run.output)")
        #expect(run.errors == "lesson grade: \(submissions)/s1.yaml is given more than once; graded once\n")
    }

    @Test func aLinkLoopInASubmissionFolderGradesEachFileOnce() throws {
        defer { lesson.cleanUp() }
        let course = try scaffoldedCourse()
        let submissions = try submissionsFolder()
        try FileManager.default.createDirectory(atPath: submissions + "/late", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: submissions + "/again", withDestinationPath: ".")
        try FileManager.default.createSymbolicLink(atPath: submissions + "/late/up", withDestinationPath: "..")
        let run = try run(["grade", "--content", course, "--quiz", "my-lesson/01-introduction", "--format", "csv", submissions])
        #expect(run.status == .exited(0), "\(run.errors)")
        #expect(run.output.split(whereSeparator: \.isNewline).count == 2, "a header and one row: \(run.output)")
    }

    @Test(arguments: ["text", "csv", "json", "junit"])
    func aQuizWorthTooManyPointsIsRefusedNotACrash(format: String) throws {
        defer { lesson.cleanUp() }
        let quiz = lesson.folder + "/big.yaml"
        try "questions:\n  - {id: a, type: true-false, prompt: P, answer: true, explanation: E, points: 1e308}\n  - {id: b, type: true-false, prompt: P, answer: true, explanation: E, points: 1e308}\n"
            .write(toFile: quiz, atomically: true, encoding: .utf8)
        let submission = lesson.folder + "/s1.yaml"
        try "quiz: big\nstudent: s1\nanswers: {a: true, b: true}\n".write(toFile: submission, atomically: true, encoding: .utf8)
        let run = try run(["grade", "--quiz", quiz, submission, "--format", format])
        #expect(run.status == .exited(1))
        #expect(run.errors.contains("big.yaml:2:80: error: 'points' must be at most 1000000, not '1e308'"), "\(run.errors)")
        #expect(!run.errors.contains("Backtrac"))
    }

    @Test func aQuizForALessonThatDoesNotExistIsRefused() throws {
        defer { lesson.cleanUp() }
        let course = try scaffoldedCourse()
        let refused = try run(["new", "quiz", "nolesson/01-x", "--content", course])
        #expect(refused.status == .exited(1))
        #expect(refused.errors.contains("no lesson 'nolesson'"), "\(refused.errors)")
        #expect(!FileManager.default.fileExists(atPath: course + "/Quizzes/nolesson"))
        let made = try run(["new", "quiz", "my-lesson/02-more", "--content", course])
        #expect(made.status == .exited(0), "\(made.errors)")
    }

    @Test func theExportedCourseChecksCleanlyAndPlaysFromItsFolder() throws {
        defer { lesson.cleanUp() }
        let folder = lesson.folder + "/exported"
        let export = try run(["export", folder])
        #expect(export.status == .exited(0), "\(export.errors)")
        // One lesson (checking the whole course re-runs every sim-task: slow in a debug build).
        let check = try run(["check", folder + "/Lessons/practical-methodology"])
        #expect(check.status == .exited(0), "\(check.errors)")
        #expect(check.output.hasSuffix("no problems\n"))
        let again = try run(["export", folder])
        #expect(again.status == .exited(1))
        #expect(again.errors.contains("is not empty"))
        // The common options are taken as by every command; --content has nothing to say here.
        let plain = try run(["export", "--color", "never", "--width", "60", folder + "-2"])
        #expect(plain.status == .exited(0), "\(plain.errors)")
        let content = try run(["export", "--content", folder, folder + "-3"])
        #expect(content.status == .exited(2))
        #expect(content.errors.contains("--content does not apply"))
    }
}
