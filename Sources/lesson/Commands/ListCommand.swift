import ArgumentParser
import Course
import Runtime
import Simulations
import Terminal

/// `lesson list`: lessons, chapters, simulations and quizzes, with progress.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List lessons, chapters, simulations and quizzes, with progress."
    )

    @OptionGroup var display: DisplayOptions

    @Option(help: "Output format: text or json.")
    var format: ListFormat = .text

    func run() throws {
        let setup = try PlayerSetup(display: display)
        let progress = setup.readProgress()
        var lessons: [JSONValue] = []
        var text = ""
        let width = display.capabilities.width
        for lesson in setup.library.lessons {
            let record = progress.lesson(lesson.id)
            text += Sims.wrapped("\(lesson.title)  (\(record.doneCount(in: lesson))/\(lesson.chapters.count) done)",
                                 prefix: "\(lesson.id)  ", indent: 4, width: width)
            var chapters: [JSONValue] = []
            for (number, reference) in lesson.chapters.enumerated() {
                let loaded = setup.library.chapter(lesson: lesson.id, stem: reference.name)
                var sims: [String] = []  // each once, in the order the chapter shows them
                for directive in loaded.chapter?.directives ?? [] {
                    if case let .sim(embed) = directive.kind, !sims.contains(embed.id) { sims.append(embed.id) }
                }
                let quiz = loaded.chapter?.frontMatter.quiz
                let done = record.chaptersDone.contains(reference.name)
                text += "  \(done ? "x" : " ") \(number + 1). \(reference.name)"
                if let title = loaded.chapter?.frontMatter.title { text += "  \(title)" }
                text += "\n"
                if !sims.isEmpty { text += "       simulations: \(sims.joined(separator: ", "))\n" }
                if let quiz { text += "       quiz: \(quiz)\n" }
                chapters.append(.object([
                    ("id", .string(reference.name)), ("title", loaded.chapter.map { .string($0.frontMatter.title) } ?? .null),
                    ("done", .bool(done)), ("simulations", .strings(sims)), ("quiz", quiz.map(JSONValue.string) ?? .null),
                ]))
            }
            text += "\n"
            lessons.append(.object([
                ("id", .string(lesson.id)), ("title", .string(lesson.title)), ("summary", .string(lesson.summary)),
                ("prerequisites", .strings(lesson.prerequisites.map(\.name))),
                ("chapters_done", .int(record.doneCount(in: lesson))), ("chapters", .array(chapters)),
            ]))
        }
        switch format {
        case .json:
            Output.line(JSONValue.object([("lessons", .array(lessons)), ("simulations", .strings(setup.registry.ids))]).encoded(pretty: true))
        case .text:
            // Ids are never split: a line holding a long one may run past the width.
            Output.write(text + Sims.wrapped(setup.registry.ids.joined(separator: ", "), prefix: "Simulations: ", indent: 2, width: width))
        }
    }
}
