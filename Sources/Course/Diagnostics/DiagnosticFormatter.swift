import Terminal

/// Turns diagnostics into the text `lesson check` prints, or into its JSON.
///
/// A diagnostic with no path and no location (about something that is not a file, such as a
/// quiz id that names nothing) is printed as `error: message`.
///
/// Text form, one problem per line, then (with ``Style/showsSource``) the source line and a
/// caret under the column, then the hint:
///
/// ```
/// Lessons/intro/01-start.md:12:5: error: unknown directive 'insigth'
///    12 | ::: insigth
///       |     ^
///   hint: did you mean 'insight'?
/// ```
///
/// Everything from the file (messages quote it, excerpts show it) is escaped with
/// ``TerminalSafeText`` so no file can send escape codes to the terminal.
public struct DiagnosticFormatter: Sendable {
    /// How much to show.
    public struct Style: Sendable {
        /// Show the source line and a caret under the spot (on a terminal).
        public var showsSource: Bool
        /// Colour the severity with ANSI escapes.
        public var usesColor: Bool

        public init(showsSource: Bool, usesColor: Bool) {
            self.showsSource = showsSource
            self.usesColor = usesColor
        }

        /// One line per problem plus hints, no colour: for pipes, logs and golden tests.
        public static let plain = Style(showsSource: false, usesColor: false)
    }

    public var style: Style

    public init(style: Style = .plain) {
        self.style = style
    }

    /// The text of one diagnostic, ending with a newline. `source` supplies the excerpt when the
    /// style shows source; without it only the message and hint are printed.
    public func format(_ diagnostic: Diagnostic, source: SourceFile? = nil) -> String {
        let place = diagnostic.location.map { "\(diagnostic.path):\($0.line):\($0.column)" } ?? diagnostic.path
        var out = place.isEmpty ? "" : TerminalSafeText.escaping(place) + ": "
        out += severityLabel(diagnostic.severity) + ": "
            + TerminalSafeText.escaping(diagnostic.message) + "\n"
        if style.showsSource, let location = diagnostic.location, let line = source?.line(location.line) {
            let number = String(location.line)
            let gutter = String(repeating: " ", count: max(5, number.count + 1))
            let shownLine = TerminalSafeText.escapingKeepingTabs(line.prefix(400))
            out += String(gutter.dropLast(number.count)) + number + " | " + shownLine + "\n"
            out += gutter + " | " + caretPadding(line: line, column: location.column) + caret() + "\n"
        }
        if let hint = diagnostic.hint {
            out += "  " + (style.usesColor ? "\u{1B}[36mhint\u{1B}[0m" : "hint") + ": " + TerminalSafeText.escaping(hint) + "\n"
        }
        return out
    }

    /// The text of many diagnostics; `sources` maps a path to its file for excerpts.
    public func format(_ diagnostics: [Diagnostic], sources: [String: SourceFile] = [:]) -> String {
        diagnostics.map { format($0, source: sources[$0.path]) }.joined()
    }

    /// `{"diagnostics":[{"path","line","column","severity","message","hint"?}]}` (SPEC.md);
    /// a whole-file problem has line and column 0.
    public static func json(_ diagnostics: [Diagnostic]) -> String {
        let items = diagnostics.map { diagnostic -> String in
            var fields: [(String, String)] = [
                ("path", JSONText.quoted(diagnostic.path)),
                ("line", String(diagnostic.location?.line ?? 0)),
                ("column", String(diagnostic.location?.column ?? 0)),
                ("severity", JSONText.quoted(diagnostic.severity.rawValue)),
                ("message", JSONText.quoted(diagnostic.message)),
            ]
            if let hint = diagnostic.hint { fields.append(("hint", JSONText.quoted(hint))) }
            return "    " + JSONText.object(fields)
        }
        if items.isEmpty { return "{\"diagnostics\":[]}\n" }
        return "{\"diagnostics\":[\n" + items.joined(separator: ",\n") + "\n]}\n"
    }

    private func severityLabel(_ severity: Diagnostic.Severity) -> String {
        guard style.usesColor else { return severity.rawValue }
        switch severity {
        case .error: return "\u{1B}[1;31merror\u{1B}[0m"
        case .warning: return "\u{1B}[1;33mwarning\u{1B}[0m"
        case .note: return "\u{1B}[1;36mnote\u{1B}[0m"
        }
    }

    private func caret() -> String {
        style.usesColor ? "\u{1B}[1;32m^\u{1B}[0m" : "^"
    }

    /// Spaces up to the column, keeping tabs so the caret lines up with the excerpt, and two
    /// columns for each escaped or wide character the excerpt widened.
    private func caretPadding(line: Substring, column: Int) -> String {
        var padding = ""
        for (index, scalar) in line.unicodeScalars.enumerated() {
            if index >= column - 1 || index >= 400 { break }
            if scalar == "\t" {
                padding += "\t"
            } else if TerminalSafeText.needsEscape(scalar) {
                padding += String(repeating: " ", count: TerminalSafeText.escaping(String(scalar)).count)
            } else if scalar.properties.generalCategory == .nonspacingMark || scalar.properties.generalCategory == .enclosingMark {
                continue
            } else if isWide(scalar) {
                padding += "  "
            } else {
                padding += " "
            }
        }
        return padding
    }

    private func isWide(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
            || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
            || (0xFFE0...0xFFE6).contains(v) || (0x1F300...0x1FAFF).contains(v) || (0x20000...0x3FFFD).contains(v)
    }
}
