import Testing
@testable import Terminal

@Suite struct TextSanitizerTests {
    @Test func makesEscapeSequencesVisible() {
        #expect(TextSanitizer.sanitize("\u{1B}[31mred\u{1B}[0m") == "^[[31mred^[[0m")
        #expect(TextSanitizer.sanitize("bell\u{07}") == "bell^G")
        #expect(TextSanitizer.sanitize("del\u{7F}") == "del^?")
        #expect(TextSanitizer.sanitize("csi\u{9B}2J") == "csi<9B>2J")
    }

    @Test func dropsBidiOverridesAndCarriageReturns() {
        #expect(TextSanitizer.sanitize("a\u{202E}b\u{2066}c") == "abc")
        #expect(TextSanitizer.sanitize("line\r\nnext") == "line\nnext")
    }

    @Test func handlesNewlinesAndTabs() {
        #expect(TextSanitizer.sanitize("a\nb", newlines: .space) == "a b")
        #expect(TextSanitizer.sanitize("ab\tc") == "ab  c")
    }

    @Test func leavesOrdinaryTextAlone() {
        let text = "Café — 日本 😀 e\u{301}"
        #expect(TextSanitizer.sanitize(text) == text)
        #expect(TextSanitizer.isSafe(text))
        #expect(!TextSanitizer.isSafe("\u{1B}]0;title\u{07}"))
    }

    @Test func framesNeverHoldControlCharacters() {
        var frame = Frame(width: 20, height: 1)
        frame.draw("\u{1B}[2Jx\u{0}", x: 0, y: 0)
        let text = frame.encoded(for: .trueColor(width: 20))
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\u{1B}" })
        #expect(!text.contains("\u{1B}"))
        #expect(frame.plainText == "^[[2Jx^@")
    }
}
