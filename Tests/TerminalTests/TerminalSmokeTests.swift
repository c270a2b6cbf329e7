import Testing
@testable import Terminal

@Test func moduleIsNamed() {
    #expect(TerminalModule.name == "Terminal")
}
