/// A span of text inside a block: plain text, `**strong**`, `*emphasis*`, `` `code` `` or the
/// line break between two lines of a paragraph.
public struct Inline: Sendable {
    public indirect enum Kind: Sendable {
        case text(String)
        case strong([Inline])
        case emphasis([Inline])
        case code(String)
        /// The end of a source line inside a paragraph: a space when text is reflowed.
        case softBreak
    }

    public var kind: Kind
    public var range: SourceRange

    public init(_ kind: Kind, range: SourceRange) {
        self.kind = kind
        self.range = range
    }

    /// The text without markup, soft breaks as spaces.
    public var plainText: String {
        switch kind {
        case .text(let text), .code(let text): text
        case .strong(let children), .emphasis(let children): children.plainText
        case .softBreak: " "
        }
    }
}

extension Array where Element == Inline {
    /// The text of the spans without markup, soft breaks as spaces.
    public var plainText: String { map(\.plainText).joined() }
}
