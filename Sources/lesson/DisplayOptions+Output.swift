import Foundation
import Runtime
import Terminal

extension DisplayOptions {
    /// The capabilities of standard output under these options and the environment.
    var capabilities: Capabilities {
        Capabilities.current(color: Capabilities.ColorChoice(rawValue: color.rawValue) ?? .auto, ascii: ascii, width: width)
    }

    /// The theme chosen, adapted to what the output can show.
    func theme(for capabilities: Capabilities) -> Theme {
        Theme.named(Theme.Name(rawValue: theme.rawValue) ?? .dark).adapted(to: capabilities)
    }

    /// Where the course comes from: `--content`, `LESSON_CONTENT`, or the built-in course.
    var contentSource: ContentSource {
        ContentSource.resolve(option: content, environment: ProcessInfo.processInfo.environment)
    }
}
