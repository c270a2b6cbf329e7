import Course
import Foundation
import Simulations
import Terminal
import Testing
@testable import Runtime

@Suite struct ChapterPreviewTests {
    /// A simulation that cannot start is reported in place, wrapped to the width: the reason
    /// (which simulation, and what to do) must be readable in full, not cut at the margin.
    @Test func aSimulationThatCannotStartIsReportedInFullAtANarrowWidth() throws {
        let text = """
            ---
            id: 01-a
            title: A
            ---
            ::: sim grid-vs-randomz trials=9
            Caption.
            :::
            """
        let source = SourceFile(path: "Lessons/x/01-a.md", text: text)
        let chapter = try #require(ChapterParser.parse(source, expectedID: "01-a").0)
        let registry = SimulationRegistry(assets: try SimulationAssetsLoader.load(from: ContentSource(origin: .embedded)))
        let frame = ChapterPreview(chapter: chapter, source: source, quiz: nil, registry: registry)
            .render(width: 40, theme: Theme.mono)
        let lines = frame.plainText.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(lines.allSatisfy { $0.count <= 40 })
        let joined = lines.joined(separator: " ")
        let expected = "[simulation grid-vs-randomz cannot start: \(try errorText { try registry.entry("grid-vs-randomz") })]"
        #expect(joined.contains(expected), "\(frame.plainText)")
    }

    /// A quiz with `allow_skip: false` is previewed as the player asks it: without `skip`.
    @Test func aQuizThatAllowsNoSkippingIsPreviewedWithoutSkip() throws {
        let text = """
            ---
            id: 01-a
            title: A
            quiz: x/01-a
            ---
            ::: question pick
            :::
            """
        let source = SourceFile(path: "Lessons/x/01-a.md", text: text)
        let chapter = try #require(ChapterParser.parse(source, expectedID: "01-a").0)
        let registry = SimulationRegistry(assets: try SimulationAssetsLoader.load(from: ContentSource(origin: .embedded)))
        let question = Question(id: "pick", prompt: "Which?", hints: ["Think."], kind: .single([
            Choice(id: "a", text: "Grid", isCorrect: false), Choice(id: "b", text: "Random", isCorrect: true),
        ]))
        func preview(allowSkip: Bool) -> String {
            let quiz = Quiz(id: "x/01-a", allowSkip: allowSkip, questions: [question])
            return ChapterPreview(chapter: chapter, source: source, quiz: quiz, registry: registry).render(width: 80, theme: Theme.mono).plainText
        }
        #expect(!preview(allowSkip: false).contains("skip"))
        #expect(preview(allowSkip: false).contains("hint"))
        #expect(preview(allowSkip: true).contains("skip"))
    }

    private func errorText(_ body: () throws -> Any) throws -> String {
        do {
            _ = try body()
            Issue.record("expected an error")
            return ""
        } catch {
            return "\(error)"
        }
    }
}
