import Testing
@testable import TrainingCore

@Test func moduleIsNamed() {
    #expect(TrainingCoreModule.name == "TrainingCore")
}
