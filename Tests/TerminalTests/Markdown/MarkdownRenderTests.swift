import Testing
@testable import Terminal

@Suite struct MarkdownRenderTests {
    private func plain(_ source: String, width: Int = 40, ascii: Bool = false) -> [String] {
        let caps = ascii ? Capabilities.ascii(width: width) : .plain(width: width)
        let frame = Markdown.render(source, width: width, theme: Theme.dark.adapted(to: caps))
        return frame.encoded(for: caps).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    @Test func headingsAreUnderlinedSoTheyReadAsPlainText() {
        #expect(plain("# Title\n\n## Sub", ascii: true) == ["Title", "=====", "", "Sub", "---"])
    }

    @Test func paragraphsWrapToTheWidth() {
        let lines = plain("one two three four five six seven eight nine ten", width: 20)
        #expect(lines == ["one two three four", "five six seven eight", "nine ten"])
    }

    @Test func listsHangTheirText() {
        let lines = plain("- alpha beta gamma delta\n- b\n\n3. three\n4. four", width: 16, ascii: true)
        #expect(lines == ["* alpha beta", "  gamma delta", "* b", "", "3. three", "4. four"])
    }

    @Test func inlineCodeKeepsBackticksWithoutColour() {
        #expect(plain("run `lesson` now") == ["run `lesson` now"])
        let coloured = Markdown.render("run `lesson` now", width: 40, theme: .dark)
        #expect(coloured.plainText == "run lesson now")
        #expect(coloured[x: 4, y: 0].style.fg == Theme.dark[.code])
    }

    @Test func emphasisBecomesAttributes() {
        let frame = Markdown.render("**b** *i*", width: 20, theme: .dark)
        #expect(frame[x: 0, y: 0].style.bold)
        #expect(frame[x: 2, y: 0].style.italic)
    }

    @Test func quotesAndCodeAreSetApart() {
        #expect(plain("> wise words", ascii: true) == ["> wise words"])
        #expect(plain("```\ncode  here\n```") == ["    code  here"])
    }

    @Test func tablesBecomePipeTablesInASCII() {
        let lines = plain("| a | b |\n|---|--:|\n| x | 10 |", ascii: true)
        #expect(lines == ["| a   |   b |", "|-----|----:|", "| x   |  10 |"])
    }

    @Test func untrustedTextCannotEscape() {
        let frame = Markdown.render("evil \u{1B}[2J\u{1B}]52;c;AAAA\u{07} text", width: 60, theme: .dark)
        let output = frame.encoded(for: .trueColor(width: 60))
        #expect(!OutputChecks.strippingSGR(output).contains("\u{1B}"))
        #expect(frame.plainText.contains("^[[2J"))
    }

    @Test func asciiOutputSpellsFormulasOut() {
        let lines = plain("L = L_data + λ · Σ wᵢ², with ε ≤ 10⁻⁸ → `x₁₀ ≥ 0`", width: 80, ascii: true)
        #expect(lines == ["L = L_data + lambda * sum w_i^2, with epsilon <= 10^-8 -> `x_10 >= 0`"])
        #expect(plain("λ²", ascii: false) == ["λ²"])
    }
}
