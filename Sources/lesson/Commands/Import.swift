import ArgumentParser
import Course
import Foundation
import Runtime

/// `lesson import`: Convert a question bank to a quiz file.
struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Convert a question bank to a quiz file.",
        discussion: """
            `lesson import gift FILE` converts a Moodle GIFT file to quiz YAML, printed or written with \
            --out. Every problem is reported on standard error as FILE:LINE:COL. A question with no \
            equivalent (an essay, a description) is a warning and is skipped; what is not GIFT (a '{' \
            never closed, a '}' that closes nothing, an answer without '=' or '~', an empty answer) \
            is an error. Exits 1, writing nothing, when the file cannot be read, has an error, or no \
            question could be converted.
            """
    )

    @OptionGroup var display: DisplayOptions

    @Argument(help: "The question bank's format: gift.")
    var bankFormat: QuestionBankFormat

    @Argument(help: "The question bank file.")
    var file: String

    @Option(help: "Write the quiz to this file instead of standard output.")
    var out: String?

    @Option(help: "The quiz title (default: none, so the chapter's title is used).")
    var title: String?

    func run() throws {
        let source: SourceFile
        switch SourceFile.load(path: file) {
        case .success(let loaded): source = loaded
        case .failure(let diagnostic):
            Output.standardError(DiagnosticFormatter().format(diagnostic))
            throw ExitCode(1)
        }
        let quizID = out.map { ContentRoot.quizID(forFile: $0) } ?? ContentRoot.quizID(forFile: file)
        let result = GIFTImporter.convert(source, quizID: quizID, title: title)
        Output.standardError(DiagnosticFormatter().format(result.diagnostics))
        if result.diagnostics.containsErrors {
            let errors = result.diagnostics.filter { $0.severity == .error }.count
            Output.standardError("lesson import: \(errors == 1 ? "1 error" : "\(errors) errors") in \(file); nothing was written\n")
            throw ExitCode(1)
        }
        guard !result.quiz.questions.isEmpty else { throw ExitCode(1) }
        let yaml = QuizYAMLWriter.write(result.quiz)
        // The written quiz must read back cleanly; anything else is a bug worth reporting.
        let (_, check) = QuizParser.parse(SourceFile(path: out ?? "<converted quiz>", text: yaml), id: quizID)
        if check.containsErrors {
            Output.standardError(DiagnosticFormatter().format(check))
            throw ExitCode(1)
        }
        if let out {
            try Output.write(yaml, to: out, command: "import")
        } else {
            Output.standardOutput(yaml)
        }
        let skipped = result.diagnostics.filter { $0.message.hasSuffix("skipped") }.count
        Output.standardError("converted \(result.quiz.questions.count) questions" + (skipped > 0 ? ", skipped \(skipped)" : "") + "\n")
    }
}

enum QuestionBankFormat: String, ExpressibleByArgument, CaseIterable {
    case gift
}
