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
        // The written quiz must read back cleanly (e.g. choice weights that do not add up are
        // only found there): its errors are reported at the GIFT question they came from.
        let (readBack, check) = QuizParser.parse(SourceFile(path: file, text: yaml), id: quizID)
        if check.containsErrors {
            let errors = check.filter { $0.severity == .error }.map { problem in
                Self.atGIFTQuestion(problem, converted: readBack?.questions ?? [], original: result.quiz.questions, file: file)
            }
            Output.standardError(DiagnosticFormatter().format(errors))
            Output.standardError("lesson import: \(errors.count == 1 ? "1 error" : "\(errors.count) errors") in \(file); nothing was written\n")
            throw ExitCode(1)
        }
        if let out {
            try Output.write(yaml, to: out, command: "import")
        } else {
            Output.standardOutput(yaml)
        }
        let skipped = result.diagnostics.filter { $0.message.hasSuffix("skipped") }.count
        let count = result.quiz.questions.count
        Output.standardError("converted \(count) question\(count == 1 ? "" : "s")" + (skipped > 0 ? ", skipped \(skipped)" : "") + "\n")
    }

    /// `problem`, found in the converted YAML, moved to the GIFT question it belongs to (the
    /// last converted question starting at or before its line); unchanged lines would point
    /// into a file the user never sees.
    static func atGIFTQuestion(_ problem: Diagnostic, converted: [Question], original: [Question], file: String) -> Diagnostic {
        let line = problem.location?.line ?? 0
        guard let id = converted.last(where: { $0.location.line <= line })?.id,
              let source = original.first(where: { $0.id == id }) else {
            return Diagnostic(path: file, location: nil, severity: problem.severity, message: problem.message, hint: problem.hint)
        }
        return Diagnostic(path: file, location: source.location, severity: problem.severity,
                          message: "question '\(id)': \(problem.message)", hint: problem.hint)
    }
}

enum QuestionBankFormat: String, ExpressibleByArgument, CaseIterable {
    case gift
}
