/// A parsed chapter script: front matter and the blocks to play, each with its source range.
public struct Chapter: Sendable {
    /// The path of the chapter file.
    public var path: String
    public var frontMatter: ChapterFrontMatter
    /// Markdown blocks and directives in file order.
    public var blocks: [Block]

    public init(path: String, frontMatter: ChapterFrontMatter, blocks: [Block]) {
        self.path = path
        self.frontMatter = frontMatter
        self.blocks = blocks
    }

    /// Every directive of the chapter, in order.
    public var directives: [Directive] {
        blocks.compactMap {
            if case .directive(let directive) = $0.kind { return directive }
            return nil
        }
    }
}

/// The YAML between the `---` lines at the top of a chapter.
public struct ChapterFrontMatter: Sendable {
    /// The chapter's file stem, `03-hyperparameter-tuning`.
    public var id: String
    public var idLocation: SourceLocation
    public var title: String
    /// The chapter's quiz id (`lesson-id/NN-slug`), if it has one.
    public var quiz: String?
    public var quizLocation: SourceLocation?
    /// From the opening `---` to the end of the closing one.
    public var range: SourceRange

    public init(id: String, idLocation: SourceLocation, title: String, quiz: String?, quizLocation: SourceLocation?,
                range: SourceRange) {
        self.id = id
        self.idLocation = idLocation
        self.title = title
        self.quiz = quiz
        self.quizLocation = quizLocation
        self.range = range
    }
}
