import Course
import Simulations
import Testing
@testable import Runtime

/// Plays every chapter of every lesson of the built-in course headless, as a piped script
/// would, answering each question with its reference answer: every chapter must play to its
/// end and every question must score full marks.
@Suite struct CourseWalkthroughTests {
    static let lessonIDs = CourseLibrary(source: ContentSource(origin: .embedded)).lessons.map(\.id)

    @Test func theBuiltInCourseHasItsFiveLessons() {
        #expect(Self.lessonIDs == CourseLibrary.builtInOrder)
    }

    @Test(arguments: CourseWalkthroughTests.lessonIDs)
    func everyChapterPlaysToTheEndWithFullMarks(lessonID: String) throws {
        let library = CourseLibrary(source: ContentSource(origin: .embedded))
        let lesson = try #require(library.lesson(lessonID))
        var script: [String] = []
        var questionKeys: [String] = []
        for (index, reference) in lesson.chapters.enumerated() {
            let loaded = library.chapter(lesson: lesson.id, stem: reference.name)
            let chapter = try #require(loaded.chapter, "\(reference.name): \(loaded.diagnostics)")
            let quiz = try chapter.frontMatter.quiz.map { id in try #require(library.quiz(id).quiz, "quiz \(id)") }
            let steps = ChapterStep.steps(of: chapter, source: try #require(loaded.source))
            script += ReferenceLearner.script(steps: steps, quiz: quiz, isLast: index == lesson.chapters.count - 1)
            questionKeys += (quiz?.questions ?? []).map { "\(quiz!.id)/\($0.id)" }
        }
        let console = ScriptedConsole(script: script)
        let keeper = ProgressKeeper(store: nil)
        let registry = SimulationRegistry(assets: try SimulationAssetsLoader.load(from: ContentSource(origin: .embedded)))
        let ending = Player(library: library, console: console, keeper: keeper, registry: registry).play(lesson: lesson, chapter: "1")
        #expect(ending == .finished)
        #expect(console.script.isEmpty, "every scripted line was used")
        let record = keeper.progress.lesson(lesson.id)
        #expect(record.chaptersDone == lesson.chapters.map(\.name))
        for key in questionKeys {
            #expect(record.questions[key]?.bestScore == 1, "\(key) did not score full marks")
        }
        #expect(!console.output.contains("cannot start"), "every simulation started")
        #expect(!console.output.contains("\u{1B}"))
    }
}
