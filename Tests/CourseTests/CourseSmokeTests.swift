import Testing
@testable import Course

@Test func moduleIsNamed() {
    #expect(CourseModule.name == "Course")
}
