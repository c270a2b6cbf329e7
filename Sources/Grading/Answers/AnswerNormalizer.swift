import Course
import Foundation

/// The normalisation learners expect when their answer is compared (Docs/FORMATS.md).
///
/// Text: Unicode NFC, case-folded, surrounding and repeated whitespace collapsed, one
/// trailing full stop dropped. Numbers: `5`, `5.0`, `1e-3`, `0.001`, `10%`. Choices: by id,
/// by letter (`b` is the second choice) or by exact text.
public enum AnswerNormalizer {
    /// `text` normalised for comparison.
    public static func normalize(_ text: String) -> String {
        if let ascii = normalizeASCII(text) { return ascii }
        let folded = text.precomposedStringWithCanonicalMapping.folding(options: [.caseInsensitive], locale: nil)
            .precomposedStringWithCanonicalMapping
        var result = ""
        result.reserveCapacity(folded.utf8.count)
        var pendingSpace = false
        for scalar in folded.unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = true
                continue
            }
            if pendingSpace && !result.isEmpty { result += " " }
            pendingSpace = false
            result.unicodeScalars.append(scalar)
        }
        if result.hasSuffix(".") {
            result.removeLast()
            while result.hasSuffix(" ") { result.removeLast() }
        }
        return result
    }

    /// The fast path for ASCII text: bytes lowered, whitespace collapsed, without Unicode tables.
    private static func normalizeASCII(_ text: String) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for byte in text.utf8 {
            if byte >= 0x80 { return nil }
            if byte == 32 || (9...13).contains(byte) {
                pendingSpace = true
                continue
            }
            if pendingSpace && !bytes.isEmpty { bytes.append(32) }
            pendingSpace = false
            bytes.append((65...90).contains(byte) ? byte + 32 : byte)
        }
        if bytes.last == UInt8(ascii: ".") {
            bytes.removeLast()
            while bytes.last == 32 { bytes.removeLast() }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A number read from an answer.
    public enum NumberReading: Sendable, Equatable {
        case value(Double)
        case notANumber
    }

    /// Reads a numeric answer. With `unit: "%"`, `10%` and `10` both mean 10; without it,
    /// `10%` means 0.1. Another unit may follow the number (`5 ms` when the unit is `ms`).
    public static func number(_ text: String, unit: String?) -> NumberReading {
        var trimmed = text.trimmingSpacesAndNewlines()
        if let unit, !unit.isEmpty, unit != "%", trimmed.lowercased().hasSuffix(unit.lowercased()) {
            trimmed = trimmed.dropLast(unit.count).trimmingSpacesAndNewlines()
        }
        var scale = 1.0
        if trimmed.hasSuffix("%") {
            trimmed = trimmed.dropLast().trimmingSpacesAndNewlines()
            if unit != "%" { scale = 0.01 }
        }
        guard let value = NumberText.parse(trimmed) else { return .notANumber }
        return .value(value * scale)
    }

    /// Reads `true`/`false`, `t`/`f`, `yes`/`no`, `y`/`n` (any case).
    public static func truth(_ text: String) -> Bool? {
        switch normalize(text) {
        case "true", "t", "yes", "y": true
        case "false", "f", "no", "n": false
        default: nil
        }
    }

    /// The position of the option `given` names among options with `ids` and `texts`: by id,
    /// then by letter (`a` is the first) or 1-based number, then by text. Nil when none fits.
    public static func option(_ given: String, ids: [String], texts: [String]) -> Int? {
        option(given, normalizedIDs: ids.map(normalize), normalizedTexts: texts.map(normalize))
    }

    /// ``option(_:ids:texts:)`` with the ids and texts already normalised (for grading many answers).
    /// `positional` also accepts a letter or number for the n-th entry: right for choices, shown
    /// as a), b), c) in file order; wrong for order items and match pairs and options, whose file
    /// order is (or may be) the answer itself.
    static func option(_ given: String, normalizedIDs ids: [String], normalizedTexts texts: [String],
                       positional: Bool = true) -> Int? {
        let key = normalize(given)
        if let index = ids.firstIndex(of: key) { return index }
        guard positional else { return texts.firstIndex(of: key) }
        var letter = key
        if letter.hasSuffix(")") { letter.removeLast() }
        if letter.hasPrefix("(") { letter.removeFirst() }
        if letter.unicodeScalars.count == 1, let scalar = letter.unicodeScalars.first, ("a"..."z").contains(scalar) {
            let index = Int(scalar.value - Unicode.Scalar("a").value)
            if index < ids.count { return index }
        }
        if let number = Int(letter), number >= 1, number <= ids.count { return number - 1 }
        return texts.firstIndex(of: key)
    }

    /// Splits a one-line list answer: on commas or semicolons when it has them, else on spaces.
    public static func splitList(_ text: String) -> [String] {
        let separators: Set<Character> = text.contains(",") || text.contains(";") ? [",", ";"] : [" ", "\t", "\n"]
        return text.split(whereSeparator: { separators.contains($0) })
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
    }
}
