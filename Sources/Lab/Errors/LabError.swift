import Terminal

/// Why the lab refused its input: a message for the learner, with the place in the file when
/// there is one.
///
/// `description` is the compiler-style line `path:line:col: error: message` (or `path: error:
/// message` without a place, or just `error: message` without a file), then `  hint: ...`.
/// Text that came from the file (column names, values) is sanitized there, so printing a
/// description never sends escape codes to the terminal.
public struct LabError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file, as the learner named it (nil for an error not tied to a file).
    public var path: String?
    /// 1-based line, when the problem has a place in the file.
    public var line: Int?
    /// 1-based column (in characters of that line), when known.
    public var column: Int?
    /// What is wrong.
    public var message: String
    /// What to do about it, when there is something useful to say.
    public var hint: String?

    public init(path: String? = nil, line: Int? = nil, column: Int? = nil, message: String, hint: String? = nil) {
        self.path = path
        self.line = line
        self.column = column
        self.message = message
        self.hint = hint
    }

    public var description: String {
        var place = ""
        if let path {
            place = path
            if let line {
                place += ":\(line)"
                if let column { place += ":\(column)" }
            }
            place += ": "
        }
        var text = TextSanitizer.sanitize(place + "error: " + message, newlines: .space)
        if let hint {
            text += "\n  hint: " + TextSanitizer.sanitize(hint, newlines: .space)
        }
        return text
    }
}
