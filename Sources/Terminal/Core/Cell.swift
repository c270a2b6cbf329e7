/// One terminal cell: a glyph and its style.
///
/// A wide glyph (East Asian wide, emoji) occupies two cells: the left one holds the glyph,
/// the right one is a continuation cell (`isContinuation == true`) that encoders skip.
/// ``Frame`` keeps the pair consistent when either half is overwritten. Glyphs are never
/// control characters: frames sanitize all text they draw.
///
/// Storage is plain data (the glyph's UTF-8 bytes inline, up to 15), so frames copy like
/// memory. A grapheme cluster longer than 15 bytes (a long emoji ZWJ sequence, a stack of
/// combining marks) keeps its leading scalars that fit, and its measured width.
public struct Cell: Hashable, Sendable {
    private var low: UInt64
    private var high: UInt64
    public var style: Style
    /// Cells the glyph takes: 0 (continuation or zero-width), 1 or 2.
    private var cells: UInt8
    /// `true` for the right half of a wide glyph that starts in the cell to its left.
    public private(set) var isContinuation: Bool

    public init(_ glyph: Character = " ", style: Style = .plain) {
        self.style = style
        self.isContinuation = false
        if let ascii = glyph.asciiValue {
            low = UInt64(ascii)
            high = 0
            cells = ascii >= 0x20 && ascii != 0x7F ? 1 : 0
            return
        }
        (low, high) = Cell.pack(glyph)
        cells = UInt8(TextWidth.cells(of: glyph))
    }

    /// A cell holding one scalar (fast path for plots: braille, blocks, box drawing).
    public init(scalar: Unicode.Scalar, style: Style = .plain) {
        self.style = style
        self.isContinuation = false
        var packed: UInt64 = 0
        var shift: UInt64 = 0
        for byte in UTF8.encode(scalar)! {
            packed |= UInt64(byte) << shift
            shift += 8
        }
        low = packed
        high = 0
        cells = UInt8(TextWidth.cells(of: scalar))
    }

    private static func pack(_ glyph: Character) -> (UInt64, UInt64) {
        var low: UInt64 = 0, high: UInt64 = 0
        var count = 0
        for scalar in glyph.unicodeScalars {
            let encoded = UTF8.encode(scalar)!
            if count + encoded.count > 15 { break }
            for byte in encoded {
                if count < 8 { low |= UInt64(byte) << UInt64(8 * count) } else { high |= UInt64(byte) << UInt64(8 * (count - 8)) }
                count += 1
            }
        }
        return (low, high)
    }

    /// An empty cell in the default style.
    public static let blank = Cell()

    /// The right half of a wide glyph.
    static func continuation(_ style: Style) -> Cell {
        var cell = Cell(" ", style: style)
        cell.isContinuation = true
        cell.cells = 0
        return cell
    }

    /// The grapheme shown in this cell (a space for an empty cell).
    public var glyph: Character {
        get {
            if high == 0 && low < 0x80 { return Character(Unicode.Scalar(UInt8(low))) }
            var bytes: [UInt8] = []
            appendUTF8(to: &bytes)
            return Character(String(decoding: bytes, as: UTF8.self))
        }
        set { self = Cell(newValue, style: style) }
    }

    /// Cells the glyph takes on screen (1 or 2; 0 for a continuation cell).
    public var width: Int { Int(cells) }

    /// The ASCII byte of the glyph, when it is one.
    var asciiByte: UInt8? { high == 0 && low < 0x80 ? UInt8(low) : nil }

    /// `true` for a space glyph.
    var isSpace: Bool { low == 0x20 && high == 0 }

    /// Appends the glyph's UTF-8 bytes.
    @inline(__always)
    func appendUTF8(to bytes: inout [UInt8]) {
        var word = low
        while word != 0 {
            bytes.append(UInt8(truncatingIfNeeded: word))
            word >>= 8
        }
        word = high
        while word != 0 {
            bytes.append(UInt8(truncatingIfNeeded: word))
            word >>= 8
        }
    }
}
