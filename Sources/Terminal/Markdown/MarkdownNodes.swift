extension Markdown {
    /// A block of a Markdown document.
    public indirect enum Block: Hashable, Sendable {
        /// `#`…`######` (and setext `===` / `---` underlines).
        case heading(level: Int, content: [Inline])
        case paragraph([Inline])
        /// Fenced (``` or ~~~) or indented code, verbatim; `language` is the info string's first word.
        case codeBlock(language: String?, code: String)
        /// Items are lists of blocks; `start` is the first number of an ordered list.
        case list(ordered: Bool, start: Int, items: [[Block]])
        case quote([Block])
        /// A GitHub pipe table.
        case table(header: [[Inline]], alignments: [Alignment], rows: [[[Inline]]])
        /// `---`, `***`, `___`.
        case rule
    }

    /// Inline content of a paragraph, heading or table cell.
    public indirect enum Inline: Hashable, Sendable {
        case text(String)
        case strong([Inline])
        case emphasis([Inline])
        case code(String)
        case link(text: [Inline], url: String)
        /// A hard line break (two trailing spaces or a backslash before the newline).
        case lineBreak
    }
}
