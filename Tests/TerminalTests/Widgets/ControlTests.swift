import Testing
@testable import Terminal

@Suite struct ControlTests {
    private let plain = Theme.dark.adapted(to: .plain())

    @Test func sliderPlacesItsKnob() {
        let low = Slider("x", value: 0, range: 0...10).rendered(width: 30, theme: plain).plainText
        let high = Slider("x", value: 10, range: 0...10).rendered(width: 30, theme: plain).plainText
        #expect(low.firstIndex(of: "●")! < high.firstIndex(of: "●")!)
        #expect(high.hasSuffix("10"))
        let log = Slider("lr", value: 1e-3, range: 1e-6...1, logarithmic: true)
        #expect(abs(log.fraction - 0.5) < 1e-12)
    }

    @Test func focusIsVisibleWithoutColour() {
        #expect(Slider("lr", value: 1, range: 0...2, focused: true).rendered(width: 30, theme: plain).plainText.hasPrefix("▶ lr"))
        #expect(Toggle("dropout", isOn: true, focused: true).rendered(width: 30, theme: plain).plainText == "▶ ◉ dropout  on")
        let ascii = Theme.dark.adapted(to: .ascii())
        #expect(Toggle("dropout", isOn: false).rendered(width: 30, theme: ascii).plainText == "  [ ] dropout  off")
    }

    @Test func selectBracketsTheChoiceWithoutColourAndWraps() {
        let select = Select("view", options: ["expert", "beginner", "compare"], selected: 2)
        #expect(select.rendered(width: 40, theme: plain).plainText == "  view   expert   beginner  [compare]")
        #expect(select.rendered(width: 24, theme: plain).height == 3)
        let coloured = select.rendered(width: 40, theme: .dark)
        #expect(coloured[x: 30, y: 0].style.inverse)
    }

    @Test func statusLineLocalizesArrowsForASCII() {
        let line = StatusLine(keys: [.init("←/→", "adjust"), .init("q", "quit")])
        #expect(line.rendered(width: 40, theme: Theme.dark.adapted(to: .ascii())).plainText == "<-/-> adjust | q quit")
        #expect(line.rendered(width: 12, theme: plain).height == 2)
    }
}
