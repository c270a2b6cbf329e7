import Testing
@testable import Simulations

@Test func moduleIsNamed() {
    #expect(SimulationsModule.name == "Simulations")
}
