/// Parses `lesson.yaml` files (see Docs/FORMATS.md) and reports every problem in one go.
public enum LessonManifestParser {
    /// The keys a manifest may have.
    public static let keys = ["id", "title", "summary", "prerequisites", "chapters"]

    /// Parses a manifest. `folderName`, when given, is the lesson folder the id must equal.
    /// Returns the manifest when it could be read at all (possibly with errors in the
    /// diagnostics) and every diagnostic found.
    public static func parse(_ source: SourceFile, folderName: String? = nil) -> (LessonManifest?, [Diagnostic]) {
        var sink = DiagnosticSink(path: source.path)
        if source.isBlank {
            sink.error("empty lesson.yaml: it needs id, title, summary and chapters", at: .start)
            return (nil, sink.finish())
        }
        guard let root = YAMLReader.parse(source.text, sink: &sink),
              var reader = YAMLMappingReader(root, what: "lesson", sink: &sink) else {
            return (nil, sink.finish())
        }
        let id = reader.string("id", required: true, sink: &sink)
        if let (text, location) = id {
            if !CourseID.isValid(text) {
                sink.error("lesson id '\(text)' must be lowercase letters, digits and dashes", at: location)
            } else if let folderName, folderName != text {
                sink.error("lesson id '\(text)' does not match its folder '\(folderName)'", at: location,
                           hint: "rename the folder or set id: \(folderName)")
            }
        }
        let title = reader.string("title", required: true, sink: &sink)
        let summary = reader.string("summary", required: true, sink: &sink)
        var prerequisites: [LessonManifest.Reference] = []
        if let list = reader.stringList("prerequisites", sink: &sink) {
            for (name, location) in list {
                if !CourseID.isValid(name) {
                    sink.error("prerequisite '\(name)' is not a lesson id", at: location)
                }
                prerequisites.append(.init(name: name, location: location))
            }
        }
        var chapters: [LessonManifest.Reference] = []
        if let value = reader.required("chapters", sink: &sink, hint: "list the chapter file stems in playing order"),
           let list = YAMLMappingReader.strings(in: value, key: "chapters", sink: &sink) {
            var seen: [String: SourceLocation] = [:]
            for (name, location) in list {
                var stem = name
                if stem.hasSuffix(".md") { stem.removeLast(3) }
                if !CourseID.isChapterStem(stem) {
                    sink.error("chapter '\(name)' is not a chapter file stem like '01-introduction'", at: location)
                }
                if let first = seen[stem] {
                    sink.error("chapter '\(stem)' is listed twice (first at line \(first.line))", at: location)
                } else {
                    seen[stem] = location
                }
                chapters.append(.init(name: stem, location: location))
            }
            if list.isEmpty {
                sink.error("'chapters' lists no chapter", at: value.location)
            }
        }
        reader.reportUnknownKeys(known: keys, sink: &sink)
        let manifest = LessonManifest(path: source.path, id: id?.0 ?? folderName ?? "", idLocation: id?.1 ?? root.location,
                                      title: title?.0 ?? "", summary: summary?.0 ?? "",
                                      prerequisites: prerequisites, chapters: chapters)
        return (manifest, sink.finish())
    }
}
