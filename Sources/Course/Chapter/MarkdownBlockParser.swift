import Terminal
/// Parses the body of a chapter into blocks: Markdown (FORMATS.md's subset) and, at the top
/// level, `:::` directives. Problems go to the sink; parsing always goes on to the end.
///
/// Each line is looked at a bounded number of times (once per container level, and containers
/// nest at most ``SourceLimits/maximumMarkdownDepth`` deep), so any input parses in linear time.
struct MarkdownBlockParser {
    var sink: DiagnosticSink

    init(sink: DiagnosticSink) {
        self.sink = sink
    }

    // MARK: Blocks

    mutating func parseBlocks(_ lines: [SourceLine], depth: Int, directivesAllowed: Bool) -> [Block] {
        var blocks: [Block] = []
        var index = 0
        while index < lines.count {
            let line = lines[index]
            if line.isBlank {
                index += 1
                continue
            }
            if let opener = DirectiveLine(line) {
                if opener.name == nil {
                    sink.error("':::' closes no directive", at: line.trimmedLeading.start,
                               hint: "a directive runs from '::: name' to the first line ':::' after it")
                    index += 1
                    continue
                }
                if directivesAllowed {
                    let (block, next) = parseDirective(lines, at: index, opener: opener, depth: depth)
                    if let block { blocks.append(block) }
                    index = next
                    continue
                }
            }
            if let fence = Fence(line) {
                let (block, next) = parseCode(lines, at: index, fence: fence)
                blocks.append(block)
                index = next
                continue
            }
            if let heading = parseHeading(line) {
                blocks.append(heading)
                index += 1
                continue
            }
            if isRule(line) {
                blocks.append(Block(.rule, range: SourceRange(start: line.trimmedLeading.start, end: line.end)))
                index += 1
                continue
            }
            if isQuoteStart(line) {
                let (block, next) = parseQuote(lines, at: index, depth: depth)
                blocks.append(block)
                index = next
                continue
            }
            if let marker = ListMarker(line) {
                let (block, next) = parseList(lines, at: index, first: marker, depth: depth)
                blocks.append(block)
                index = next
                continue
            }
            if index + 1 < lines.count, let table = parseTable(lines, at: index) {
                blocks.append(table.block)
                index = table.next
                continue
            }
            let (block, next) = parseParagraph(lines, at: index)
            blocks.append(block)
            index = next
        }
        return blocks
    }

    /// Whether a line starts a block other than a paragraph (it ends a paragraph).
    private func startsBlock(_ line: SourceLine) -> Bool {
        DirectiveLine(line) != nil || Fence(line) != nil || isHeading(line) || isRule(line) || isQuoteStart(line)
            || ListMarker(line).map { !$0.ordered || $0.number == 1 } == true
    }

    private func isHeading(_ line: SourceLine) -> Bool {
        guard line.indent < 4 else { return false }
        let text = line.trimmedLeading.text.unicodeScalars
        let hashes = text.prefix(while: { $0 == "#" }).count
        guard (1...6).contains(hashes) else { return false }
        let rest = text.dropFirst(hashes)
        return rest.isEmpty || rest.first == " " || rest.first == "\t"
    }

    private mutating func parseHeading(_ line: SourceLine) -> Block? {
        guard isHeading(line) else { return nil }
        let trimmed = line.trimmedLeading
        let level = trimmed.text.unicodeScalars.prefix(while: { $0 == "#" }).count
        var content = trimmed.dropping(level).trimmedLeading
        // Drop a closing run of #s: "## Title ##".
        var scalars = Array(content.text.unicodeScalars)
        while let last = scalars.last, last == " " || last == "\t" { scalars.removeLast() }
        var closing = scalars.count
        while closing > 0, scalars[closing - 1] == "#" { closing -= 1 }
        if closing < scalars.count, closing == 0 || scalars[closing - 1] == " " {
            scalars.removeSubrange(closing...)
            while let last = scalars.last, last == " " { scalars.removeLast() }
        }
        content.text = Substring(String(String.UnicodeScalarView(scalars)))
        if level > 3 {
            sink.warning("heading level \(level) is not used in chapters; use # to ###", at: trimmed.start)
        }
        var inline = InlineParser(lines: [content])
        return Block(.heading(level: level, content: inline.parse()), range: SourceRange(start: trimmed.start, end: line.end))
    }

