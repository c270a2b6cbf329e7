import Terminal

/// Writes YAML scalars that read back exactly as the text they came from.
///
/// Plain where that is unambiguous (`early stopping`), double-quoted where YAML would read
/// something else (`"yes"`, `"0.5"`, `": x"`, control characters), and as a `|` block for
/// multi-line text.
public enum YAMLText {
    /// `text` as the value after `key: `; `indent` is the key's indentation, used by `|` blocks.
    public static func scalar(_ text: String, indent: Int = 0) -> String {
        if text.contains("\n"), canWriteAsBlock(text) {
            let pad = String(repeating: " ", count: indent + 2)
            var body = text
            var header = "|-"
            if body.hasSuffix("\n") {
                body.removeLast()
                header = "|"
                if body.hasSuffix("\n") { return quoted(text) }
            }
            let lines = body.split(separator: "\n", omittingEmptySubsequences: false)
                .map { $0.isEmpty ? "" : pad + $0 }
            return header + "\n" + lines.joined(separator: "\n")
        }
        return isPlainSafe(text) ? text : quoted(text)
    }

    /// `text` double-quoted with YAML escapes.
    public static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            default:
                if TerminalSafeText.needsEscape(scalar) || scalar.value == 0xFEFF || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    result += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    private static let reserved: Set<String> = [
        "true", "false", "yes", "no", "on", "off", "y", "n", "null", "~", "=", "<<",
    ]

    /// Whether `text` reads back as itself when written plain.
    public static func isPlainSafe(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return false }
        if first == " " || last == " " || last == ":" { return false }
        if "-?:,[]{}#&*!|>'\"%@`".unicodeScalars.contains(first) {
            // "-x" is plain-safe only as a negative-number-looking word; keep it simple: quote.
            return false
        }
        if reserved.contains(text.lowercased()) { return false }
        if text.contains(": ") || text.contains(" #") || text.contains("\t") { return false }
        if text.unicodeScalars.contains(where: { TerminalSafeText.needsEscape($0) || $0.value == 0xFEFF }) { return false }
        // Anything that YAML 1.1 might read as a number, date or special float.
        if let firstScalar = text.unicodeScalars.first, ("0"..."9").contains(firstScalar) || firstScalar == "." || firstScalar == "+" {
            return false
        }
        return true
    }

    private static func canWriteAsBlock(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, first != " ", first != "\t", first != "\n" else { return false }
        if text.unicodeScalars.contains(where: { $0 != "\n" && (TerminalSafeText.needsEscape($0) || $0.value == 0xFEFF) }) {
            return false
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) where line.hasSuffix(" ") {
            return false
        }
        return true
    }
}
