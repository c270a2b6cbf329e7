import Course

/// The gradebook as JSON (SPEC.md): an array with one object per submission — `file`,
/// `student`, `quiz`, `score`, `max_score`, `questions[] {id, points, max_points, given,
/// expected, feedback}`, `notes` — or `file`, `student`, `quiz`, `error`.
///
/// `given` is the answer as submitted (string, array or object; null when unanswered);
/// `feedback` joins the question's feedback lines with a space.
public enum GradebookJSONWriter {
    public static func write(_ grades: [SubmissionGrade]) -> String {
        if grades.isEmpty { return "[]\n" }
        let objects = grades.map { grade -> String in
            var fields: [(String, String)] = [
                ("file", JSONText.quoted(grade.file)), ("student", JSONText.quoted(grade.student)),
                ("quiz", JSONText.quoted(grade.quiz)),
            ]
            if let error = grade.error {
                fields.append(("error", JSONText.quoted(error)))
            } else {
                fields.append(("score", JSONText.number(rounded(grade.score))))
                fields.append(("max_score", JSONText.number(rounded(grade.maxScore))))
                let questions = grade.questions.map { question in
                    JSONText.object([
                        ("id", JSONText.quoted(question.questionID)),
                        ("points", JSONText.number(rounded(question.points))),
                        ("max_points", JSONText.number(rounded(question.maxPoints))),
                        ("given", question.given?.json ?? "null"),
                        ("expected", JSONText.quoted(question.expected)),
                        ("feedback", JSONText.quoted(question.feedback.joined(separator: " "))),
                    ])
                }
                fields.append(("questions", "[\n    " + questions.joined(separator: ",\n    ") + "\n  ]"))
            }
            fields.append(("notes", JSONText.array(grade.notesToShow.map { JSONText.quoted($0) })))
            return "  {" + fields.map { JSONText.quoted($0.0) + ": " + $0.1 }.joined(separator: ", ") + "}"
        }
        return "[\n" + objects.joined(separator: ",\n") + "\n]\n"
    }

    /// Points to 4 decimals, so 1/3 of a point prints as 0.3333 and sums stay readable.
    private static func rounded(_ value: Double) -> Double {
        (value * 10_000).rounded() / 10_000
    }
}
