import ArgumentParser
import Course
import Foundation
import Runtime

/// `lesson new`: Scaffold a new lesson folder or quiz file.
struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Scaffold a new lesson folder or quiz file.",
        discussion: """
            `lesson new lesson ID` writes Lessons/ID/ (lesson.yaml and a first chapter) and its quiz; \
            `lesson new quiz LESSON/NN-SLUG` writes Quizzes/LESSON/NN-SLUG.yaml for an existing lesson. Files go under the \
            course folder (--content, LESSON_CONTENT, or the current folder); nothing is overwritten.
            """
    )

    @OptionGroup var display: DisplayOptions

    @Argument(help: "What to create: lesson or quiz.")
    var kind: ScaffoldKind

    @Argument(help: "The id: a lesson id (lowercase, digits, dashes) or a quiz id lesson-id/NN-slug.")
    var id: String

    func validate() throws {
        switch kind {
        case .lesson where !CourseID.isValid(id):
            throw ValidationError("'\(id)' is not a lesson id: use lowercase letters, digits and dashes")
        case .quiz where !CourseID.isQuizID(id):
            throw ValidationError("'\(id)' is not a quiz id: use lesson-id/NN-slug, like practical-methodology/03-tuning")
        default:
            break
        }
    }

    func run() throws {
        let files: [Scaffold.File]
        do {
            files = try kind == .lesson ? Scaffold.lesson(id: id) : Scaffold.quiz(id: id)
        } catch {
            throw ValidationError(error.description)
        }
        let root = ContentRoot(path: display.content ?? ProcessInfo.processInfo.environment["LESSON_CONTENT"].flatMap { $0.isEmpty ? nil : $0 } ?? ".")
        if kind == .quiz, let lesson = id.split(separator: "/").first.map(String.init) {
            let manifest = ContentRoot.join(root.lessonPath(id: lesson), "lesson.yaml")
            guard FileManager.default.fileExists(atPath: manifest) else {
                Output.standardError("lesson new: no lesson '\(lesson)' in this course (no \(manifest)); nothing was written\n"
                                     + "  hint: `lesson new lesson \(lesson)` writes the lesson with its first quiz\n")
                throw ExitCode(1)
            }
        }
        let targets = files.map { ContentRoot.join(root.path, $0.path) }
        let existing = targets.filter { FileManager.default.fileExists(atPath: $0) }
        if !existing.isEmpty {
            Output.standardError(existing.map { "lesson new: \($0) already exists; nothing was written\n" }.joined())
            throw ExitCode(1)
        }
        for (file, target) in zip(files, targets) {
            let folder = (target as NSString).deletingLastPathComponent
            do {
                if !folder.isEmpty {
                    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
                }
            } catch {
                Output.standardError("lesson new: cannot create \(folder): \(error.localizedDescription)\n")
                throw ExitCode(1)
            }
            try Output.write(file.text, to: target, command: "new")
            Output.standardOutput("created \(target)\n")
        }
        Output.standardOutput("check it with: lesson check \(kind == .lesson ? root.lessonPath(id: id) : targets[0])\n")
    }
}

enum ScaffoldKind: String, ExpressibleByArgument, CaseIterable {
    case lesson, quiz
}
