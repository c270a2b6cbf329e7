import Testing
@testable import Terminal

@Suite struct TextWidthTests {
    @Test(arguments: [
        ("hello", 5), ("", 0), ("日本語", 6), ("e\u{301}", 1), ("cafe\u{301}", 4), ("😀", 2),
        ("👍🏽", 2), ("👨‍👩‍👧", 2), ("🇫🇷", 2), ("❤️", 2), ("1️⃣", 2), ("ｆｕｌｌ", 8), ("한국", 4),
        ("⣿⣀", 2), ("─│┼", 3), ("a\u{200B}b", 2), ("\u{1B}", 0),
    ])
    func measuresCells(text: String, cells: Int) {
        #expect(TextWidth.cells(of: text) == cells)
    }

    @Test func wrapsByWordsWithinTheWidth() {
        let lines = TextWidth.wrap("the quick brown fox jumps over the lazy dog", width: 10)
        #expect(lines == ["the quick", "brown fox", "jumps over", "the lazy", "dog"])
    }

    @Test func breaksWordsLongerThanTheLine() {
        #expect(TextWidth.wrap("abcdefghij xy", width: 4) == ["abcd", "efgh", "ij", "xy"])
    }

    @Test func wrapsWideCharactersAnywhereWithoutSplittingThem() {
        let lines = TextWidth.wrap("日本語のテキストです", width: 7)
        #expect(lines.allSatisfy { TextWidth.cells(of: $0) <= 7 })
        #expect(lines.joined() == "日本語のテキストです")
        #expect(lines[0] == "日本語")
    }

    @Test func keepsHardLineBreaks() {
        #expect(TextWidth.wrap("one\n\ntwo three", width: 20) == ["one", "", "two three"])
    }

    @Test func wrapsStyledTextAcrossSpans() {
        var text = StyledText("a ")
        text.append("bold", style: Style(bold: true))
        text.append(", then more", style: .plain)
        let lines = text.wrapped(width: 6)
        #expect(lines.map(\.plainText) == ["a", "bold,", "then", "more"])
        #expect(lines[1].spans.first?.style.bold == true)
    }

    @Test func truncatesWithEllipsis() {
        #expect(TextWidth.truncate("abcdefgh", toCells: 5) == "abcd…")
        #expect(TextWidth.truncate("abc", toCells: 5) == "abc")
        #expect(TextWidth.pad("ab", toCells: 5, alignment: .right) == "   ab")
        #expect(TextWidth.pad("ab", toCells: 5, alignment: .center) == " ab  ")
    }
}
