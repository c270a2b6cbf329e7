import Testing
@testable import Course

@Suite struct LessonManifestParserTests {
    @Test func validManifest() throws {
        let (manifest, diagnostics) = LessonManifestParser.parse(source("""
            id: practical-methodology
            title: Practical Methodology
            summary: One line.
            prerequisites: [intro]
            chapters:
              - 01-why-methodology
              - 02-data-pipeline.md
            """, path: "lesson.yaml"), folderName: "practical-methodology")
        #expect(diagnostics.isEmpty)
        let parsed = try #require(manifest)
        #expect(parsed.chapters.map(\.name) == ["01-why-methodology", "02-data-pipeline"])
        #expect(parsed.prerequisites.map(\.name) == ["intro"])
        #expect(parsed.chapters[1].location == SourceLocation(line: 7, column: 5))
    }

    @Test func everyProblemIsReported() {
        let (_, diagnostics) = LessonManifestParser.parse(source("""
            id: Wrong_Id
            summary: [not, text]
            chapters: [intro, 01-a, 01-a]
            extra: 1
            """, path: "lesson.yaml"), folderName: "x")
        #expect(render(diagnostics) == """
            lesson.yaml:1:1: error: the lesson has no 'title'
            lesson.yaml:1:5: error: lesson id 'Wrong_Id' must be lowercase letters, digits and dashes
            lesson.yaml:2:10: error: 'summary' must be text, not a list
            lesson.yaml:3:12: error: chapter 'intro' is not a chapter file stem like '01-introduction'
            lesson.yaml:3:25: error: chapter '01-a' is listed twice (first at line 3)
            lesson.yaml:4:1: warning: unknown key 'extra' in the lesson; it is ignored

            """)
    }
}
