/// Makes untrusted text safe to print on a terminal: no escape sequence, no control character and
/// no bidirectional override reaches the screen as itself.
///
/// Control characters (C0 except none, DEL, C1) and the Unicode bidi controls are written as
/// visible escapes: `\e`, `\n`, `\t`, `\r`, or `\u{202E}`. Ordinary text, including emoji and
/// accents, is unchanged.
public enum TerminalSafeText {
    /// `text` with every control character replaced by a visible escape.
    public static func escaping(_ text: some StringProtocol) -> String {
        if !text.unicodeScalars.contains(where: needsEscape) { return String(text) }
        var result = ""
        result.reserveCapacity(text.utf8.count + 8)
        for scalar in text.unicodeScalars {
            if needsEscape(scalar) {
                result += escape(scalar)
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// `text` escaped except for tabs, which stay tabs (for source excerpts that a caret line
    /// below must line up with).
    public static func escapingKeepingTabs(_ text: some StringProtocol) -> String {
        text.split(separator: "\t", omittingEmptySubsequences: false).map { escaping($0) }.joined(separator: "\t")
    }

    /// `text` cut to at most `limit` characters, with `…` marking a cut, then escaped.
    public static func escaping(_ text: some StringProtocol, limit: Int) -> String {
        guard text.count > limit else { return escaping(text) }
        return escaping(text.prefix(max(0, limit - 1))) + "…"
    }

    /// Whether a scalar must not reach a terminal as itself.
    public static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x20 || value == 0x7F { return true }
        if (0x80...0x9F).contains(value) { return true }
        if (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value) { return true }
        if value == 0x200E || value == 0x200F || value == 0x061C { return true }
        return false
    }

    private static func escape(_ scalar: Unicode.Scalar) -> String {
        switch scalar {
        case "\n": return "\\n"
        case "\t": return "\\t"
        case "\r": return "\\r"
        case "\u{1B}": return "\\e"
        default: return "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
        }
    }
}
