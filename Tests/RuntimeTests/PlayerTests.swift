import Course
import Foundation
import Simulations
import Testing
@testable import Runtime

private func registry() throws -> SimulationRegistry {
    SimulationRegistry(assets: try SimulationAssetsLoader.load(from: ContentSource(origin: .embedded)))
}

@Test func aChapterPlaysToItsEndAndTheReferenceAnswersScoreFullMarks() throws {
    let library = CourseLibrary(source: ContentSource(origin: .embedded))
    let lesson = try #require(library.lesson("practical-methodology"))
    let stem = lesson.chapters[0].name
    let loaded = library.chapter(lesson: lesson.id, stem: stem)
    let chapter = try #require(loaded.chapter)
    let quiz = library.quiz(try #require(chapter.frontMatter.quiz)).quiz
    let steps = ChapterStep.steps(of: chapter, source: try #require(loaded.source))
    let console = ScriptedConsole(script: ReferenceLearner.script(steps: steps, quiz: quiz, isLast: false) + ["quit"])
    let keeper = ProgressKeeper(store: nil)
    let player = Player(library: library, console: console, keeper: keeper, registry: try registry())
    let ending = player.play(lesson: lesson, chapter: stem)
    #expect(ending == .quit)
    let record = keeper.progress.lesson(lesson.id)
    #expect(record.chaptersDone == [stem])
    let questions = try #require(quiz).questions
    for question in questions {
        #expect(record.questions["\(lesson.id)/\(stem)/\(question.id)"]?.bestScore == 1, "\(question.id)")
    }
    #expect(console.output.contains("Where ML time goes"))
    #expect(!console.output.contains("\u{1B}"))
}

@Test func wrongAnswersGetFeedbackAndRetriesThenTheExplanation() throws {
    let library = CourseLibrary(source: ContentSource(origin: .embedded))
    let lesson = try #require(library.lesson("practical-methodology"))
    // The first question of chapter 1 asks for a percentage (60). "forty" is not a number:
    // it is explained and costs no try, so "14" and "13" are the second and third.
    let console = ScriptedConsole(script: ["", "", "12", "hint", "forty", "14", "13", "quit"])
    let keeper = ProgressKeeper(store: nil)
    _ = Player(library: library, console: console, keeper: keeper, registry: try registry()).play(lesson: lesson, chapter: "1")
    #expect(console.output.contains("Not quite"))
    #expect(console.output.contains("Hint 1"))
    #expect(console.output.contains("'forty' is not a number"))
    #expect(console.output.contains("The expected answer"))
    #expect(console.output.contains("Why:"))
    let record = keeper.progress.lesson(lesson.id).questions.values.first
    #expect(record?.bestScore == 0)
}

@Test func navigationCommandsMoveBetweenChapters() throws {
    let library = CourseLibrary(source: ContentSource(origin: .embedded))
    let lesson = try #require(library.lesson("troubleshooting-deep-networks"))
    let console = ScriptedConsole(script: ["jump 3", "list", "back", "quit"])
    let keeper = ProgressKeeper(store: nil)
    let ending = Player(library: library, console: console, keeper: keeper, registry: try registry()).play(lesson: lesson, chapter: "1")
    #expect(ending == .quit)
    #expect(console.output.contains("chapter 3/\(lesson.chapters.count)"))
    #expect(console.output.contains("chapter 2/\(lesson.chapters.count)"))
    #expect(keeper.progress.resumePosition(of: lesson.id)?.chapter == lesson.chapters[1].name)
}