    private func isRule(_ line: SourceLine) -> Bool {
        guard line.indent < 4 else { return false }
        var marker: UInt8 = 0
        var count = 0
        for byte in line.text.utf8 where byte != 32 && byte != 9 {
            if marker == 0 {
                guard byte == UInt8(ascii: "-") || byte == UInt8(ascii: "*") || byte == UInt8(ascii: "_") else { return false }
                marker = byte
            } else if byte != marker {
                return false
            }
            count += 1
        }
        return count >= 3
    }

    private func isQuoteStart(_ line: SourceLine) -> Bool {
        line.indent < 4 && line.trimmedLeading.text.first == ">"
    }

    // MARK: Code

    private struct Fence {
        var character: Character
        var length: Int
        var indent: Int
        var info: String

        init?(_ line: SourceLine) {
            guard line.indent < 4 else { return nil }
            let text = line.trimmedLeading.text
            guard let first = text.first, first == "`" || first == "~" else { return nil }
            let length = text.prefix(while: { $0 == first }).count
            guard length >= 3 else { return nil }
            let info = text.dropFirst(length).trimmingSpaces()
            if first == "`" && info.contains("`") { return nil }
            self.character = first
            self.length = length
            self.indent = line.indent
            self.info = info
        }

        func isClosed(by line: SourceLine) -> Bool {
            guard line.indent < 4 else { return false }
            let text = line.trimmedLeading.text
            let run = text.prefix(while: { $0 == character }).count
            return run >= length && text.dropFirst(run).allSatisfy { $0 == " " || $0 == "\t" }
        }
    }

    private mutating func parseCode(_ lines: [SourceLine], at start: Int, fence: Fence) -> (Block, Int) {
        var index = start + 1
        var body: [String] = []
        while index < lines.count, !fence.isClosed(by: lines[index]) {
            body.append(String(lines[index].dedented(by: fence.indent).text))
            index += 1
        }
        let open = lines[start]
        let end: SourceLocation
        if index < lines.count {
            end = lines[index].end
            index += 1
        } else {
            sink.error("code block is never closed", at: open.trimmedLeading.start,
                       hint: "add a line \(String(repeating: fence.character, count: fence.length)) after the code")
            end = lines.last?.end ?? open.end
        }
        let language = fence.info.split(separator: " ").first.map(String.init)
        return (Block(.code(language: language, text: body.joined(separator: "\n")),
                      range: SourceRange(start: open.trimmedLeading.start, end: end)), index)
    }

    // MARK: Quotes

    private mutating func parseQuote(_ lines: [SourceLine], at start: Int, depth: Int) -> (Block, Int) {
        var inner: [SourceLine] = []
        var index = start
        while index < lines.count, isQuoteStart(lines[index]) {
            var stripped = lines[index].trimmedLeading.dropping(1)
            if stripped.text.first == " " { stripped = stripped.dropping(1) }
            inner.append(stripped)
            index += 1
        }
        let range = SourceRange(start: lines[start].trimmedLeading.start, end: lines[index - 1].end)
        guard depth < SourceLimits.maximumMarkdownDepth else {
            sink.error("block quotes and lists nested more than \(SourceLimits.maximumMarkdownDepth) levels deep",
                       at: range.start)
            return (Block(.quote([]), range: range), index)
        }
        return (Block(.quote(parseBlocks(inner, depth: depth + 1, directivesAllowed: false)), range: range), index)
    }

    // MARK: Lists

    private struct ListMarker {
        var ordered: Bool
        var bullet: Character
        var number: Int
        /// Columns from the line's start to the item's content.
        var contentIndent: Int
        var markerIndent: Int
        /// Scalars from the marker to the item's content on the marker line.
        var markerScalars: Int

