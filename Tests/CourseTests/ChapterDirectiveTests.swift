import Testing
@testable import Course

@Test func aMisspeltDirectiveIsReportedAtItsLineWithAHint() {
    let text = "---\nid: 01-demo\ntitle: Demo\n---\n# Demo\n\nSome prose.\n\n::: insigth\nBoxed.\n:::\n"
    let (_, diagnostics) = ChapterParser.parse(SourceFile(path: "Lessons/demo/01-demo.md", text: text), expectedID: "01-demo")
    let errors = diagnostics.filter { $0.severity == .error }
    #expect(errors.count >= 1)
    #expect(errors.first?.location?.line == 9)
    #expect(errors.first.map { ($0.hint ?? "") + $0.message }?.contains("insight") == true)
}

@Test func aWellFormedChapterHasItsDirectives() {
    let text = "---\nid: 01-demo\ntitle: Demo\n---\n# Demo\n\n::: sim grid-vs-random trials=9 mode=grid\nCount the rates.\n:::\n"
    let (chapter, diagnostics) = ChapterParser.parse(SourceFile(path: "Lessons/demo/01-demo.md", text: text), expectedID: "01-demo")
    #expect(diagnostics.filter { $0.severity == .error }.isEmpty)
    #expect(chapter?.directives.count == 1)
    #expect(chapter?.frontMatter.title == "Demo")
}
