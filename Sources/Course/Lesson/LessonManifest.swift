/// A lesson's `lesson.yaml`: its id, title, summary, prerequisites and chapter order.
public struct LessonManifest: Sendable {
    /// A name written in the manifest, with where it was written.
    public struct Reference: Sendable, Hashable {
        public var name: String
        public var location: SourceLocation

        public init(name: String, location: SourceLocation) {
            self.name = name
            self.location = location
        }
    }

    /// The path of the `lesson.yaml` file.
    public var path: String
    /// Must equal the lesson's folder name.
    public var id: String
    public var idLocation: SourceLocation
    public var title: String
    public var summary: String
    /// Lesson ids the learner should finish first.
    public var prerequisites: [Reference]
    /// Chapter file stems (`01-why`), in playing order.
    public var chapters: [Reference]

    public init(path: String, id: String, idLocation: SourceLocation, title: String, summary: String,
                prerequisites: [Reference], chapters: [Reference]) {
        self.path = path
        self.id = id
        self.idLocation = idLocation
        self.title = title
        self.summary = summary
        self.prerequisites = prerequisites
        self.chapters = chapters
    }
}
