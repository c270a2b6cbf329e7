import Course
import Foundation
import Testing
@testable import Runtime

@Suite struct CourseLibraryTests {
    /// An unknown quiz id has no file, so the diagnostic names none (no made-up Quizzes/… path).
    @Test func anUnknownQuizIsReportedWithoutAMadeUpPath() {
        let loaded = CourseLibrary(source: ContentSource(origin: .embedded)).quiz(named: "nope/nope")
        #expect(loaded.quiz == nil)
        #expect(DiagnosticFormatter().format(loaded.diagnostics) == """
            error: no quiz 'nope/nope' in the built-in course
              hint: 'lesson list' shows each chapter's quiz

            """)
    }
}
