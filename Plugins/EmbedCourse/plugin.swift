import Foundation
import PackagePlugin

/// Embeds the course (Lessons/, Quizzes/, Assets/) into the binary: generates one Swift file
/// with every file's text, so `lesson` plays the course from any directory.
@main
struct EmbedCourse: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let root = context.package.directoryURL
        let folders = ["Lessons", "Quizzes", "Assets"].map { root.appending(path: $0) }
        var inputs: [URL] = []
        for folder in folders {
            guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) else { continue }
            for case let url as URL in walker where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
                inputs.append(url)
            }
        }
        inputs.sort { $0.path < $1.path }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedCourseFiles.swift")
        return [
            .buildCommand(
                displayName: "Embedding the course (\(inputs.count) files)",
                executable: try context.tool(named: "embed-course").url,
                arguments: [root.path, output.path] + folders.map(\.path),
                inputFiles: inputs + folders,
                outputFiles: [output]
            ),
        ]
    }
}
