import Testing
@testable import Runtime

@Suite struct PromptTextTests {
    @Test func readlineGetsEscapesWrappedInItsMarkers() {
        #expect(PromptText.forReadline("\u{1B}[1manswer>\u{1B}[0m ") == "\u{01}\u{1B}[1m\u{02}answer>\u{01}\u{1B}[0m\u{02} ")
        #expect(PromptText.forReadline("plain> ") == "plain> ")
    }

    @Test func alreadyMarkedEscapesAreLeftAlone() {
        let marked = "\u{01}\u{1B}[1m\u{02}answer> "
        #expect(PromptText.forReadline(marked) == marked)
    }

    @Test func plainDropsEscapesAndMarkers() {
        #expect(PromptText.plain("\u{1B}[1;38;5;214manswer>\u{1B}[0m ") == "answer> ")
        #expect(PromptText.plain("\u{01}\u{1B}[1m\u{02}a\u{1B}]8;;https://x\u{07}link\u{1B}]8;;\u{1B}\\> ") == "alink> ")
        #expect(PromptText.plain("é → ok") == "é → ok")
    }
}

@Suite struct LineBufferTests {
    @Test func splitsLinesAndDropsCarriageReturns() {
        #expect(LineBuffer.lines(of: Array("one\ntwo\r\nthree\n".utf8)) == ["one", "two", "three"])
    }

    @Test func aLastLineWithoutNewlineCounts() {
        #expect(LineBuffer.lines(of: Array("one\nlast".utf8)) == ["one", "last"])
        #expect(LineBuffer.lines(of: Array("last\r".utf8)) == ["last"])
        #expect(LineBuffer.lines(of: []) == [])
    }

    @Test func emptyLinesAreLines() {
        #expect(LineBuffer.lines(of: Array("\n\r\nx".utf8)) == ["", "", "x"])
    }

    @Test func waitsForTheNewlineAcrossReads() {
        var buffer = LineBuffer()
        buffer.append(Array("par".utf8))
        #expect(buffer.nextLine() == nil)
        buffer.append(Array("tial\r".utf8))
        #expect(buffer.nextLine() == nil)
        buffer.append(Array("\nnext".utf8))
        #expect(buffer.nextLine() == "partial")
        #expect(buffer.nextLine() == nil)
        #expect(buffer.remainder() == "next")
        #expect(buffer.remainder() == nil)
    }

    @Test func invalidUTF8IsRepaired() {
        #expect(LineBuffer.lines(of: [0x61, 0xFF, 0x62, 0x0A]) == ["a\u{FFFD}b"])
    }

    @Test func manyLinesThroughOneBuffer() {
        var buffer = LineBuffer()
        var seen: [String] = []
        for number in 0..<3000 {
            buffer.append(Array("line \(number)\n".utf8))
            if let line = buffer.nextLine() { seen.append(line) }
        }
        #expect(seen.count == 3000 && seen.last == "line 2999")
    }

    @Test func answersLoseSurroundingSpaceOnly() {
        #expect(LinePrompt.trimmed("  alpha \t") == "alpha")
        #expect(LinePrompt.trimmed("a free  answer") == "a free  answer")
        #expect(LinePrompt.trimmed("   ") == "")
    }
}

@Suite struct CompletionTests {
    let words = ["alpha", "beta", "back", "next", "alpha", "quit"]

    @Test func completesByPrefixInTheGivenOrderWithoutRepeats() {
        #expect(ReadlineBridge.completions(of: "b", among: words) == ["beta", "back"])
        #expect(ReadlineBridge.completions(of: "al", among: words) == ["alpha"])
        #expect(ReadlineBridge.completions(of: "", among: words) == ["alpha", "beta", "back", "next", "quit"])
        #expect(ReadlineBridge.completions(of: "z", among: words) == [])
    }
}
