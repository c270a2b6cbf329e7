import Testing
@testable import Course

@Suite struct ChapterParserTests {
    @Test func tourParsesToTheGoldenTree() throws {
        let file = try Fixture.source("golden/chapter-tour.md", shownAs: "chapter-tour.md")
        let (chapter, diagnostics) = ChapterParser.parse(file, expectedID: "03-hyperparameter-tuning")
        #expect(render(diagnostics) == "")
        Fixture.expectGolden(ChapterTree.describe(try #require(chapter)), "golden/chapter-tour.tree")
    }

    @Test func problemsGiveTheGoldenDiagnostics() throws {
        let file = try Fixture.source("golden/chapter-problems.md", shownAs: "chapter-problems.md")
        let (chapter, diagnostics) = ChapterParser.parse(file, expectedID: "09-problems")
        #expect(chapter != nil)
        Fixture.expectGolden(render(diagnostics), "golden/chapter-problems.diagnostics")
    }

    @Test func directivesCarryTheirArguments() throws {
        let (chapter, diagnostics) = ChapterParser.parse(source("""
            ---
            id: 01-a
            title: A
            quiz: les/01-a
            ---
            ::: sim grid-vs-random trials=9 note="two words"
            caption
            :::

            ::: warning Mind the gap
            body
            :::

            ::: question why-random-wins
            :::
            """), expectedID: "01-a")
        #expect(diagnostics.isEmpty)
        let directives = try #require(chapter).directives
        #expect(directives.count == 3)
        guard case .sim(let embed) = directives[0].kind else { Issue.record("not a sim"); return }
        #expect(embed.id == "grid-vs-random")
        #expect(embed.settings.map(\.name) == ["trials", "note"])
        #expect(embed.settings[1].value == "two words")
        #expect(embed.settings[0].valueLocation == SourceLocation(line: 6, column: 31))
        #expect(directives[0].range == SourceRange(start: .init(line: 6, column: 1), end: .init(line: 8, column: 4)))
        guard case .callout(let callout) = directives[1].kind else { Issue.record("not a callout"); return }
        #expect(callout.style == .warning)
        #expect(callout.title == "Mind the gap")
        guard case .question(let id, let location) = directives[2].kind else { Issue.record("not a question"); return }
        #expect(id == "why-random-wins")
        #expect(location == SourceLocation(line: 14, column: 14))
    }

    @Test func directiveNeverClosedIsReportedAndTheRestIsStillParsed() {
        let (chapter, diagnostics) = ChapterParser.parse(source("---\nid: 01-a\ntitle: A\n---\n::: insight\nopen\n"))
        #expect(render(diagnostics) == """
            test.md:5:1: error: directive 'insight' is never closed
              hint: add a line ':::' after its body

            """)
        #expect(chapter?.directives.count == 1)
    }

    @Test func emptyFileIsAnError() {
        let (chapter, diagnostics) = ChapterParser.parse(source(""))
        #expect(chapter == nil)
        #expect(render(diagnostics) == "test.md:1:1: error: empty chapter: a chapter starts with front matter (---, id, title, ---)\n")
    }

    @Test func missingAndUnclosedFrontMatter() {
        let (_, missing) = ChapterParser.parse(source("# Title\n"))
        #expect(missing.first?.message.hasPrefix("chapter has no front matter") == true)
        let (chapter, unclosed) = ChapterParser.parse(source("---\nid: 01-a\ntitle: A\n\n# Heading\n"))
        #expect(unclosed.map(\.message) == ["front matter is never closed"])
        #expect(chapter?.frontMatter.title == "A")
        #expect(chapter?.blocks.count == 1)
    }

    @Test func windowsLineEndingsKeepLinesAndColumns() throws {
        let (chapter, diagnostics) = ChapterParser.parse(source("---\r\nid: 01-a\r\ntitle: A\r\n---\r\n::: insigth\r\nx\r\n:::\r\n"))
        #expect(diagnostics.map(\.location) == [SourceLocation(line: 5, column: 5)])
        #expect(chapter?.frontMatter.title == "A")
    }

    @Test func tabsCountAsOneColumnAndIndentLists() throws {
        let (chapter, diagnostics) = ChapterParser.parse(source("---\nid: 01-a\ntitle: A\n---\n-\tone\n\t-\tnested\n\tword **bold**\n"))
        #expect(diagnostics.isEmpty)
        let blocks = try #require(chapter).blocks
        guard case .list(let list) = blocks.first?.kind else { Issue.record("no list"); return }
        #expect(list.items.count == 1)
        #expect(list.items[0].blocks.count == 2)
    }

    @Test func binaryLikeControlCharactersDoNotBreakParsing() {
        let (chapter, diagnostics) = ChapterParser.parse(source("---\nid: 01-a\ntitle: A\n---\n\u{1B}[31mred\u{7}\n"))
        #expect(diagnostics.isEmpty)
        #expect(chapter?.blocks.count == 1)
    }

    @Test func manyUnmatchedStarsParseInLinearTime() throws {
        // Quadratic scanning would take minutes on this; the failed-search cache makes it linear.
        let body = String(repeating: "*a **b `c _d ", count: 20_000)
        let (chapter, _) = ChapterParser.parse(source("---\nid: 01-a\ntitle: A\n---\n" + body + "\n"))
        guard case .paragraph(let inlines) = try #require(chapter?.blocks.first).kind else {
            Issue.record("no paragraph")
            return
        }
        // Every character but the trailing space and the backticks (each pair makes a code span).
        #expect(inlines.plainText.count == body.count - 1 - 20_000)
    }

    @Test func deeplyNestedQuotesStopAtTheLimit() {
        let (chapter, diagnostics) = ChapterParser.parse(source("---\nid: 01-a\ntitle: A\n---\n" + String(repeating: ">", count: 10_000) + " deep\n"))
        #expect(chapter != nil)
        #expect(diagnostics.map(\.message) == ["block quotes and lists nested more than 12 levels deep"])
    }

    @Test func aFileOfNothingButMistakesIsCapped() {
        let (_, diagnostics) = ChapterParser.parse(source("---\nid: 01-a\ntitle: A\n---\n" + String(repeating: ":::\n", count: 1_000)))
        #expect(diagnostics.count == 101)
        #expect(diagnostics.last?.message == "900 more problems not shown (at most 100 are reported per file)")
    }

    /// A chapter id without its NN- prefix was told it "must be the file stem" even when it was
    /// the file's stem (`7-b.md`); the message now names the shape and how to fix it.
    @Test func aChapterIdWithoutItsNumberSaysWhatShapeItNeeds() {
        func problems(id: String, stem: String) -> [Diagnostic] {
            ChapterParser.parse(source("---\nid: \(id)\ntitle: A\n---\n# A\n", path: "\(stem).md"), expectedID: stem).1
        }
        let unnumbered = problems(id: "more", stem: "02-more")
        #expect(unnumbered.count == 1)
        #expect(unnumbered.first?.message.contains("must be two digits, a dash and a name") == true)
        #expect(unnumbered.first?.hint == "set id: 02-more")
        let badFile = problems(id: "7-b", stem: "7-b")
        #expect(badFile.first?.hint == "rename the file and set the id to NN-slug, like 01-introduction")
    }
}
