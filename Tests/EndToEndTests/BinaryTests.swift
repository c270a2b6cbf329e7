import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The real `lesson` binary through a pseudo-terminal and through pipes.
@Suite(.serialized) struct LessonBinaryTests {
    let lesson: TerminalProbe

    init() throws {
        lesson = try TerminalProbe(program: "lesson")
    }

    private let down = "\u{1B}[B"

    @Test func playMoveAnswerQuitAndResumeAtTheSamePlace() throws {
        defer { lesson.cleanUp() }
        let terminal = try lesson.start(arguments: ["play", "practical-methodology"], columns: 100, rows: 40)
        let before = terminal.initialModes
        try terminal.expect("Where ML time goes")
        terminal.send(down)
        try terminal.expect("What design is made of")
        terminal.send("q")
        try terminal.expect("answer>")
        terminal.send("5\r")
        try terminal.expect("Not quite")
        try terminal.expect("answer>")
        terminal.send("60\r")
        try terminal.expect("Correct")
        try terminal.expect("Enter to continue")
        terminal.send("quit\r")
        #expect(try terminal.waitForExit() == .exited(0))
        #expect(terminal.modes() == before)

        let progress = try String(contentsOfFile: lesson.stateFolder + "/progress.json", encoding: .utf8)
        #expect(progress.contains("00-why-methodology/debug-share"))

        let again = try lesson.start(arguments: ["play", "practical-methodology"], columns: 100, rows: 40)
        try again.expect("Resuming where you left off")
        try again.expect("Enter to continue")
        again.send("quit\r")
        #expect(try again.waitForExit() == .exited(0))
    }

    @Test func aResizeRedrawsTheSimulationAndCtrlCRestoresTheTerminal() throws {
        defer { lesson.cleanUp() }
        let terminal = try lesson.start(arguments: ["sim", "time-breakdown"], columns: 100, rows: 30)
        let before = terminal.initialModes
        try terminal.expect("Where ML time goes")
        #expect(terminal.modes().isRaw)
        terminal.resize(columns: 64, rows: 30)
        try terminal.expect("\u{1B}[H\u{1B}[2J")
        try terminal.expect("Where ML time goes")
        terminal.send("\u{03}")
        #expect(try terminal.waitForExit() == .exited(130))
        #expect(terminal.modes() == before)
        #expect(terminal.unmatched.contains("\u{1B}[?25h"), "the cursor is shown again")
    }

    @Test func aCorruptProgressFileIsReportedByReadersAndMovedAsideOnlyByPlay() throws {
        defer { lesson.cleanUp() }
        try FileManager.default.createDirectory(atPath: lesson.stateFolder, withIntermediateDirectories: true)
        let garbage = "{ this is not progress"
        let file = lesson.stateFolder + "/progress.json"
        try garbage.write(toFile: file, atomically: true, encoding: .utf8)
        func aside() throws -> [String] {
            try FileManager.default.contentsOfDirectory(atPath: lesson.stateFolder).filter { $0.hasPrefix("progress.json.") }
        }
        for command in [["progress"], ["list"], []] {
            let run = try lesson.runPiped(arguments: command, input: [])
            #expect(run.status == .exited(0), "\(command)")
            #expect(run.errors.contains("warning") && run.errors.contains(file), "\(command): \(run.errors)")
            #expect(run.errors.contains("lesson play"), "says what play will do")
            #expect(try String(contentsOfFile: file, encoding: .utf8) == garbage, "\(command) left the file as it was")
            #expect(try aside().isEmpty, "\(command) moved nothing")
        }
        let play = try lesson.runPiped(arguments: ["play", "practical-methodology/00-why-methodology"], input: Array("quit\n".utf8))
        #expect(play.status == .exited(0))
        let moved = try aside()
        #expect(moved.count == 1, "\(moved)")
        if let moved = moved.first {
            #expect(moved.contains("corrupt"))
            #expect(try String(contentsOfFile: lesson.stateFolder + "/" + moved, encoding: .utf8) == garbage)
        }
    }

