import Course
import Terminal

/// The gradebook as a table for people: one row per submission, a column per question.
///
/// Files are named by their path below the folder they all share (``SubmissionFileLabels``),
/// so two files of the same name in different folders stay apart. Every text that comes from a
/// submission (student names, file names, reasons quoting the file) is escaped with ``TerminalSafeText`` and cut to a column width, so no answer can
/// move the cursor, change colours or hide text on the instructor's terminal.
public enum GradebookTextWriter {
    public static func write(_ grades: [SubmissionGrade], quizID: String, questionIDs: [String]) -> String {
        let unreadable = grades.filter { $0.error != nil }.count
        var out = "quiz \(TerminalSafeText.escaping(quizID)): \(grades.count) submission\(grades.count == 1 ? "" : "s")"
        if unreadable > 0 { out += ", \(unreadable) could not be graded" }
        out += "\n\n"
        let questionHeaders = questionIDs.indices.map { "Q\($0 + 1)" }
        var rows: [[String]] = [["student", "file"] + questionHeaders + ["score", "max", "%"]]
        var errorRows: [(Int, String)] = []
        let labels = SubmissionFileLabels.labels(for: grades.map(\.file))
        for (grade, label) in zip(grades, labels) {
            let student = TerminalSafeText.escaping(grade.student, limit: 24)
            let file = TerminalSafeText.escaping(SubmissionFileLabels.shortened(label, limit: 40))
            if let error = grade.error {
                errorRows.append((rows.count, "error: " + TerminalSafeText.escaping(error, limit: 200)))
                rows.append([student, file])
                continue
            }
            var row = [student, file]
            for id in questionIDs {
                let question = grade.questions.first { $0.questionID == id }
                row.append(question.map { NumberFormatting.points($0.points) } ?? "-")
            }
            row += [NumberFormatting.points(grade.score), NumberFormatting.points(grade.maxScore),
                    NumberFormatting.percent(grade.percent)]
            rows.append(row)
        }
        let columnCount = rows[0].count
        var widths = [Int](repeating: 0, count: columnCount)
        for row in rows {
            for (index, cell) in row.enumerated() where index < columnCount {
                widths[index] = max(widths[index], cell.count)
            }
        }
        let errorByRow = Dictionary(uniqueKeysWithValues: errorRows)
        for (rowIndex, row) in rows.enumerated() {
            var cells: [String] = []
            for (index, cell) in row.enumerated() {
                let pad = String(repeating: " ", count: widths[index] - cell.count)
                cells.append(index < 2 ? cell + pad : pad + cell)
            }
            if let error = errorByRow[rowIndex] { cells.append(error) }
            var line = cells.joined(separator: "  ")
            while line.hasSuffix(" ") { line.removeLast() }
            out += line + "\n"
        }
        if !questionIDs.isEmpty {
            out += "\n" + questionIDs.enumerated().map { "Q\($0.offset + 1) \(TerminalSafeText.escaping($0.element))" }
                .joined(separator: "  ") + "\n"
        }
        let graded = grades.filter { $0.error == nil }
        if !graded.isEmpty {
            let mean = graded.reduce(0) { $0 + $1.percent } / Double(graded.count)
            out += "mean \(NumberFormatting.percent(mean))% over \(graded.count) graded submission\(graded.count == 1 ? "" : "s")\n"
        }
        let withNotes = grades.filter { !$0.notesToShow.isEmpty }
        if !withNotes.isEmpty {
            out += "\n"
            for (grade, label) in zip(grades, labels) where !grade.notesToShow.isEmpty {
                for note in grade.notesToShow {
                    let file = SubmissionFileLabels.shortened(label, limit: 60)
                    out += "note: \(TerminalSafeText.escaping(file)): \(TerminalSafeText.escaping(note, limit: 200))\n"
                }
            }
        }
        return out
    }
}
