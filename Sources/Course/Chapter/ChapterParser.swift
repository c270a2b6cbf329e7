/// Parses chapter scripts (`NN-slug.md`): YAML front matter, Markdown and `:::` directives.
///
/// Reports every problem it finds in the file, not just the first; what can be parsed is still
/// returned. Links to things outside the file (the quiz, simulation ids and parameters) are
/// checked by ``CourseValidator``.
public enum ChapterParser {
    /// The keys the front matter may have.
    public static let frontMatterKeys = ["id", "title", "quiz"]

    /// Parses `source`. `expectedID`, when given, is the file stem the front matter's id must
    /// equal. Returns the chapter (nil only when nothing usable was found) and the diagnostics.
    public static func parse(_ source: SourceFile, expectedID: String? = nil) -> (Chapter?, [Diagnostic]) {
        var sink = DiagnosticSink(path: source.path)
        if source.isBlank {
            sink.error("empty chapter: a chapter starts with front matter (---, id, title, ---)", at: .start)
            return (nil, sink.finish())
        }
        let lines = source.lines.enumerated().map { SourceLine(number: $0.offset + 1, text: $0.element, column: 1) }
        var bodyStart = 0
        var frontMatter: ChapterFrontMatter?
        if let first = lines.first, isFrontMatterFence(first.text) {
            var closing: Int?
            for index in 1..<max(1, lines.count) where isFrontMatterFence(lines[index].text) || lines[index].text.trimmingSpaces() == "..." {
                closing = index
                break
            }
            let yamlEnd: Int
            if let closing {
                yamlEnd = closing
                bodyStart = closing + 1
            } else {
                // Recover: the front matter probably ends at the first blank line.
                yamlEnd = lines.firstIndex(where: { $0.number > 1 && $0.isBlank }) ?? lines.count
                bodyStart = yamlEnd
                sink.error("front matter is never closed", at: .start,
                           hint: "add a line '---' after the front matter")
            }
            let yaml = lines[1..<max(1, yamlEnd)].map { String($0.text) }.joined(separator: "\n")
            let range = SourceRange(start: .start, end: closing.map { lines[$0].end } ?? lines[max(0, yamlEnd - 1)].end)
            frontMatter = parseFrontMatter(yaml, range: range, expectedID: expectedID, sink: &sink)
        } else {
            sink.error("chapter has no front matter: start the file with a line '---', then id and title, then '---'",
                       at: .start)
        }
        var parser = MarkdownBlockParser(sink: sink)
        let blocks = parser.parseBlocks(Array(lines[min(bodyStart, lines.count)...]), depth: 0, directivesAllowed: true)
        sink = parser.sink
        let matter = frontMatter ?? ChapterFrontMatter(id: expectedID ?? "", idLocation: .start, title: "", quiz: nil,
                                                       quizLocation: nil, range: SourceRange(at: .start))
        return (Chapter(path: source.path, frontMatter: matter, blocks: blocks), sink.finish())
    }

    private static func isFrontMatterFence(_ text: Substring) -> Bool {
        text.trimmingSpaces() == "---" && text.hasPrefix("---")
    }

    private static func parseFrontMatter(_ yaml: String, range: SourceRange, expectedID: String?,
                                         sink: inout DiagnosticSink) -> ChapterFrontMatter? {
        if yaml.allSatisfy(\.isWhitespace) {
            sink.error("front matter is empty: it needs id and title", at: range.start)
            return nil
        }
        guard let root = YAMLReader.parse(yaml, lineOffset: 1, sink: &sink),
              var reader = YAMLMappingReader(root, what: "front matter", sink: &sink) else { return nil }
        let id = reader.string("id", required: true, sink: &sink)
        if let (text, location) = id {
            if !CourseID.isChapterStem(text) {
                // The id may well be the file's stem: what is wrong is its shape.
                let fix = expectedID.flatMap { CourseID.isChapterStem($0) && $0 != text ? "set id: \($0)" : nil }
                sink.error("chapter id '\(text)' must be two digits, a dash and a name (NN-slug, like '01-introduction'), and the file is named after it",
                           at: location, hint: fix ?? "rename the file and set the id to NN-slug, like 01-introduction")
            } else if let expectedID, expectedID != text {
                sink.error("chapter id '\(text)' does not match its file name '\(expectedID).md'", at: location,
                           hint: "set id: \(expectedID)")
            }
        }
        let title = reader.string("title", required: true, sink: &sink)
        let quiz = reader.string("quiz", sink: &sink)
        if let (text, location) = quiz, !CourseID.isQuizID(text) {
            sink.error("quiz '\(text)' is not a quiz id like 'lesson-id/03-chapter'", at: location)
        }
        reader.reportUnknownKeys(known: frontMatterKeys, sink: &sink)
        return ChapterFrontMatter(id: id?.0 ?? expectedID ?? "", idLocation: id?.1 ?? root.location,
                                  title: title?.0 ?? "", quiz: quiz?.0, quizLocation: quiz?.1, range: range)
    }
}
