/// The files `lesson new` writes: a lesson folder or a quiz file that pass `lesson check`.
public enum Scaffold {
    /// A file to create: its path relative to the content root, and its text.
    public struct File: Sendable, Hashable {
        public var path: String
        public var text: String

        public init(path: String, text: String) {
            self.path = path
            self.text = text
        }
    }

    /// Why a scaffold cannot be made.
    public struct Problem: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    /// A new lesson `id`: `Lessons/ID/lesson.yaml`, a first chapter with a simulation and a
    /// question, and that chapter's quiz under `Quizzes/ID/`.
    public static func lesson(id: String) throws(Problem) -> [File] {
        guard CourseID.isValid(id) else {
            throw Problem(description: "'\(id)' is not a lesson id: use lowercase letters, digits and dashes")
        }
        let title = titleCase(id)
        let chapter = "01-introduction"
        let quizID = "\(id)/\(chapter)"
        let manifest = """
            id: \(id)
            title: \(YAMLText.scalar(title))
            summary: One line that says what the learner will be able to do.
            prerequisites: []
            chapters:
              - \(chapter)

            """
        let script = """
            ---
            id: \(chapter)
            title: Introduction
            quiz: \(quizID)
            ---
            # Introduction

            Say in a paragraph what this lesson is about and why it matters.

            ::: insight
            One short takeaway the learner should remember.
            :::

            ::: sim time-breakdown view=compare
            Where the time goes in a machine-learning project.
            :::

            ::: pause
            :::

            ::: question first-question
            :::

            """
        return [
            File(path: "Lessons/\(id)/lesson.yaml", text: manifest),
            File(path: "Lessons/\(id)/\(chapter).md", text: script),
            File(path: "Quizzes/\(quizID).yaml", text: quizText()),
        ]
    }

    /// A new quiz `id` (`lesson-id/NN-slug`): `Quizzes/ID.yaml` with one example question.
    public static func quiz(id: String) throws(Problem) -> [File] {
        guard CourseID.isQuizID(id) else {
            throw Problem(description: "'\(id)' is not a quiz id: use lesson-id/NN-slug, like practical-methodology/03-tuning")
        }
        return [File(path: "Quizzes/\(id).yaml", text: quizText())]
    }

    private static func quizText() -> String {
        let quiz = Quiz(id: "", title: nil, questions: [
            Question(id: "first-question", prompt: "Which step comes first when a model does not learn?",
                     explanation: "Overfitting one small batch shows whether the model and the training loop can learn at all.",
                     hints: ["Start with the smallest experiment that can fail."],
                     kind: .single([
                        Choice(id: "a", text: "Tune the learning rate schedule", isCorrect: false),
                        Choice(id: "b", text: "Overfit a single batch", isCorrect: true, feedback: "Yes: the smallest test of the whole loop."),
                        Choice(id: "c", text: "Collect more data", isCorrect: false),
                     ])),
        ])
        return QuizYAMLWriter.write(quiz)
    }

    private static func titleCase(_ id: String) -> String {
        id.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
    }
}