        init?(_ line: SourceLine) {
            let indent = line.indent
            guard indent < 4 else { return nil }
            let text = Array(line.trimmedLeading.text)
            guard let first = text.first else { return nil }
            var markerWidth: Int
            if first == "-" || first == "*" || first == "+" {
                ordered = false
                bullet = first
                number = 1
                markerWidth = 1
            } else {
                let digits = text.prefix(while: { $0.isASCII && $0.isNumber })
                guard (1...9).contains(digits.count), digits.count < text.count,
                      text[digits.count] == "." || text[digits.count] == ")" else { return nil }
                ordered = true
                bullet = text[digits.count]
                number = Int(String(digits)) ?? 1
                markerWidth = digits.count + 1
            }
            if markerWidth < text.count {
                guard text[markerWidth] == " " || text[markerWidth] == "\t" else { return nil }
                let spaces = text[markerWidth...].prefix(while: { $0 == " " }).count
                let allBlank = text[markerWidth...].allSatisfy { $0 == " " || $0 == "\t" }
                markerWidth += allBlank ? 1 : (spaces > 4 ? 1 : max(1, spaces))
            } else {
                markerWidth += 1
            }
            markerIndent = indent
            markerScalars = min(markerWidth, text.count)
            contentIndent = indent + markerWidth
        }

        func continues(_ other: ListMarker) -> Bool {
            ordered == other.ordered && bullet == other.bullet
        }
    }

    private mutating func parseList(_ lines: [SourceLine], at start: Int, first: ListMarker, depth: Int) -> (Block, Int) {
        var items: [ListItem] = []
        var index = start
        var marker = first
        while index < lines.count {
            // One item: the marker line, then lines indented to its content, lazy paragraph
            // continuations, and blank lines followed by indented content.
            let opening = lines[index]
            var content: [SourceLine] = [opening.trimmedLeading.dropping(marker.markerScalars)]
            index += 1
            var lastNonBlank = index - 1
            while index < lines.count {
                let line = lines[index]
                if line.isBlank {
                    // A blank line continues the item only if indented content follows.
                    var next = index + 1
                    while next < lines.count, lines[next].isBlank { next += 1 }
                    if next < lines.count, lines[next].indent >= marker.contentIndent {
                        while index < next {
                            content.append(SourceLine(number: lines[index].number, text: "", column: 1))
                            index += 1
                        }
                        continue
                    }
                    break
                }
                if line.indent >= marker.contentIndent {
                    content.append(line.dedented(by: marker.contentIndent))
                    lastNonBlank = index
                    index += 1
                    continue
                }
                if ListMarker(line) != nil || startsBlock(line) { break }
                // Lazy continuation of the item's paragraph.
                if lastNonBlank == index - 1 {
                    content.append(line.trimmedLeading)
                    lastNonBlank = index
                    index += 1
                    continue
                }
                break
            }
            let range = SourceRange(start: opening.trimmedLeading.start, end: lines[lastNonBlank].end)
            let blocks: [Block]
            if depth < SourceLimits.maximumMarkdownDepth {
                blocks = parseBlocks(content, depth: depth + 1, directivesAllowed: false)
            } else {
                sink.error("block quotes and lists nested more than \(SourceLimits.maximumMarkdownDepth) levels deep",
                           at: range.start)
                blocks = []
            }
            items.append(ListItem(blocks: blocks, range: range))
            // The next item, possibly after blank lines.
            var next = index
            while next < lines.count, lines[next].isBlank { next += 1 }
            guard next < lines.count, let following = ListMarker(lines[next]), following.continues(first),
                  !isRule(lines[next]) else { break }
            marker = following
            index = next
        }
        let range = SourceRange(start: items.first?.range.start ?? lines[start].start, end: items.last?.range.end ?? lines[start].end)
        return (Block(.list(MarkdownList(ordered: first.ordered, start: first.number, items: items)), range: range), index)
    }

    // MARK: Tables

