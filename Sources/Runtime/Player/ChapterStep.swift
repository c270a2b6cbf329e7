import Foundation
import Course

/// One step of a chapter as the player plays it: text to print, a callout, step cards, a
/// simulation to open, a pause, a question, or the rest of the quiz.
///
/// Text is kept as the Markdown source of the chapter file (the renderer draws it), so what an
/// author wrote is what the learner reads.
public enum ChapterStep: Sendable, Equatable {
    case text(String)
    case callout(style: String, title: String?, body: String)
    case steps([String])
    case simulation(id: String, settings: [SimulationSetting], caption: String)
    case pause
    case question(String)
    case quiz

    /// Whether the player stops at this step for the learner (the others just print).
    public var waitsForLearner: Bool {
        switch self {
        case .simulation, .pause, .question, .quiz: return true
        case .text, .callout, .steps: return false
        }
    }

    /// The steps of `chapter`, whose text is `source`: runs of Markdown blocks become one text
    /// step each; each directive becomes its own step.
    public static func steps(of chapter: Chapter, source: SourceFile) -> [ChapterStep] {
        var steps: [ChapterStep] = []
        var pending: [Block] = []
        func flush() {
            guard let first = pending.first, let last = pending.last else { return }
            let text = excerpt(source, from: first.range, to: last.range)
            if !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { steps.append(.text(text)) }
            pending.removeAll()
        }
        for block in chapter.blocks {
            guard case let .directive(directive) = block.kind else {
                pending.append(block)
                continue
            }
            flush()
            switch directive.kind {
            case let .sim(embed):
                steps.append(.simulation(id: embed.id, settings: embed.settings, caption: body(embed.caption, source)))
            case let .callout(callout):
                steps.append(.callout(style: callout.style.rawValue, title: callout.title, body: body(callout.body, source)))
            case let .steps(items):
                steps.append(.steps(items.map { excerpt(source, from: $0.range, to: $0.range).strippingListMarker }))
            case .pause:
                steps.append(.pause)
            case let .question(id, _):
                steps.append(.question(id))
            case .quiz:
                steps.append(.quiz)
            }
        }
        flush()
        return steps
    }

    private static func body(_ blocks: [Block], _ source: SourceFile) -> String {
        guard let first = blocks.first, let last = blocks.last else { return "" }
        return excerpt(source, from: first.range, to: last.range)
    }

    /// The source lines from the start of `from` to the end of `to`.
    static func excerpt(_ source: SourceFile, from: SourceRange, to: SourceRange) -> String {
        let firstLine = max(1, from.start.line)
        var lastLine = to.end.line
        if to.end.column == 1, lastLine > firstLine { lastLine -= 1 }
        lastLine = min(lastLine, source.lines.count)
        guard firstLine <= lastLine else { return "" }
        return source.lines[(firstLine - 1)...(lastLine - 1)].joined(separator: "\n")
    }
}

extension String {
    /// A list item's text without its `1.` or `-` marker.
    var strippingListMarker: String {
        var text = Substring(self.trimmingCharacters(in: .whitespaces))
        if let first = text.first, first == "-" || first == "*" || first == "+" {
            text = text.dropFirst()
        } else {
            let digits = text.prefix { $0.isNumber }
            if !digits.isEmpty, text.dropFirst(digits.count).first == "." || text.dropFirst(digits.count).first == ")" {
                text = text.dropFirst(digits.count + 1)
            }
        }
        return text.trimmingCharacters(in: .whitespaces)
    }
}
