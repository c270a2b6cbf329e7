/// What `lesson check` found: every diagnostic, and the files they point into (for excerpts).
public struct CheckReport: Sendable {
    /// All diagnostics, by path, then line and column.
    public var diagnostics: [Diagnostic]
    /// The files that were read, by the path diagnostics show.
    public var sources: [String: SourceFile]
    /// How many files were checked.
    public var fileCount: Int

    public init(diagnostics: [Diagnostic], sources: [String: SourceFile], fileCount: Int) {
        self.diagnostics = diagnostics
        self.sources = sources
        self.fileCount = fileCount
    }

    public var errorCount: Int { diagnostics.filter { $0.severity == .error }.count }
    public var warningCount: Int { diagnostics.filter { $0.severity == .warning }.count }
    public var hasErrors: Bool { errorCount > 0 }

    /// `checked 12 files: 2 errors, 1 warning` or `checked 12 files: no problems`.
    public var summary: String {
        let files = fileCount == 1 ? "1 file" : "\(fileCount) files"
        if diagnostics.isEmpty { return "checked \(files): no problems" }
        var parts: [String] = []
        parts.append(errorCount == 1 ? "1 error" : "\(errorCount) errors")
        parts.append(warningCount == 1 ? "1 warning" : "\(warningCount) warnings")
        let notes = diagnostics.count - errorCount - warningCount
        if notes > 0 { parts.append(notes == 1 ? "1 note" : "\(notes) notes") }
        return "checked \(files): " + parts.joined(separator: ", ")
    }
}

extension CheckReport {
    /// The lesson a diagnostic's file belongs to in the course at `root`: `ID` for files under
    /// `Lessons/ID/` or `Quizzes/ID/`, nil for anything else (course-wide: assets, a stray file).
    public static func lesson(ofPath path: String, root: String) -> String? {
        func trimmed(_ text: String) -> String {
            var text = Substring(text)
            while text.hasPrefix("./") { text = text.dropFirst(2) }
            while text.count > 1 && text.hasSuffix("/") { text = text.dropLast() }
            return text == "." ? "" : String(text)
        }
        let base = trimmed(root).isEmpty ? "" : trimmed(root) + "/"
        let file = trimmed(path)
        for folder in ["Lessons/", "Quizzes/"] where file.hasPrefix(base + folder) {
            let inside = file.dropFirst(base.count + folder.count)
            if let slash = inside.firstIndex(of: "/") { return String(inside[..<slash]) }
        }
        return nil
    }

    /// The errors that stop `lesson` from playing `lesson` from the course at `root`: those in
    /// its own files and those that belong to no lesson. Errors in other lessons' files do not.
    public func errorsBlocking(lesson: String, root: String) -> [Diagnostic] {
        diagnostics.filter { $0.severity == .error && (Self.lesson(ofPath: $0.path, root: root) ?? lesson) == lesson }
    }
}
