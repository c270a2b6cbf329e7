import Terminal

/// JSON written piece by piece, for outputs with a layout of their own (one gradebook row or
/// diagnostic per line): keys in the order given, strings and numbers as ``JSONValue`` writes
/// them.
public enum JSONText {
    /// `text` as a JSON string literal, quotes included (escaped as ``JSONValue`` writes strings).
    public static func quoted(_ text: some StringProtocol) -> String {
        JSONValue.quoted(text)
    }

    /// A number as JSON, as ``JSONValue`` writes numbers: integers without a fraction, others
    /// in Swift's shortest form; NaN and infinities as the strings `"nan"`, `"inf"`, `"-inf"`.
    public static func number(_ value: Double) -> String {
        JSONValue.format(value)
    }

    /// A JSON object from already-encoded values, in the order given.
    public static func object(_ fields: [(String, String)]) -> String {
        "{" + fields.map { quoted($0.0) + ":" + $0.1 }.joined(separator: ",") + "}"
    }

    /// A JSON array from already-encoded values.
    public static func array(_ values: [String]) -> String {
        "[" + values.joined(separator: ",") + "]"
    }
}
