/// Limits that keep untrusted answers from slowing the grader down. Hitting one scores the
/// answer 0 (or skips the pattern) with a note that says which limit.
public enum GradingLimits {
    /// Longest text in one answer, in UTF-8 bytes.
    public static let maximumAnswerCharacters = 10_000
    /// Most values (list items, map entries, nested) in one answer.
    public static let maximumAnswerValues = 1_000
    /// Longest answer matched against a regular expression, in characters.
    public static let maximumPatternInput = 500
    /// Work budget of one regular-expression match, in ICU progress callbacks (each about ten
    /// thousand matching steps; deterministic, unlike a clock).
    public static let maximumPatternProgressCalls = 20
}
