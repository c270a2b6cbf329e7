/// Makes untrusted text safe to draw: no control character or escape sequence survives.
///
/// Lesson files, quiz files, answer files and CSV headers are drawn as text. This sanitizer
/// turns C0 controls into caret notation (`ESC` → `^[`, so `"\u{1B}[31m"` shows as `^[[31m`),
/// DEL into `^?`, C1 controls into `<9B>`-style hex, drops bidirectional overrides and
/// isolates (they reorder what the reader sees) and carriage returns, and expands tabs to the
/// next multiple of `tabWidth` cells. Newlines are kept or turned into spaces by `newlines`.
/// The result contains only printable scalars (plus `\n` when kept). ``Frame`` applies it to
/// everything it draws; other modules call it before printing text they did not write.
public enum TextSanitizer {
    /// What to do with line breaks.
    public enum Newlines: Sendable {
        /// Keep `\n` (for multi-line text that is split into lines later).
        case keep
        /// Replace each line break with one space (for one-line labels).
        case space
    }

    /// The sanitized text. Printable ASCII passes through unchanged (fast path).
    public static func sanitize(_ text: String, newlines: Newlines = .keep, tabWidth: Int = 4) -> String {
        if isPlainPrintable(text) { return text }
        var result = String.UnicodeScalarView()
        var column = 0
        for scalar in text.unicodeScalars {
            let v = scalar.value
            switch v {
            case 0x0A:
                if newlines == .keep {
                    result.append(scalar)
                    column = 0
                } else {
                    result.append(" ")
                    column += 1
                }
            case 0x09:
                let stop = max(1, tabWidth)
                let spaces = stop - column % stop
                for _ in 0..<spaces { result.append(" ") }
                column += spaces
            case 0x0D:
                continue
            case 0x00..<0x20:
                result.append("^")
                result.append(Unicode.Scalar(UInt8(v + 0x40)))
                column += 2
            case 0x7F:
                result.append(contentsOf: "^?".unicodeScalars)
                column += 2
            case 0x80..<0xA0:
                let hex = String(v, radix: 16, uppercase: true)
                result.append(contentsOf: "<\(hex)>".unicodeScalars)
                column += 4
            case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C, 0xFFF9...0xFFFB:
                continue
            default:
                result.append(scalar)
                column += TextWidth.cells(of: scalar)
            }
        }
        return String(result)
    }

    /// `true` when `text` has no scalar the sanitizer would change.
    public static func isSafe(_ text: String) -> Bool {
        isPlainPrintable(text) || sanitize(text) == text
    }

    private static func isPlainPrintable(_ text: String) -> Bool {
        for byte in text.utf8 where byte < 0x20 || byte >= 0x7F { return false }
        return true
    }
}
