/// The formats `lesson grade --format` writes.
public enum GradebookFormat: String, Sendable, CaseIterable {
    case text, csv, json, junit
}

/// Writes a gradebook in any of its formats.
public enum Gradebook {
    /// The gradebook of `grades` for `quiz` in `format`.
    public static func write(_ grades: [SubmissionGrade], quizID: String, questionIDs: [String],
                             format: GradebookFormat) -> String {
        switch format {
        case .text: GradebookTextWriter.write(grades, quizID: quizID, questionIDs: questionIDs)
        case .csv: GradebookCSVWriter.write(grades, questionIDs: questionIDs)
        case .json: GradebookJSONWriter.write(grades)
        case .junit: GradebookJUnitWriter.write(grades, quizID: quizID)
        }
    }
}
