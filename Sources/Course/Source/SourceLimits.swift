/// The explicit limits that keep bad or hostile input from crashing or stalling the parser.
///
/// Every limit that is hit is reported as a diagnostic that names it; nothing is cut silently.
public enum SourceLimits {
    /// Largest lesson, chapter, quiz or submission file read: 1 MiB.
    public static let maximumFileBytes = 1 << 20
    /// Deepest nesting of YAML collections accepted.
    public static let maximumYAMLDepth = 64
    /// Most YAML nodes in one document.
    public static let maximumYAMLNodes = 200_000
    /// Deepest nesting of Markdown block quotes and lists.
    public static let maximumMarkdownDepth = 12
    /// Most diagnostics reported for one file before the rest are summarised.
    public static let maximumDiagnosticsPerFile = 100
    /// Longest regular expression pattern accepted in a quiz.
    public static let maximumPatternLength = 1_000
}
