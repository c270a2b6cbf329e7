import Course
import Foundation
import Terminal

/// The gradebook as CSV (RFC 4180): one row per submission, a column per question, then
/// score, max_score, percent, error and notes (joined with `; `).
///
/// Text cells are escaped against terminals (control characters made visible) and spreadsheet
/// formula injection (a cell starting with `=`, `+`, `-` or `@` gets a leading `'`).
public enum GradebookCSVWriter {
    public static func write(_ grades: [SubmissionGrade], questionIDs: [String]) -> String {
        var out = (["file", "student", "quiz"] + questionIDs + ["score", "max_score", "percent", "error", "notes"])
            .map(cell).joined(separator: ",") + "\r\n"
        for grade in grades {
            var row = [cell(grade.file), cell(grade.student), cell(grade.quiz)]
            if let error = grade.error {
                row += [String](repeating: "", count: questionIDs.count) + ["", "", "", cell(error), ""]
            } else {
                for id in questionIDs {
                    row.append(grade.questions.first { $0.questionID == id }.map { NumberFormatting.points($0.points) } ?? "")
                }
                row += [NumberFormatting.points(grade.score), NumberFormatting.points(grade.maxScore),
                        NumberFormatting.percent(grade.percent), "", cell(grade.notesToShow.joined(separator: "; "))]
            }
            out += row.joined(separator: ",") + "\r\n"
        }
        return out
    }

    /// One text cell, made safe and quoted when needed.
    static func cell(_ text: String) -> String {
        var safe = TerminalSafeText.escaping(text)
        if let first = safe.first, "=+-@".contains(first) { safe = "'" + safe }
        if safe.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
            return "\"" + safe.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return safe
    }
}
