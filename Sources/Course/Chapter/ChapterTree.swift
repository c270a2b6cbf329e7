/// A plain-text outline of a parsed chapter with every node's range, one node per line.
///
/// Meant for golden tests and for debugging a script (`lesson check --tree` could print it);
/// the format is stable: `kind details start-end`, children indented by two spaces.
public enum ChapterTree {
    public static func describe(_ chapter: Chapter) -> String {
        var out = ""
        let matter = chapter.frontMatter
        out += "front-matter id=\(matter.id) title=\(quote(matter.title))"
        if let quiz = matter.quiz { out += " quiz=\(quiz)" }
        out += " \(matter.range)\n"
        for block in chapter.blocks { describe(block, indent: 0, into: &out) }
        return out
    }

    private static func describe(_ block: Block, indent: Int, into out: inout String) {
        let pad = String(repeating: "  ", count: indent)
        switch block.kind {
        case .heading(let level, let content):
            out += "\(pad)heading level=\(level) \(block.range)\n"
            describe(content, indent: indent + 1, into: &out)
        case .paragraph(let content):
            out += "\(pad)paragraph \(block.range)\n"
            describe(content, indent: indent + 1, into: &out)
        case .code(let language, let text):
            out += "\(pad)code language=\(language ?? "-") \(quote(text)) \(block.range)\n"
        case .list(let list):
            out += "\(pad)list \(list.ordered ? "ordered start=\(list.start)" : "bullet") \(block.range)\n"
            for item in list.items {
                out += "\(pad)  item \(item.range)\n"
                for child in item.blocks { describe(child, indent: indent + 2, into: &out) }
            }
        case .quote(let blocks):
            out += "\(pad)quote \(block.range)\n"
            for child in blocks { describe(child, indent: indent + 1, into: &out) }
        case .table(let table):
            out += "\(pad)table align=\(table.alignments.map(\.rawValue).joined(separator: ",")) \(block.range)\n"
            for (index, row) in ([table.header] + table.rows).enumerated() {
                out += "\(pad)  \(index == 0 ? "header" : "row")\n"
                for cell in row {
                    out += "\(pad)    cell \(cell.range)\n"
                    describe(cell.content, indent: indent + 3, into: &out)
                }
            }
        case .rule:
            out += "\(pad)rule \(block.range)\n"
        case .directive(let directive):
            out += "\(pad)directive \(directive.name) \(directive.range) name=\(directive.nameRange)\n"
            switch directive.kind {
            case .sim(let embed):
                out += "\(pad)  sim id=\(embed.id) \(embed.idRange)\n"
                for setting in embed.settings {
                    out += "\(pad)  setting \(setting.name)=\(quote(setting.value)) \(setting.range)\n"
                }
                for child in embed.caption { describe(child, indent: indent + 1, into: &out) }
            case .callout(let callout):
                out += "\(pad)  callout style=\(callout.style.rawValue) title=\(callout.title.map(quote) ?? "-")\n"
                for child in callout.body { describe(child, indent: indent + 1, into: &out) }
            case .steps(let items):
                for item in items {
                    out += "\(pad)  step \(item.range)\n"
                    for child in item.blocks { describe(child, indent: indent + 2, into: &out) }
                }
            case .pause:
                break
            case .question(let id, let location):
                out += "\(pad)  question id=\(id) at=\(location)\n"
            case .quiz:
                break
            }
        }
    }

    private static func describe(_ inlines: [Inline], indent: Int, into out: inout String) {
        let pad = String(repeating: "  ", count: indent)
        for inline in inlines {
            switch inline.kind {
            case .text(let text):
                out += "\(pad)text \(quote(text)) \(inline.range)\n"
            case .code(let text):
                out += "\(pad)code \(quote(text)) \(inline.range)\n"
            case .softBreak:
                out += "\(pad)soft-break \(inline.range)\n"
            case .strong(let children):
                out += "\(pad)strong \(inline.range)\n"
                describe(children, indent: indent + 1, into: &out)
            case .emphasis(let children):
                out += "\(pad)emphasis \(inline.range)\n"
                describe(children, indent: indent + 1, into: &out)
            }
        }
    }

    private static func quote(_ text: String) -> String {
        JSONText.quoted(text)
    }
}
