/// One terminal cell: a glyph and its style.
///
/// A wide glyph (East Asian wide, emoji) occupies two cells: the left one holds the glyph
/// with `isContinuation == false`, the right one is a continuation cell (`isContinuation ==
/// true`) that encoders skip. ``Frame`` keeps the pair consistent when either half is
/// overwritten. Glyphs are never control characters: frames sanitize all text they draw.
public struct Cell: Hashable, Sendable {
    /// The grapheme shown in this cell (a space for an empty cell).
    public var glyph: Character
    public var style: Style
    /// `true` for the right half of a wide glyph that starts in the cell to its left.
    public var isContinuation: Bool

    public init(_ glyph: Character = " ", style: Style = .plain) {
        self.glyph = glyph
        self.style = style
        self.isContinuation = false
    }

    /// An empty cell in the default style.
    public static let blank = Cell()

    /// The right half of a wide glyph.
    static func continuation(_ style: Style) -> Cell {
        var cell = Cell(" ", style: style)
        cell.isContinuation = true
        return cell
    }

    /// Cells the glyph takes on screen (1 or 2; 0 for a continuation cell).
    public var width: Int { isContinuation ? 0 : TextWidth.cells(of: glyph) }
}
