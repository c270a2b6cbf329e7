/// Width-preserving ASCII replacements for the Unicode glyphs widgets use.
///
/// The ASCII encoder's safety net: widgets draw ASCII themselves when the theme says so, and
/// anything non-ASCII that still reaches the encoder (box drawing, blocks, braille, arrows,
/// typographic punctuation, accented letters, text from files) is replaced here by printable
/// ASCII of the same cell width (`?` when nothing fits better; `??` for a wide glyph).
public enum ASCIIFallback {
    /// The replacement for one glyph: itself when ASCII, otherwise as many ASCII characters as
    /// the glyph is wide.
    public static func replacement(for glyph: Character) -> String {
        if glyph.isASCII { return String(glyph) }
        let width = TextWidth.cells(of: glyph)
        guard let scalar = glyph.unicodeScalars.first else { return "" }
        if width == 2 { return "??" }
        if width == 0 { return "" }
        if scalar.isASCII, scalar.value >= 0x20, scalar.value < 0x7F { return String(Character(scalar)) }
        return String(single(scalar))
    }

    private static func single(_ scalar: Unicode.Scalar) -> Character {
        let v = scalar.value
        switch v {
        case 0x2500...0x257F: return boxDrawing(v)
        case 0x2580...0x259F: return block(v)
        case 0x2800...0x28FF: return braille(UInt8(v - 0x2800))
        default: break
        }
        if let mapped = symbols[v] { return mapped }
        if let letter = latinBase(v) { return letter }
        return "?"
    }

    private static func boxDrawing(_ v: UInt32) -> Character {
        switch v {
        case 0x2500, 0x2501, 0x2504, 0x2505, 0x2508, 0x2509, 0x254C, 0x254D, 0x2574, 0x2576, 0x2578, 0x257A, 0x257C, 0x257E:
            return "-"
        case 0x2550: return "="
        case 0x2502, 0x2503, 0x2506, 0x2507, 0x250A, 0x250B, 0x254E, 0x254F, 0x2551, 0x2575, 0x2577, 0x2579, 0x257B, 0x257D, 0x257F:
            return "|"
        case 0x2571: return "/"
        case 0x2572: return "\\"
        case 0x2573: return "X"
        default: return "+"
        }
    }

    private static func block(_ v: UInt32) -> Character {
        switch v {
        case 0x2580, 0x2594: return "\""      // upper half, upper eighth
        case 0x2581, 0x2582, 0x2583: return "_"
        case 0x2591: return "."               // light shade
        case 0x2592: return ":"               // medium shade
        case 0x2593: return "%"               // dark shade
        default: return "#"                   // full, lower/left partial blocks, quadrants
        }
    }

    /// A braille pattern by where its dots are: top only `'`, bottom only `.`, both `:`.
    private static func braille(_ bits: UInt8) -> Character {
        if bits == 0 { return " " }
        let top = bits & 0b0001_1011 != 0      // dots 1, 2, 4, 5
        let bottom = bits & 0b1110_0100 != 0   // dots 3, 6, 7, 8
        if top && bottom { return ":" }
        return top ? "'" : "."
    }

    private static let symbols: [UInt32: Character] = [
        0x00A0: " ", 0x00A9: "c", 0x00AB: "<", 0x00AE: "r", 0x00B0: "o", 0x00B1: "+", 0x00B5: "u",
        0x00B7: ".", 0x00BB: ">", 0x00D7: "x", 0x00F7: "/", 0x2010: "-", 0x2011: "-", 0x2012: "-",
        0x2013: "-", 0x2014: "-", 0x2015: "-", 0x2018: "'", 0x2019: "'", 0x201A: ",", 0x201C: "\"",
        0x201D: "\"", 0x201E: "\"", 0x2022: "*", 0x2023: ">", 0x2026: ".", 0x2032: "'", 0x2033: "\"",
        0x2039: "<", 0x203A: ">", 0x2190: "<", 0x2191: "^", 0x2192: ">", 0x2193: "v", 0x2194: "-",
        0x2195: "|", 0x21B5: "<", 0x21E5: ">", 0x2212: "-", 0x2219: ".", 0x221E: "8", 0x2248: "~",
        0x2260: "#", 0x2264: "<", 0x2265: ">", 0x22C5: ".", 0x25A0: "#", 0x25A1: "#", 0x25AA: "#",
        0x25AB: "#", 0x25B2: "^", 0x25B3: "^", 0x25B4: "^", 0x25B6: ">", 0x25B7: ">", 0x25B8: ">",
        0x25B9: ">", 0x25BA: ">", 0x25BC: "v", 0x25BD: "v", 0x25BE: "v", 0x25C0: "<", 0x25C1: "<",
        0x25C2: "<", 0x25C4: "<", 0x25C6: "*", 0x25C7: "*", 0x25CB: "o", 0x25CF: "o", 0x25C9: "@",
        0x25CE: "@", 0x25E6: "o", 0x2605: "*", 0x2606: "*", 0x2713: "v", 0x2714: "v", 0x2715: "x",
        0x2716: "x", 0x2717: "x", 0x2718: "x", 0x271A: "+", 0x2726: "*", 0x2727: "*", 0x2756: "*",
        0x276F: ">", 0x2770: "<", 0x2771: ">", 0x27E8: "<", 0x27E9: ">", 0x2B24: "o", 0x2302: "^",
        0x23F5: ">", 0x2460: "1", 0x2461: "2", 0x2462: "3", 0x2463: "4", 0x2464: "5", 0x2465: "6",
        0x2466: "7", 0x2467: "8", 0x2468: "9",
    ]

    /// The unaccented base letter of common Latin-1 and Latin Extended-A letters.
    private static func latinBase(_ v: UInt32) -> Character? {
        let table: [(ClosedRange<UInt32>, Character)] = [
            (0xC0...0xC5, "A"), (0xC7...0xC7, "C"), (0xC8...0xCB, "E"), (0xCC...0xCF, "I"),
            (0xD1...0xD1, "N"), (0xD2...0xD6, "O"), (0xD8...0xD8, "O"), (0xD9...0xDC, "U"),
            (0xDD...0xDD, "Y"), (0xDF...0xDF, "s"), (0xE0...0xE5, "a"), (0xE7...0xE7, "c"),
            (0xE8...0xEB, "e"), (0xEC...0xEF, "i"), (0xF1...0xF1, "n"), (0xF2...0xF6, "o"),
            (0xF8...0xF8, "o"), (0xF9...0xFC, "u"), (0xFD...0xFD, "y"), (0xFF...0xFF, "y"),
        ]
        for (range, letter) in table where range.contains(v) { return letter }
        return nil
    }
}
