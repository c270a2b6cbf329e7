import Testing
@testable import Terminal

@Suite struct MarkdownParserTests {
    typealias B = Markdown.Block
    typealias I = Markdown.Inline

    @Test func parsesHeadingsAndParagraphs() {
        let blocks = Markdown.parse("# Title #\n\nSome *text*\ncontinues.\n\nSetext\n---\n")
        #expect(blocks == [
            .heading(level: 1, content: [.text("Title")]),
            .paragraph([.text("Some "), .emphasis([.text("text")]), .text(" continues.")]),
            .heading(level: 2, content: [.text("Setext")]),
        ])
    }

    @Test func parsesInlineMarkup() {
        #expect(Markdown.parseInline("**bold** and __also__") == [.strong([.text("bold")]), .text(" and "), .strong([.text("also")])])
        #expect(Markdown.parseInline("*a **b** c*") == [.emphasis([.text("a "), .strong([.text("b")]), .text(" c")])])
        #expect(Markdown.parseInline("use `x * y` here") == [.text("use "), .code("x * y"), .text(" here")])
        #expect(Markdown.parseInline("snake_case_name") == [.text("snake_case_name")])
        #expect(Markdown.parseInline("2 * 3 * 4") == [.text("2 * 3 * 4")])
        #expect(Markdown.parseInline("\\*not\\*") == [.text("*not*")])
        #expect(Markdown.parseInline("[docs](https://x.org \"t\")") == [.link(text: [.text("docs")], url: "https://x.org")])
        #expect(Markdown.parseInline("line  \nbreak") == [.text("line"), .lineBreak, .text("break")])
        #expect(Markdown.parseInline("unclosed **bold") == [.text("unclosed **bold")])
    }

    @Test func parsesNestedLists() {
        let blocks = Markdown.parse("- one\n- two\n  - inner\n- three\n\n1. first\n2. second\n")
        #expect(blocks == [
            .list(ordered: false, start: 0, items: [
                [.paragraph([.text("one")])],
                [.paragraph([.text("two")]), .list(ordered: false, start: 0, items: [[.paragraph([.text("inner")])]])],
                [.paragraph([.text("three")])],
            ]),
            .list(ordered: true, start: 1, items: [[.paragraph([.text("first")])], [.paragraph([.text("second")])]]),
        ])
    }

    @Test func parsesCodeQuotesRulesAndTables() {
        let source = """
            ```swift
            let a = 1

              indented
            ```
            > quoted **text**
            continued lazily

            ***

            | a | b |
            |:-:|--:|
            | `x|y` | 2 |
            | short |
            """
        let blocks = Markdown.parse(source)
        #expect(blocks.count == 4)
        #expect(blocks[0] == .codeBlock(language: "swift", code: "let a = 1\n\n  indented"))
        #expect(blocks[1] == .quote([.paragraph([.text("quoted "), .strong([.text("text")]), .text(" continued lazily")])]))
        #expect(blocks[2] == .rule)
        guard case let .table(header, alignments, rows) = blocks[3] else {
            Issue.record("expected a table, got \(blocks[3])")
            return
        }
        #expect(header == [[.text("a")], [.text("b")]])
        #expect(alignments == [.center, .right])
        #expect(rows == [[[.code("x|y")], [.text("2")]], [[.text("short")], []]])
    }

    @Test func neverFailsOnOddInput() {
        for source in ["", "\n\n", "```", "> ", "-", "1.", "|", "|-|", "#######", "**", "[a](", "`", "- \n  ", "\r\n# x\r\n"] {
            _ = Markdown.parse(source)
            _ = Markdown.render(source, width: 20, theme: .dark)
        }
        #expect(Markdown.parse("\r\n# x\r\n") == [.heading(level: 1, content: [.text("x")])])
        #expect(Markdown.parse("```\nunclosed") == [.codeBlock(language: nil, code: "unclosed")])
    }
}