    private mutating func parseTable(_ lines: [SourceLine], at start: Int) -> (block: Block, next: Int)? {
        let header = lines[start]
        let delimiter = lines[start + 1]
        guard header.text.contains("|"), header.indent < 4,
              let alignments = delimiterRow(delimiter) else { return nil }
        let headerCells = cells(of: header)
        guard headerCells.count == alignments.count else {
            sink.warning("table header has \(headerCells.count) cells but the line under it has \(alignments.count)",
                         at: delimiter.trimmedLeading.start)
            return nil
        }
        var rows: [[TableCell]] = []
        var index = start + 2
        while index < lines.count, !lines[index].isBlank, lines[index].text.contains("|"), !startsBlock(lines[index]) {
            var row = cells(of: lines[index])
            if row.count > alignments.count {
                sink.warning("table row has \(row.count) cells; the header has \(alignments.count)", at: lines[index].trimmedLeading.start)
                row.removeLast(row.count - alignments.count)
            }
            while row.count < alignments.count {
                row.append(TableCell(content: [], range: SourceRange(at: lines[index].end)))
            }
            rows.append(row)
            index += 1
        }
        let table = MarkdownTable(alignments: alignments, header: headerCells, rows: rows)
        return (Block(.table(table), range: SourceRange(start: header.trimmedLeading.start, end: lines[index - 1].end)), index)
    }

    private func delimiterRow(_ line: SourceLine) -> [MarkdownTable.Alignment]? {
        var text = line.text.trimmingSpaces()
        guard text.contains("-"), text.allSatisfy({ "|:- \t".contains($0) }) else { return nil }
        let hadPipe = text.contains("|")
        if text.hasPrefix("|") { text.removeFirst() }
        if text.hasSuffix("|") { text.removeLast() }
        var result: [MarkdownTable.Alignment] = []
        for part in text.split(separator: "|", omittingEmptySubsequences: false) {
            let cell = part.trimmingSpaces()
            guard cell.contains("-"), !cell.dropFirst().dropLast().contains(":") else { return nil }
            switch (cell.hasPrefix(":"), cell.hasSuffix(":")) {
            case (true, true): result.append(.center)
            case (true, false): result.append(.left)
            case (false, true): result.append(.right)
            case (false, false): result.append(.none)
            }
        }
        guard hadPipe || result.count > 1 else { return nil }
        return result
    }

    private func cells(of line: SourceLine) -> [TableCell] {
        var cells: [TableCell] = []
        let scalars = Array(line.text.unicodeScalars)
        var start = 0
        while start < scalars.count, scalars[start] == " " || scalars[start] == "\t" { start += 1 }
        var end = scalars.count
        while end > start, scalars[end - 1] == " " || scalars[end - 1] == "\t" { end -= 1 }
        if start < end, scalars[start] == "|" { start += 1 }
        if end > start, scalars[end - 1] == "|", end - 2 < start || scalars[end - 2] != "\\" { end -= 1 }
        var cellStart = start
        var index = start
        func addCell(_ from: Int, _ to: Int) {
            var low = from
            var high = to
            while low < high, scalars[low] == " " || scalars[low] == "\t" { low += 1 }
            while high > low, scalars[high - 1] == " " || scalars[high - 1] == "\t" { high -= 1 }
            let text = String(String.UnicodeScalarView(scalars[low..<high])).replacingOccurrences(of: "\\|", with: "|")
            let cellLine = SourceLine(number: line.number, text: Substring(text), column: line.column + low)
            var inline = InlineParser(lines: [cellLine])
            cells.append(TableCell(content: inline.parse(),
                                   range: SourceRange(start: line.location(at: low), end: line.location(at: high))))
        }
        while index < end {
            if scalars[index] == "\\" { index += 2; continue }
            if scalars[index] == "|" {
                addCell(cellStart, index)
                cellStart = index + 1
            }
            index += 1
        }
        addCell(cellStart, min(end, scalars.count))
        return cells
    }

    // MARK: Paragraphs

    private mutating func parseParagraph(_ lines: [SourceLine], at start: Int) -> (Block, Int) {
        var paragraph: [SourceLine] = [lines[start].trimmedLeading]
        var index = start + 1
        while index < lines.count, !lines[index].isBlank, !startsBlock(lines[index]) {
            paragraph.append(lines[index].trimmedLeading)
            index += 1
        }
        var inline = InlineParser(lines: paragraph)
        return (Block(.paragraph(inline.parse()), range: SourceRange(start: paragraph[0].start, end: lines[index - 1].end)), index)
    }

    // MARK: Directives

    /// A line `::: name rest` (name nil for a closing `:::`).
    struct DirectiveLine {
        var name: String?
        var nameLocation: SourceLocation
        /// What follows the name, and where it starts.
        var rest: SourceLine
        var line: SourceLine

