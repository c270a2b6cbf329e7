import Testing
@testable import Grading

@Test func moduleIsNamed() {
    #expect(GradingModule.name == "Grading")
}
