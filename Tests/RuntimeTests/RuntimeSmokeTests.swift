import Testing
@testable import Runtime

@Test func moduleIsNamed() {
    #expect(RuntimeModule.name == "Runtime")
}