        init?(_ line: SourceLine) {
            guard line.indent < 4 else { return nil }
            let trimmed = line.trimmedLeading
            guard trimmed.text.hasPrefix(":::") else { return nil }
            let afterColons = trimmed.dropping(3)
            let nameStart = afterColons.trimmedLeading
            let name = nameStart.text.unicodeScalars.prefix { !($0 == " " || $0 == "\t") }
            self.line = line
            self.nameLocation = nameStart.start
            self.name = name.isEmpty ? nil : String(String.UnicodeScalarView(name))
            self.rest = nameStart.dropping(name.count).trimmedLeading
        }
    }

    private mutating func parseDirective(_ lines: [SourceLine], at start: Int, opener: DirectiveLine, depth: Int) -> (Block?, Int) {
        let name = opener.name ?? ""
        // The body runs to the first closing ':::' outside a code fence. A new '::: name' line
        // before it means this directive was never closed.
        var index = start + 1
        var fence: Fence?
        var closeIndex: Int?
        while index < lines.count {
            let line = lines[index]
            if let open = fence {
                if open.isClosed(by: line) { fence = nil }
            } else if let newFence = Fence(line) {
                fence = newFence
            } else if let directive = DirectiveLine(line) {
                if directive.name == nil { closeIndex = index }
                break
            }
            index += 1
        }
        let bodyEnd = closeIndex ?? index
        let body = Array(lines[(start + 1)..<bodyEnd])
        let openLine = opener.line.trimmedLeading
        let rangeEnd = closeIndex.map { lines[$0].end } ?? (bodyEnd > start + 1 ? lines[bodyEnd - 1].end : opener.line.end)
        let range = SourceRange(start: openLine.start, end: rangeEnd)
        let nameRange = SourceRange(start: opener.nameLocation,
                                    end: SourceLocation(line: opener.nameLocation.line,
                                                        column: opener.nameLocation.column + name.unicodeScalars.count))
        if closeIndex == nil {
            if bodyEnd < lines.count {
                sink.error("directive '\(name)' is never closed: directives do not nest", at: openLine.start,
                           hint: "add a line ':::' before line \(lines[bodyEnd].number)")
            } else {
                sink.error("directive '\(name)' is never closed", at: openLine.start,
                           hint: "add a line ':::' after its body")
            }
        }
        let next = closeIndex.map { $0 + 1 } ?? bodyEnd
        guard let kind = directiveKind(name: name, opener: opener, body: body, depth: depth) else {
            return (nil, next)
        }
        return (Block(.directive(Directive(kind: kind, name: name, nameRange: nameRange, range: range)), range: range), next)
    }

