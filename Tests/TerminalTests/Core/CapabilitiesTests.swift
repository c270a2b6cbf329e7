import Testing
@testable import Terminal

@Suite struct CapabilitiesTests {
    private let tty = ["TERM": "xterm-256color", "COLORTERM": "truecolor"]

    @Test func autoOnATerminalUsesTheBestDepth() {
        let caps = Capabilities.detect(environment: tty, isTerminal: true, windowColumns: 132)
        #expect(caps.colorDepth == .trueColor && caps.width == 132 && caps.glyphs == .unicode)
        let c256 = Capabilities.detect(environment: ["TERM": "xterm-256color"], isTerminal: true, windowColumns: 100)
        #expect(c256.colorDepth == .palette256)
        let c16 = Capabilities.detect(environment: ["TERM": "xterm"], isTerminal: true, windowColumns: 100)
        #expect(c16.colorDepth == .ansi16)
    }

    @Test func pipedOutputHasNoColour() {
        let caps = Capabilities.detect(environment: tty, isTerminal: false, windowColumns: nil)
        #expect(caps.colorDepth == .none && caps.width == 80)
    }

    @Test func noColorAndDumbDisableColour() {
        var env = tty
        env["NO_COLOR"] = "1"
        #expect(Capabilities.detect(environment: env, isTerminal: true, windowColumns: 80).colorDepth == .none)
        env["NO_COLOR"] = ""
        #expect(Capabilities.detect(environment: env, isTerminal: true, windowColumns: 80).colorDepth == .trueColor)
        #expect(Capabilities.detect(environment: ["TERM": "dumb"], isTerminal: true, windowColumns: 80).colorDepth == .none)
    }

    @Test func anUnsetOrEmptyTermIsTreatedLikeDumb() {
        #expect(Capabilities.detect(environment: [:], isTerminal: true, windowColumns: 80).colorDepth == .none)
        #expect(Capabilities.detect(environment: ["TERM": ""], isTerminal: true, windowColumns: 80).colorDepth == .none)
        #expect(!Capabilities.termTakesEscapes([:]))
        #expect(!Capabilities.termTakesEscapes(["TERM": "dumb"]))
        #expect(Capabilities.termTakesEscapes(["TERM": "screen"]))
    }

    @Test func explicitChoicesWin() {
        #expect(Capabilities.detect(color: .never, environment: tty, isTerminal: true, windowColumns: 80).colorDepth == .none)
        let forced = Capabilities.detect(color: .always, environment: ["NO_COLOR": "1"], isTerminal: false, windowColumns: nil)
        #expect(forced.colorDepth == .ansi16)
        #expect(Capabilities.detect(ascii: true, environment: tty, isTerminal: true, windowColumns: 80).glyphs == .ascii)
    }

    @Test func widthComesFromOptionThenWindowThenColumnsThen80() {
        let env = ["COLUMNS": "99"]
        #expect(Capabilities.detect(width: 50, environment: env, isTerminal: true, windowColumns: 120).width == 50)
        #expect(Capabilities.detect(environment: env, isTerminal: true, windowColumns: 120).width == 120)
        #expect(Capabilities.detect(environment: env, isTerminal: true, windowColumns: nil).width == 99)
        #expect(Capabilities.detect(environment: env, isTerminal: false, windowColumns: nil).width == 99)
        #expect(Capabilities.detect(environment: ["COLUMNS": "junk"], isTerminal: false, windowColumns: nil).width == 80)
    }
}
