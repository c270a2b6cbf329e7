import ArgumentParser
import Course
import Foundation
import Runtime

/// `lesson export DIR`: writes the built-in course to a folder, to edit and play as your own.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the built-in course to a folder, to edit it.",
        discussion: """
            Writes the course built into lesson (Lessons/, Quizzes/ and Assets/) to DIR, which must \
            be empty or not exist yet. Then `lesson check DIR` checks it and `lesson --content DIR` \
            (or LESSON_CONTENT=DIR) plays it. Exits 1 when DIR is not empty or cannot be written.
            """
    )

    @OptionGroup var display: DisplayOptions

    @Argument(help: "The folder to write the course to (empty or new).")
    var folder: String

    func run() throws {
        // The common options are accepted as everywhere; a course folder has nothing to add here.
        if display.content != nil {
            throw CommandFailure.usage("export writes the built-in course; --content does not apply (copy the folder instead)")
        }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw CommandFailure.badInput("\(folder) is a file; give a folder that is empty or does not exist")
            }
            let entries = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            guard entries.isEmpty else {
                throw CommandFailure.badInput("\(folder) is not empty; nothing was written (give an empty or new folder)")
            }
        }
        let written: [String]
        do {
            written = try EmbeddedCourseExport.write(to: folder)
        } catch {
            throw CommandFailure.badInput("cannot write the course to \(folder): \(error.localizedDescription)")
        }
        let lessons = Set(written.filter { $0.hasPrefix("Lessons/") }.compactMap { $0.split(separator: "/").dropFirst().first })
        Output.line("wrote \(written.count) files (\(lessons.count) lessons) to \(folder)")
        Output.line("check it with: lesson check \(folder)")
        Output.line("play it with:  lesson --content \(folder)")
    }
}