    @Test func aChapterThatIsNotThereIsAnErrorAndTheSavedPlaceStays() throws {
        defer { lesson.cleanUp() }
        let start = try lesson.runPiped(arguments: ["play", "practical-methodology/3"], input: Array("quit\n".utf8))
        #expect(start.status == .exited(0))
        let file = lesson.stateFolder + "/progress.json"
        let saved = try String(contentsOfFile: file, encoding: .utf8)
        #expect(saved.contains("02-debugging-models"))
        for chapter in ["99", "0", "zzz"] {
            let run = try lesson.runPiped(arguments: ["play", "practical-methodology/" + chapter], input: Array("quit\n".utf8))
            #expect(run.status == .exited(1), "\(chapter)")
            #expect(run.errors.contains("has no chapter '\(chapter)'") && run.errors.contains("1–8"), "\(run.errors)")
            #expect(try String(contentsOfFile: file, encoding: .utf8) == saved, "\(chapter) left the saved place")
        }
    }

    @Test func quizAnswersFileIsCheckedBeforeTheFirstQuestionAndNotOverwritten() throws {
        defer { lesson.cleanUp() }
        let quiz = "practical-methodology/00-why-methodology"
        let answers = Array("60\nskip\nskip\nskip\n".utf8)
        let missing = try lesson.runPiped(arguments: ["quiz", quiz, "--answers-out", lesson.folder + "/no/such/dir/a.yaml"], input: answers)
        #expect(missing.status == .exited(1))
        #expect(missing.errors.contains(lesson.folder + "/no/such/dir"), "\(missing.errors)")
        #expect(!String(decoding: missing.output, as: UTF8.self).contains("answer>"), "no question was asked")

        let existing = lesson.folder + "/a.yaml"
        try "an earlier attempt\n".write(toFile: existing, atomically: true, encoding: .utf8)
        let refused = try lesson.runPiped(arguments: ["quiz", quiz, "--answers-out", existing], input: answers)
        #expect(refused.status == .exited(1))
        #expect(refused.errors.contains("--force"), "\(refused.errors)")
        #expect(!String(decoding: refused.output, as: UTF8.self).contains("answer>"))
        #expect(try String(contentsOfFile: existing, encoding: .utf8) == "an earlier attempt\n")

        let forced = try lesson.runPiped(arguments: ["quiz", quiz, "--answers-out", existing, "--force"], input: answers)
        #expect(forced.status == .exited(0))
        let written = try String(contentsOfFile: existing, encoding: .utf8)
        #expect(written.contains("quiz: \(quiz)") && written.contains("debug-share: \"60\""), "\(written)")
    }

    @Test func inputEndingAtAPromptEndsThePromptLine() throws {
        defer { lesson.cleanUp() }
        let run = try lesson.runPiped(arguments: ["quiz", "practical-methodology/00-why-methodology"], input: [])
        let text = String(decoding: run.output, as: UTF8.self)
        #expect(run.status == .exited(0))
        #expect(text.contains("answer> \nScore: 0 of"), "\(text.suffix(80).debugDescription)")
    }

    @Test func aFailedSimulationTaskWaitsAtAPromptAndEnterReopensIt() throws {
        defer { lesson.cleanUp() }
        let terminal = try lesson.start(arguments: ["quiz", "practical-methodology/02-debugging-models"], columns: 100, rows: 40)
        for _ in 0..<5 {
            try terminal.expect("answer>")
            terminal.send("skip\r")
        }
        try terminal.expect("q done")  // the simulation's frame is drawn
        terminal.send("\u{1B}[D")  // ← once: complexity 95 → lower, still overfitting
        terminal.send("q")
        let first = settingsShown(try terminal.expect("Not quite"))
        #expect(first != nil && first?.contains("complexity: 95") == false, "\(first ?? "no settings shown")")
        try terminal.expect("press Enter (or type again) to reopen the simulation")
        try terminal.expect("answer>")
        terminal.send("\r")
        try terminal.expect("q done")
        terminal.send("q")  // left unchanged: the same settings as the learner left them
        #expect(settingsShown(try terminal.expect("Not quite")) == first)
        try terminal.expect("answer>")
        terminal.send("skip\r")
        try terminal.expect("Score:")
        #expect(try terminal.waitForExit() == .exited(0))
    }

