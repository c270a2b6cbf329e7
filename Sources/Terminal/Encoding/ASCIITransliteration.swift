/// Prose for ASCII-only output, before it is laid out: letters and signs that have a usual
/// ASCII spelling get it (`λ` → `lambda`, `w²` → `w^2`, `x₁` → `x_1`, `≤` → `<=`, `→` → `->`),
/// so formulas in lessons stay readable where ``ASCIIFallback`` (one cell for one cell) could
/// only print `?`. Anything else is left for the encoder's fallback.
public enum ASCIITransliteration {
    /// `text` with every known non-ASCII letter or sign spelled in ASCII.
    public static func text(_ text: String) -> String {
        guard !text.allSatisfy(\.isASCII) else { return text }
        var out = ""
        var run: Run = .none
        for character in text {
            let scalar = character.unicodeScalars.first!
            if character.unicodeScalars.count == 1, let (kind, digit) = script(scalar) {
                if run != kind { out += kind == .superscript ? "^" : "_" }
                out.append(digit)
                run = kind
                continue
            }
            run = .none
            if character.unicodeScalars.count == 1, let spelled = spellings[scalar.value] {
                out += spelled
            } else {
                out.append(character)
            }
        }
        return out
    }

    private enum Run { case none, superscript, `subscript` }

    /// A superscript or subscript digit, sign or letter, and its plain character.
    private static func script(_ scalar: Unicode.Scalar) -> (Run, Character)? {
        switch scalar.value {
        case 0x2070: return (.superscript, "0")
        case 0x00B9: return (.superscript, "1")
        case 0x00B2: return (.superscript, "2")
        case 0x00B3: return (.superscript, "3")
        case 0x2074...0x2079: return (.superscript, Character(Unicode.Scalar(scalar.value - 0x2074 + 0x34)!))
        case 0x207A: return (.superscript, "+")
        case 0x207B: return (.superscript, "-")
        case 0x207F: return (.superscript, "n")
        case 0x2071: return (.superscript, "i")
        case 0x2080...0x2089: return (.subscript, Character(Unicode.Scalar(scalar.value - 0x2080 + 0x30)!))
        case 0x208A: return (.subscript, "+")
        case 0x208B: return (.subscript, "-")
        case 0x1D62: return (.subscript, "i")
        case 0x2C7C: return (.subscript, "j")
        default: return nil
        }
    }

    private static let spellings: [UInt32: String] = [
        // Greek letters, as written in formulas.
        0x03B1: "alpha", 0x03B2: "beta", 0x03B3: "gamma", 0x03B4: "delta", 0x03B5: "epsilon",
        0x03F5: "epsilon", 0x03B6: "zeta", 0x03B7: "eta", 0x03B8: "theta", 0x03B9: "iota",
        0x03BA: "kappa", 0x03BB: "lambda", 0x03BC: "mu", 0x00B5: "mu", 0x03BD: "nu", 0x03BE: "xi",
        0x03C0: "pi", 0x03C1: "rho", 0x03C3: "sigma", 0x03C4: "tau", 0x03C5: "upsilon",
        0x03C6: "phi", 0x03D5: "phi", 0x03C7: "chi", 0x03C8: "psi", 0x03C9: "omega",
        0x0393: "Gamma", 0x0394: "Delta", 0x0398: "Theta", 0x039B: "Lambda", 0x03A0: "Pi",
        0x03A3: "sum", 0x03A6: "Phi", 0x03A8: "Psi", 0x03A9: "Omega",
        // Mathematical signs.
        0x2211: "sum", 0x220F: "prod", 0x221A: "sqrt", 0x221E: "inf", 0x2207: "grad", 0x2202: "d",
        0x2264: "<=", 0x2265: ">=", 0x2260: "!=", 0x2248: "~", 0x2243: "~", 0x2261: "==",
        0x00B1: "+/-", 0x00D7: "x", 0x00F7: "/", 0x22C5: "*", 0x00B7: "*", 0x2212: "-",
        0x2208: "in", 0x2192: "->", 0x2190: "<-", 0x2194: "<->", 0x2191: "up", 0x2193: "down", 0x21D2: "=>", 0x27F6: "->",
        0x2016: "||", 0x2225: "||", 0x00BD: "1/2", 0x00BC: "1/4", 0x00BE: "3/4",
        // Typography.
        0x2026: "...", 0x2014: "--", 0x2013: "-", 0x2018: "'", 0x2019: "'", 0x201C: "\"",
        0x201D: "\"", 0x00A0: " ", 0x2009: " ", 0x202F: " ", 0x2022: "*", 0x00A9: "(c)",
    ]
}
