#if canImport(Glibc)
import Glibc
#endif
import Testing
@testable import Runtime

@Suite struct TerminalModeTests {
    /// The modes of a fresh Linux terminal (what `stty sane` gives).
    static var cooked: termios {
        var modes = termios()
        modes.c_iflag = tcflag_t(ICRNL | IXON | BRKINT | IMAXBEL | IUTF8)
        modes.c_oflag = tcflag_t(OPOST | ONLCR)
        modes.c_cflag = tcflag_t(CS8 | CREAD)
        modes.c_lflag = tcflag_t(ISIG | ICANON | ECHO | ECHOE | ECHOK | IEXTEN | ECHOCTL | ECHOKE)
        withUnsafeMutableBytes(of: &modes.c_cc) { cc in
            cc[Int(VINTR)] = 3
            cc[Int(VEOF)] = 4
            cc[Int(VMIN)] = 0
            cc[Int(VTIME)] = 5
        }
        return modes
    }

    @Test func rawTurnsOffLineEditingEchoSignalsAndFlowControl() {
        let raw = TerminalMode.rawAttributes(from: Self.cooked)
        #expect(raw.c_lflag & tcflag_t(ICANON | ECHO | ISIG | IEXTEN) == 0)
        #expect(raw.c_iflag & tcflag_t(IXON | ICRNL | BRKINT) == 0)
        #expect(raw.c_cflag & tcflag_t(CSIZE) == tcflag_t(CS8))
        #expect(TerminalMode.isRaw(raw))
        #expect(!TerminalMode.isRaw(Self.cooked))
    }

    @Test func rawReadsOneByteAtATimeWithoutATimer() {
        var raw = TerminalMode.rawAttributes(from: Self.cooked)
        let (minimum, time) = withUnsafeBytes(of: &raw.c_cc) { ($0[Int(VMIN)], $0[Int(VTIME)]) }
        #expect(minimum == 1 && time == 0)
    }

    @Test func rawKeepsOutputProcessingAndUnrelatedFlags() {
        let raw = TerminalMode.rawAttributes(from: Self.cooked)
        #expect(raw.c_oflag == Self.cooked.c_oflag, "\\n still returns to column 1")
        #expect(raw.c_iflag & tcflag_t(IUTF8) != 0)
        #expect(raw.c_cflag & tcflag_t(CREAD) != 0)
    }
}

@Suite struct TerminalFeaturesTests {
    @Test func restoreAlwaysResetsAttributesAndShowsTheCursor() {
        #expect(TerminalFeatures.restoreSequence([]) == Array("\u{1B}[0m\u{1B}[?25h".utf8))
        #expect(TerminalFeatures.restoreSequence(.hiddenCursor) == Array("\u{1B}[0m\u{1B}[?25h".utf8))
    }

    @Test func restoreLeavesTheAlternateScreenOnlyWhenItWasEntered() {
        let all: TerminalFeatures = [.hiddenCursor, .alternateScreen, .bracketedPaste]
        #expect(TerminalFeatures.restoreSequence(all) == Array("\u{1B}[0m\u{1B}[?2004l\u{1B}[?1049l\u{1B}[?25h".utf8))
        #expect(!String(decoding: TerminalFeatures.restoreSequence(.bracketedPaste), as: UTF8.self).contains("1049"))
    }

    @Test func enableAndDisableAreOpposites() {
        #expect(TerminalFeatures.enableSequence(.hiddenCursor) == Array("\u{1B}[?25l".utf8))
        #expect(TerminalFeatures.disableSequence(.hiddenCursor) == Array("\u{1B}[?25h".utf8))
        #expect(TerminalFeatures.enableSequence(.alternateScreen) == Array("\u{1B}[?1049h".utf8))
        #expect(TerminalFeatures.enableSequence([]) == [])
    }

    /// The signal handlers copy the restore bytes into a fixed buffer.
    @Test func theLongestRestoreFitsTheHandlersBuffer() {
        #expect(TerminalFeatures.restoreSequence([.hiddenCursor, .alternateScreen, .bracketedPaste]).count <= 96)
    }
}

@Suite struct KeyReaderTests {
    @Test func pollTimeoutsRoundUpAndNeverMeanForever() {
        #expect(KeyReader.milliseconds(.milliseconds(50)) == 50)
        #expect(KeyReader.milliseconds(.microseconds(1)) == 1)
        #expect(KeyReader.milliseconds(.microseconds(24_001)) == 25)
        #expect(KeyReader.milliseconds(.zero) == 0)
        #expect(KeyReader.milliseconds(.milliseconds(-2)) == 0)
        #expect(KeyReader.milliseconds(.microseconds(-274)) == 0)
        #expect(KeyReader.milliseconds(.seconds(3)) == 3000)
    }
}