    /// The `{name: value, ...}` of the last "Your settings:" line in `text`.
    private func settingsShown(_ text: String) -> String? {
        guard let range = text.range(of: "Your settings: ", options: .backwards) else { return nil }
        let rest = text[range.upperBound...]
        return rest.firstIndex(of: "}").map { String(rest[...$0]) }
    }

    @Test func withTermDumbASimulationPrintsOneFrameWithoutKeyHelp() throws {
        defer { lesson.cleanUp() }
        let terminal = try lesson.start(arguments: ["sim", "time-breakdown"], columns: 100, rows: 30, extraEnvironment: ["TERM": "dumb"])
        #expect(try terminal.waitForExit() == .exited(0))
        #expect(terminal.transcript.contains("Where ML time goes"))
        #expect(terminal.transcript.contains("Experts spend"))
        #expect(!terminal.transcript.contains("q done"), "no key works, so no key help")
    }

    @Test func pipedInputPlaysAChapterWithoutEscapeCodes() throws {
        defer { lesson.cleanUp() }
        let script = ["skip", "", "skip", "skip", "skip", "quit"].joined(separator: "\n") + "\n"
        let run = try lesson.runPiped(arguments: ["play", "practical-methodology/00-why-methodology"], input: Array(script.utf8))
        let text = String(decoding: run.output, as: UTF8.self)
        #expect(run.status == .exited(0))
        #expect(!run.output.contains(0x1B), "no escape codes when piped")
        #expect(text.contains("Why Methodology?"))
        #expect(text.contains("Where ML time goes"))
        #expect(text.contains("What this lesson gives you"))
    }

    @Test func aBrokenLessonDoesNotStopAnotherLessonOfTheCourseFromPlaying() throws {
        defer { lesson.cleanUp() }
        let course = lesson.folder + "/two-lessons"
        for id in ["good-lesson", "half-written"] {
            let made = try lesson.runPiped(arguments: ["--content", course, "new", "lesson", id], input: [])
            #expect(made.status == .exited(0))
        }
        // The instructor is still writing the second lesson: a directive with a typo.
        let chapter = course + "/Lessons/half-written/01-introduction.md"
        let text = try String(contentsOfFile: chapter, encoding: .utf8)
        try (text + "\n::: simulaton time-breakdown\n:::\n").write(toFile: chapter, atomically: true, encoding: .utf8)

        let good = try lesson.runPiped(arguments: ["--content", course, "play", "good-lesson"], input: Array("quit\n".utf8))
        #expect(good.status == .exited(0))
        #expect(String(decoding: good.output, as: UTF8.self).contains("Good Lesson · chapter 1/1"))
        #expect(good.errors.contains("warning:") && good.errors.contains("(half-written)"), "\(good.errors)")
        let broken = try lesson.runPiped(arguments: ["--content", course, "play", "half-written"], input: [])
        #expect(broken.status == .exited(1))
        #expect(broken.errors.contains("half-written/01-introduction.md:"), "\(broken.errors)")
        // The catalog of the whole course still refuses: a learner could pick the broken one.
        let listed = try lesson.runPiped(arguments: ["--content", course, "list"], input: [])
        #expect(listed.status == .exited(1))
    }

