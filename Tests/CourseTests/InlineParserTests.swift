import Testing
@testable import Course

@Suite struct InlineParserTests {
    private func inlines(_ text: String) -> [Inline] {
        var parser = InlineParser(lines: [SourceLine(number: 1, text: Substring(text), column: 1)])
        return parser.parse()
    }

    private func shape(_ inlines: [Inline]) -> String {
        inlines.map { inline in
            switch inline.kind {
            case .text(let text): "t(\(text))"
            case .code(let text): "c(\(text))"
            case .softBreak: "br"
            case .strong(let children): "S[\(shape(children))]"
            case .emphasis(let children): "E[\(shape(children))]"
            }
        }.joined(separator: " ")
    }

    @Test(arguments: [
        ("plain", "t(plain)"),
        ("a **b** c", "t(a ) S[t(b)] t( c)"),
        ("*i* and _j_", "E[t(i)] t( and ) E[t(j)]"),
        ("***both***", "S[E[t(both)]]"),
        ("`a*b*`", "c(a*b*)"),
        ("`` a`b ``", "c(a`b)"),
        ("\\*not\\*", "t(*not*)"),
        ("snake_case_name", "t(snake_case_name)"),
        ("2 * 3 * 4", "t(2 * 3 * 4)"),
        ("**unclosed", "t(**unclosed)"),
        ("*a **b** c*", "E[t(a ) S[t(b)] t( c)]"),
    ])
    func markup(_ input: String, _ expected: String) {
        #expect(shape(inlines(input)) == expected)
    }

    @Test func rangesPointAtTheSource() {
        let result = inlines("a **bold** b")
        #expect(result[1].range == SourceRange(start: .init(line: 1, column: 3), end: .init(line: 1, column: 11)))
        guard case .strong(let children) = result[1].kind else { Issue.record("not strong"); return }
        #expect(children[0].range == SourceRange(start: .init(line: 1, column: 5), end: .init(line: 1, column: 9)))
    }

    @Test func paragraphLinesAreJoinedBySoftBreaks() {
        var parser = InlineParser(lines: [SourceLine(number: 3, text: "one  ", column: 1), SourceLine(number: 4, text: "two", column: 3)])
        let result = parser.parse()
        #expect(shape(result) == "t(one) br t(two)")
        #expect(result[2].range.start == SourceLocation(line: 4, column: 3))
    }
}