    private mutating func directiveKind(name: String, opener: DirectiveLine, body: [SourceLine], depth: Int) -> Directive.Kind? {
        let bodyIsBlank = body.allSatisfy(\.isBlank)
        func parseBody() -> [Block] {
            parseBlocks(body, depth: depth + 1, directivesAllowed: false)
        }
        switch name {
        case "sim":
            let tokens = DirectiveArguments.split(opener.rest)
            guard let first = tokens.first else {
                sink.error("'sim' needs a simulation id, as in '::: sim grid-vs-random'", at: opener.rest.start)
                _ = parseBody()
                return nil
            }
            if first.text.contains("=") {
                sink.error("'sim' needs a simulation id before its settings", at: first.start)
            }
            var settings: [SimulationSetting] = []
            for token in tokens.dropFirst() {
                guard let equals = token.text.firstIndex(of: "="), equals != token.text.startIndex else {
                    sink.error("expected a setting NAME=VALUE, found '\(token.text)'", at: token.start)
                    continue
                }
                let settingName = String(token.text[..<equals])
                let value = String(token.text[token.text.index(after: equals)...])
                let valueOffset = token.text[..<equals].unicodeScalars.count + 1 + (token.quotedValue ? 1 : 0)
                settings.append(SimulationSetting(
                    name: settingName, value: token.quotedValue ? token.unquotedValue : value,
                    range: SourceRange(start: token.start, end: token.end),
                    valueLocation: SourceLocation(line: token.start.line, column: token.start.column + valueOffset)))
            }
            let idRange = SourceRange(start: first.start, end: first.end)
            return .sim(SimulationEmbed(id: first.text, idRange: idRange, settings: settings, caption: parseBody()))
        case "insight", "warning", "note":
            let style = Callout.Style(rawValue: name) ?? .note
            let title = opener.rest.text.trimmingSpaces()
            if bodyIsBlank {
                sink.warning("'\(name)' has an empty body", at: opener.line.trimmedLeading.start)
            }
            return .callout(Callout(style: style, title: title.isEmpty ? nil : title, body: parseBody()))
        case "steps":
            if !opener.rest.isBlank {
                sink.warning("'steps' takes no argument; '\(opener.rest.text.trimmingSpaces())' is ignored", at: opener.rest.start)
            }
            let blocks = parseBody()
            var items: [ListItem] = []
            for block in blocks {
                if case .list(let list) = block.kind, list.ordered {
                    items += list.items
                } else {
                    sink.error("the body of 'steps' must be a numbered list (1. …), one item per card", at: block.range.start)
                }
            }
            if blocks.isEmpty {
                sink.error("'steps' has no steps: write a numbered list (1. …) in its body", at: opener.line.trimmedLeading.start)
            }
            return .steps(items)
        case "pause", "quiz":
            if !opener.rest.isBlank {
                sink.error("'\(name)' takes no argument", at: opener.rest.start)
            }
            if !bodyIsBlank, let first = body.first(where: { !$0.isBlank }) {
                sink.warning("'\(name)' has no body; this text is ignored", at: first.trimmedLeading.start)
            }
            return name == "pause" ? .pause : .quiz
        case "question":
            let tokens = DirectiveArguments.split(opener.rest)
            guard let first = tokens.first else {
                sink.error("'question' needs a question id, as in '::: question why-random-wins'", at: opener.rest.start)
                return nil
            }
            if tokens.count > 1 {
                sink.error("'question' takes one question id", at: tokens[1].start)
            }
            if !CourseID.isValid(first.text) {
                sink.error("'\(first.text)' is not a question id (lowercase letters, digits and dashes)", at: first.start)
            }
            if !bodyIsBlank, let line = body.first(where: { !$0.isBlank }) {
                sink.warning("'question' has no body; this text is ignored", at: line.trimmedLeading.start)
            }
            return .question(id: first.text, location: first.start)
        default:
            sink.error("unknown directive '\(name)'", at: opener.nameLocation,
                       hint: Suggestion.hint(for: name, among: Directive.names)
                           ?? "directives are: \(Directive.names.joined(separator: ", "))")
            return nil
        }
    }
}

/// The whitespace-separated arguments of a directive line; `NAME="a b"` keeps its spaces.
enum DirectiveArguments {
    struct Token {
        var text: String
        var start: SourceLocation
        var end: SourceLocation
        var quotedValue: Bool
        /// For `NAME="value"`: the value without quotes.
        var unquotedValue: String
    }

    static func split(_ line: SourceLine) -> [Token] {
        let scalars = Array(line.text.unicodeScalars)
        var tokens: [Token] = []
        var index = 0
        while index < scalars.count {
            while index < scalars.count, scalars[index] == " " || scalars[index] == "\t" { index += 1 }
            guard index < scalars.count else { break }
            let start = index
            var inQuote = false
            var quoted = false
            var unquoted = String.UnicodeScalarView()
            var sawEquals = false
            while index < scalars.count, inQuote || !(scalars[index] == " " || scalars[index] == "\t") {
                let scalar = scalars[index]
                if scalar == "\"", sawEquals, (inQuote || scalars[index - 1] == "=") {
                    inQuote.toggle()
                    quoted = true
                } else if sawEquals {
                    unquoted.append(scalar)
                }
                if scalar == "=" && !sawEquals { sawEquals = true }
                index += 1
            }
            let text = String(String.UnicodeScalarView(scalars[start..<index]))
            tokens.append(Token(text: text, start: line.location(at: start), end: line.location(at: index),
                                quotedValue: quoted, unquotedValue: String(unquoted)))
        }
        return tokens
    }
}
