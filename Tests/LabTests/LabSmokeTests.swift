import Testing
@testable import Lab

@Test func moduleIsNamed() {
    #expect(LabModule.name == "Lab")
}
