/// One block of a chapter: a Markdown block or a `:::` directive, with its source range.
public struct Block: Sendable {
    public indirect enum Kind: Sendable {
        /// `#`, `##` or `###` (level 1–6 are read; levels over 3 draw a warning).
        case heading(level: Int, content: [Inline])
        case paragraph([Inline])
        /// A fenced code block; `language` is the word after the opening fence.
        case code(language: String?, text: String)
        case list(MarkdownList)
        /// A `>` block quote and the blocks inside it.
        case quote([Block])
        case table(MarkdownTable)
        /// `---`, `***` or `___` on its own line.
        case rule
        case directive(Directive)
    }

    public var kind: Kind
    public var range: SourceRange

    public init(_ kind: Kind, range: SourceRange) {
        self.kind = kind
        self.range = range
    }
}

/// A `-`/`*` bullet list or a `1.` numbered list.
public struct MarkdownList: Sendable {
    public var ordered: Bool
    /// The number of the first item of a numbered list (1 for bullet lists).
    public var start: Int
    public var items: [ListItem]

    public init(ordered: Bool, start: Int, items: [ListItem]) {
        self.ordered = ordered
        self.start = start
        self.items = items
    }
}

/// One list item: the blocks it holds (usually one paragraph; nested lists are blocks too).
public struct ListItem: Sendable {
    public var blocks: [Block]
    public var range: SourceRange

    public init(blocks: [Block], range: SourceRange) {
        self.blocks = blocks
        self.range = range
    }
}

/// A GitHub pipe table.
public struct MarkdownTable: Sendable {
    public enum Alignment: String, Sendable {
        case none, left, center, right
    }

    public var alignments: [Alignment]
    public var header: [TableCell]
    /// Body rows; a short row is padded with empty cells, a long one cut, to the header's width.
    public var rows: [[TableCell]]

    public init(alignments: [Alignment], header: [TableCell], rows: [[TableCell]]) {
        self.alignments = alignments
        self.header = header
        self.rows = rows
    }
}

/// One cell of a table.
public struct TableCell: Sendable {
    public var content: [Inline]
    public var range: SourceRange

    public init(content: [Inline], range: SourceRange) {
        self.content = content
        self.range = range
    }
}