    @Test func aLessonFolderOrChapterFileOnDiskPlaysItsCourse() throws {
        defer { lesson.cleanUp() }
        // An instructor scaffolds a lesson, then plays it by its folder and by its chapter file.
        let course = lesson.folder + "/my-course"
        let made = try lesson.runPiped(arguments: ["--content", course, "new", "lesson", "my-lesson"], input: [])
        #expect(made.status == .exited(0))
        let folder = try lesson.runPiped(arguments: ["play", course + "/Lessons/my-lesson/"], input: Array("quit\n".utf8))
        #expect(folder.status == .exited(0))
        #expect(String(decoding: folder.output, as: UTF8.self).contains("My Lesson · chapter 1/1"))
        let chapter = try lesson.runPiped(arguments: ["play", course + "/Lessons/my-lesson/01-introduction.md"], input: Array("quit\n".utf8))
        #expect(chapter.status == .exited(0))
        #expect(String(decoding: chapter.output, as: UTF8.self).contains("chapter 1/1: Introduction"))
        let notALesson = try lesson.runPiped(arguments: ["play", course + "/Quizzes"], input: [])
        #expect(notALesson.status == .exited(1))
        let missing = try lesson.runPiped(arguments: ["play", course + "/Lessons/no-such-lesson"], input: [])
        #expect(missing.status == .exited(1))
        #expect(missing.errors.contains("no such lesson folder or chapter file"))
        let otherCourse = try lesson.runPiped(arguments: ["--content", lesson.folder, "play", course + "/Lessons/my-lesson"], input: [])
        #expect(otherCourse.status == .exited(2))
    }

    @Test func theLessonListWrapsItsSimulationsToTheWidth() throws {
        defer { lesson.cleanUp() }
        let run = try lesson.runPiped(arguments: ["list", "--width", "50"], input: [])
        #expect(run.status == .exited(0))
        let lines = String(decoding: run.output, as: UTF8.self).split(separator: "\n")
        let start = try #require(lines.firstIndex { $0.hasPrefix("Simulations: ") })
        #expect(lines[start...].allSatisfy { $0.count <= 50 }, "\(lines[start...])")
        #expect(lines[start...].joined(separator: " ").contains("gradient-check"))
    }

    @Test func theSimulationListFitsTheWidthAndTheGlyphs() throws {
        defer { lesson.cleanUp() }
        let run = try lesson.runPiped(arguments: ["sims", "--width", "50", "--ascii"], input: [])
        #expect(run.status == .exited(0))
        #expect(run.output.allSatisfy { $0 < 0x80 }, "ASCII only")
        let lines = String(decoding: run.output, as: UTF8.self).split(separator: "\n")
        #expect(lines.count > 40)
        #expect(lines.allSatisfy { $0.count <= 50 })
        #expect(lines.contains { $0.hasPrefix("data-quality  Data quality: raw -> cleaned") })
        // Choices wrap between words, never inside one; long parameter names put their
        // description underneath rather than squeeze it.
        let text = lines.joined(separator: "\n")
        #expect(text.contains("debug-and-tune"))
        #expect(lines.contains("    regularization"))
        #expect(lines.contains { $0.hasPrefix("        a whole number from 0 to 100; default 0.") })
    }

    @Test func inputEndingAfterAWrongTryKeepsThatAnswerInTheFile() throws {
        defer { lesson.cleanUp() }
        let file = lesson.folder + "/answers.yaml"
        let run = try lesson.runPiped(arguments: ["quiz", "practical-methodology/00-why-methodology", "--answers-out", file],
                                      input: Array("12\n".utf8))
        #expect(run.status == .exited(0))
        let saved = try String(contentsOfFile: file, encoding: .utf8)
        #expect(saved.contains("debug-share"), "\(saved)")
        #expect(saved.contains("12"))
    }

    @Test func ctrlCInAQuizKeepsTheAnswersGivenSoFarInTheFile() throws {
        defer { lesson.cleanUp() }
        // Ctrl-C used to drop every answer: `quit` and end of input saved them, Ctrl-C did not.
        let file = lesson.folder + "/answers.yaml"
        let terminal = try lesson.start(arguments: ["quiz", "practical-methodology/00-why-methodology", "--answers-out", file],
                                        columns: 100, rows: 40)
        let before = terminal.initialModes
        try terminal.expect("answer>")
        terminal.send("60\r")
        try terminal.expect("Question 2 of 4")
        try terminal.expect("answer>")
        terminal.send("\u{03}")
        #expect(try terminal.waitForExit() == .exited(130))
        #expect(terminal.modes() == before)
        let saved = try String(contentsOfFile: file, encoding: .utf8)
        #expect(saved.contains("debug-share: \"60\""), "\(saved)")
    }

