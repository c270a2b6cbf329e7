import ArgumentParser
import Course
import Foundation
import Grading
import Runtime

/// `lesson grade`: Grade submission files against a quiz.
struct Grade: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "grade",
        abstract: "Grade submission files against a quiz.",
        discussion: """
            Writes a gradebook: a table (text), one row per student (csv), one object per submission \
            (json) or one test case per question (junit). A submission that cannot be read is its own \
            row with the reason. Exits 0 when every submission was read and graded, whatever the \
            scores; 1 when the quiz or any submission could not be read or graded (a submission for \
            another quiz counts).

            A submission names its quiz (quiz: lesson-id/NN-slug) and is graded only against that \
            quiz. A quiz file inside a course folder (.../Quizzes/LESSON/NN-slug.yaml) has that id. A \
            quiz file elsewhere accepts submissions whose quiz id ends with its file name \
            (/tmp/01-intro.yaml accepts my-lesson/01-intro); for a copy under another name, say which \
            quiz it is with --quiz-id (--quiz /tmp/q.yaml --quiz-id my-lesson/01-intro).
            """
    )

    @OptionGroup var display: DisplayOptions

    @Option(help: "The quiz: a quiz id of the course (lesson-id/NN-slug) or a quiz file.")
    var quiz: String

    @Option(name: .customLong("quiz-id"),
            help: ArgumentHelp("The quiz id submissions name, when --quiz is a file (e.g. a renamed copy).", valueName: "id"))
    var quizID: String?

    @Option(help: "Gradebook format: text, csv, json or junit.")
    var format: GradeOutputFormat = .text

    @Option(help: "Write the gradebook to this file instead of standard output.")
    var out: String?

    @Argument(help: "Submission files (YAML or JSON) or folders of them.")
    var submissions: [String] = []

    func validate() throws {
        if submissions.isEmpty {
            throw ValidationError("give at least one submission file or folder")
        }
        if let quizID {
            guard !quizID.trimmingCharacters(in: .whitespaces).isEmpty else { throw ValidationError("--quiz-id is empty") }
            guard CourseLibrary.namesQuizFile(quiz) else {
                throw ValidationError("--quiz-id names the quiz of a quiz file; '\(quiz)' is already a quiz id")
            }
        }
    }

    func run() throws {
        let source = display.contentSource
        let loaded = CourseLibrary(source: source).quiz(named: quiz)
        guard var parsedQuiz = loaded.quiz else {
            let errors = loaded.diagnostics.filter { $0.severity == .error }
            Output.standardError(errors.isEmpty ? "lesson grade: no quiz '\(quiz)' in \(source.name)\n" : DiagnosticFormatter().format(errors))
            if errors.contains(where: { !$0.message.hasPrefix("no quiz") }) {
                Output.standardError("lesson grade: the quiz has errors; fix them first (lesson check)\n")
            }
            throw ExitCode(1)
        }
        let found = SubmissionFiles(paths: submissions)
        for repeated in found.repeats {
            let again = repeated.path == repeated.gradedAs ? "is given more than once" : "is the same file as \(repeated.gradedAs)"
            Output.standardError("lesson grade: \(repeated.path) \(again); graded once\n")
        }
        let files = found.files
        if files.isEmpty {
            Output.standardError("lesson grade: no submission files (.yaml, .yml, .json) in \(submissions.joined(separator: ", "))\n")
            throw ExitCode(1)
        }
        let registry = try SimulationCatalogLoader.registry(forCheckingRoot: source.folderPath)
        var idMatching = QuizIDMatching.exact
        if let quizID {
            parsedQuiz.id = quizID
        } else if CourseLibrary.namesQuizFile(quiz), ContentRoot.courseQuizID(forFile: quiz) == nil {
            idMatching = .fileStem
        }
        let run = GradingRun(quiz: parsedQuiz, runner: CachingSimTaskRunner(RegistrySimTaskRunner(registry: registry)),
                             idMatching: idMatching)
        let grades = run.grade(files: files)
        let gradebook = run.gradebook(grades, format: format.gradebookFormat)
        if let out {
            try Output.write(gradebook, to: out, command: "grade")
        } else {
            Output.standardOutput(gradebook)
        }
        let unreadable = grades.filter { $0.error != nil }.count
        if unreadable > 0 {
            Output.standardError("lesson grade: \(unreadable) of \(grades.count) submissions could not be graded\n")
            throw ExitCode(1)
        }
    }
}

enum GradeOutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, csv, json, junit

    var gradebookFormat: GradebookFormat {
        switch self {
        case .text: .text
        case .csv: .csv
        case .json: .json
        case .junit: .junit
        }
    }
}

/// Finds a quiz file from what the user typed: a path to a file, or a quiz id of the course.
enum QuizLocator {
    static func path(for quiz: String, root: ContentRoot) -> String {
        if FileManager.default.fileExists(atPath: quiz) || quiz.hasSuffix(".yaml") || quiz.hasSuffix(".yml") {
            return quiz
        }
        return root.quizPath(id: quiz)
    }
}
