import ArgumentParser
import Runtime

/// `lesson progress`: what has been saved, per lesson.
struct ProgressCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "progress",
        abstract: "Show saved progress."
    )

    @OptionGroup var display: DisplayOptions

    func run() throws {
        let setup = try PlayerSetup(display: display)
        guard let store = setup.store else {
            throw CommandFailure.badInput("no progress folder: \(setup.storeProblem ?? "unknown reason")")
        }
        // Read only: an unusable file is reported, and left for `lesson play` to move aside.
        let reading: ProgressReading
        do { reading = try store.read() } catch { throw CommandFailure.badInput("\(error)") }
        if let warning = reading.warning { Output.error("lesson: warning: " + warning) }
        var text = "Progress in \(store.file)\n\n"
        for lesson in setup.library.lessons {
            let record = reading.progress.lesson(lesson.id)
            let answered = record.questions.values
            let score = answered.isEmpty ? "" : ", \(answered.count == 1 ? "1 question" : "\(answered.count) questions") answered, average best score \(Int((answered.compactMap(\.bestScore).reduce(0, +) / Double(answered.count) * 100).rounded()))%"
            text += "\(lesson.title): \(record.doneCount(in: lesson))/\(lesson.chapters.count) chapters\(score)"
            if let position = record.position(in: lesson) { text += "; next: \(position.chapter)" }
            text += "\n"
        }
        Output.write(text)
    }
}
