import Terminal
import Testing
@testable import Simulations

/// The chrome's key help line is there only where keys work.
@Suite struct SimulationChromeTests {
    let chrome = SimulationChrome(title: "A simulation", settings: Settings(defaults: [.choice("view", ["one", "two"], default: "one", help: "Which.")]),
                                  focus: 0, reading: "What it shows.", keyHelp: "←/→ change  ? help  q done")

    private func text(keysWork: Bool) -> String {
        chrome.frame(size: ViewSize(width: 60, height: 20, keysWork: keysWork), theme: .mono) { width, _ in
            Frame(styledLines: [StyledText("body")], width: width)
        }.plainText
    }

    @Test func aLiveFrameEndsWithTheKeyHelp() {
        #expect(text(keysWork: true).hasSuffix("←/→ change  ? help  q done"))
    }

    @Test func aFramePrintedOnceHasNoKeyHelp() {
        let printed = text(keysWork: false)
        #expect(!printed.contains("q done"))
        #expect(printed.hasSuffix("What it shows."))
        #expect(printed.contains("body"))
    }
}
