import Course
import Foundation

/// Reads submission files: YAML or JSON with `quiz`, `student` and `answers` (SPEC.md).
///
/// Submissions are untrusted. The file size is checked before reading, the bytes must be UTF-8
/// text, YAML goes through the same safe reader as course files (no anchors, bounded nesting),
/// and every failure is a one-line reason with its line and column, never a crash.
public enum SubmissionReader {
    /// Why a submission cannot be graded.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var path: String
        public var reason: String
        public var description: String { reason }

        public init(path: String, reason: String) {
            self.path = path
            self.reason = reason
        }
    }

    /// Reads the submission file at `path`.
    public static func read(path: String) -> Result<Submission, Failure> {
        switch SourceFile.load(path: path) {
        case .success(let source):
            return parse(source)
        case .failure(let diagnostic):
            return .failure(Failure(path: path, reason: reason(diagnostic)))
        }
    }

    /// Reads a submission from text in memory.
    public static func parse(text: String, path: String) -> Result<Submission, Failure> {
        switch SourceFile.decode(path: path, bytes: Data(text.utf8)) {
        case .success(let source): parse(source)
        case .failure(let diagnostic): .failure(Failure(path: path, reason: reason(diagnostic)))
        }
    }

    /// Reads a submission from a decoded file.
    public static func parse(_ source: SourceFile) -> Result<Submission, Failure> {
        let path = source.path
        if source.isBlank {
            return .failure(Failure(path: path, reason: "empty file"))
        }
        var sink = DiagnosticSink(path: path)
        guard let root = YAMLReader.parse(source.text, sink: &sink) else {
            let first = sink.finish().first
            return .failure(Failure(path: path, reason: first.map(reason) ?? "not YAML or JSON"))
        }
        guard let entries = root.mapping else {
            return .failure(Failure(path: path, reason: "expected a mapping with quiz, student and answers, found \(root.kindDescription)"))
        }
        var quiz: String?
        var student: String?
        var answersNode: YAMLNode?
        for entry in entries {
            switch entry.name {
            case "quiz":
                guard let text = entry.value.scalarText else {
                    return .failure(Failure(path: path, reason: "\(entry.value.location): 'quiz' must be a quiz id"))
                }
                quiz = entry.value.isNull ? nil : text
            case "student":
                guard let text = entry.value.scalarText else {
                    return .failure(Failure(path: path, reason: "\(entry.value.location): 'student' must be text"))
                }
                student = entry.value.isNull || text.isEmpty ? nil : text
            case "answers":
                answersNode = entry.value
            default:
                continue
            }
        }
        guard let answersNode else {
            return .failure(Failure(path: path, reason: "no 'answers' in the submission"))
        }
        var answers: [AnswerEntry] = []
        if !answersNode.isNull {
            guard let answerEntries = answersNode.mapping else {
                return .failure(Failure(path: path, reason: "\(answersNode.location): 'answers' must map question ids to answers"))
            }
            for entry in answerEntries {
                guard let value = AnswerValue(yaml: entry.value) else { continue }
                answers.append(AnswerEntry(key: entry.name, value: value))
            }
        }
        return .success(Submission(path: path, quiz: quiz, student: student, answers: answers))
    }

    private static func reason(_ diagnostic: Diagnostic) -> String {
        let place = diagnostic.location.map { "\($0): " } ?? ""
        return place + diagnostic.message
    }

    /// The submission files under `paths`: files as given, folders searched (recursively) for
    /// `.yaml`, `.yml` and `.json`, in sorted order. Paths that do not exist are returned as
    /// they are, so that reading them reports the problem in its own row.
    public static func submissionFiles(in paths: [String]) -> [String] {
        var result: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
                result.append(path)
                continue
            }
            result += FolderWalk.files(under: path, extensions: ["yaml", "yml", "json"], ignoringCase: true)
        }
        return result
    }
}
