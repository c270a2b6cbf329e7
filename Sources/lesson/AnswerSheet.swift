import Foundation
import Grading

/// The answers of one `lesson quiz` run, kept where the Ctrl-C hook can reach them: the file of
/// `--answers-out` is written when the quiz ends and also when it is interrupted, so a learner
/// who stops with Ctrl-C keeps what was answered (as `quit` and the end of input do).
final class AnswerSheet {
    let quiz: String
    let student: String
    /// The `--answers-out` file; nil when the answers are not saved.
    let destination: String?
    var answers: [AnswerEntry] = []

    init(quiz: String, student: String, destination: String?) {
        self.quiz = quiz
        self.student = student
        self.destination = destination
    }

    /// The submission file's text: JSON for a `.json` destination, YAML otherwise.
    var text: String {
        destination?.hasSuffix(".json") == true
            ? SubmissionWriter.json(quiz: quiz, student: student, answers: answers)
            : SubmissionWriter.yaml(quiz: quiz, student: student, answers: answers)
    }

    /// Writes the file (atomically); does nothing without a destination.
    func save() throws {
        guard let destination else { return }
        try Data(text.utf8).write(to: URL(fileURLWithPath: destination), options: .atomic)
    }

    /// For the Ctrl-C hook, after the terminal is restored: saves and says so on standard error.
    func saveOnInterrupt() {
        guard let destination else { return }
        do {
            try save()
            Output.error("lesson: the answers so far were saved to \(destination)")
        } catch {
            Output.error("lesson: cannot save answers to \(destination): \(error.localizedDescription); here they are:\n" + text)
        }
    }
}