    @Test func seedIsACommonOption() throws {
        defer { lesson.cleanUp() }
        // Before the command, as every common option, and after it.
        let before = try lesson.runPiped(arguments: ["--seed", "7", "sim", "leakage", "--format", "json"], input: [])
        #expect(before.status == .exited(0))
        #expect(String(decoding: before.output, as: UTF8.self).contains("\"seed\": 7"))
        // The simulations of a previewed chapter draw from it.
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let chapter = repository.appendingPathComponent("Lessons/goodfellow-practical-methodology/02-performance-metrics.md").path
        let first = try lesson.runPiped(arguments: ["preview", chapter, "--width", "80", "--seed", "1"], input: [])
        let second = try lesson.runPiped(arguments: ["preview", chapter, "--width", "80", "--seed", "2"], input: [])
        #expect(first.status == .exited(0) && second.status == .exited(0))
        #expect(first.output != second.output)
    }

    @Test(arguments: ["-1", "18446744073709551616", "x"])
    func aBadSeedIsNamedAsSuch(_ seed: String) throws {
        defer { lesson.cleanUp() }
        // `--seed -1` was reported as a missing value, as if no number had been given.
        let run = try lesson.runPiped(arguments: ["sim", "leakage", "--format", "json", "--seed", seed], input: [])
        #expect(run.status == .exited(2))
        #expect(run.errors.contains("The value '\(seed)' is invalid for '--seed <seed>'"), "\(run.errors)")
    }

    @Test func withoutATerminalTheCatalogIsPrinted() throws {
        defer { lesson.cleanUp() }
        let run = try lesson.runPiped(arguments: [], input: [])
        let text = String(decoding: run.output, as: UTF8.self)
        #expect(run.status == .exited(0))
        #expect(text.contains("Practical Methodology"))
        #expect(text.contains("lesson play"))
        #expect(!run.output.contains(0x1B))
    }

    @Test func aBadSimulationSettingIsAUsageError() throws {
        defer { lesson.cleanUp() }
        let run = try lesson.runPiped(arguments: ["sim", "time-breakdown", "--set", "view=nope"], input: [])
        #expect(run.status == .exited(2))
        let unknown = try lesson.runPiped(arguments: ["play", "no-such-lesson"], input: [])
        #expect(unknown.status == .exited(1))
    }

    @Test func labEvaluatePrintsScikitLearnStyleJSONAndBadCSVIsAnError() throws {
        defer { lesson.cleanUp() }
        let csv = lesson.folder + "/predictions.csv"
        try "truth,guess\na,a\na,b\nb,b\nb,b\n\"b\",a\n".write(toFile: csv, atomically: true, encoding: .utf8)
        let run = try lesson.runPiped(arguments: ["lab", "evaluate", csv, "--true", "truth", "--pred", "guess", "--format", "json"], input: [])
        #expect(run.status == .exited(0))
        let object = try JSONSerialization.jsonObject(with: Data(run.output)) as? [String: Any]
        #expect(object?["labels"] as? [String] == ["a", "b"])
        #expect(object?["confusion"] as? [[Int]] == [[1, 1], [1, 2]])
        #expect((object?["accuracy"] as? Double).map { abs($0 - 0.6) < 1e-12 } == true)

        let ragged = lesson.folder + "/ragged.csv"
        try "x,y\n1,2\n3\n".write(toFile: ragged, atomically: true, encoding: .utf8)
        let bad = try lesson.runPiped(arguments: ["lab", "audit", ragged, "--target", "y"], input: [])
        #expect(bad.status == .exited(1))
    }
}
