/// The block structure of Markdown: a line-based parser for the subset lessons use
/// (CommonMark-like): ATX and setext headings, paragraphs, fenced and indented code, nested
/// `-`/`*`/`+` and `1.`/`1)` lists, block quotes, GitHub pipe tables and thematic breaks.
/// Never fails: anything it does not recognise is paragraph text.
struct MarkdownBlockParser {
    private let lines: [Substring]
    private var index = 0

    init(_ source: String) {
        var text = source
        if text.contains("\r") { text = text.replacingCR() }
        lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    }

    init(lines: [Substring]) {
        self.lines = lines
    }

    static func parse(_ source: String) -> [Markdown.Block] {
        var parser = MarkdownBlockParser(source)
        return parser.blocks()
    }

    // MARK: Line classification

    static func indentation(_ line: Substring) -> Int {
        var count = 0
        for c in line {
            if c == " " { count += 1 } else if c == "\t" { count += 4 - count % 4 } else { break }
        }
        return count
    }

    static func isBlank(_ line: Substring) -> Bool { line.allSatisfy { $0 == " " || $0 == "\t" } }

    static func stripIndent(_ line: Substring, _ amount: Int) -> Substring {
        var removed = 0
        var rest = line
        while removed < amount, let c = rest.first, c == " " || c == "\t" {
            removed += c == "\t" ? 4 - removed % 4 : 1
            rest = rest.dropFirst()
        }
        return rest
    }

    static func fence(_ line: Substring) -> (Character, Int, String)? {
        guard indentation(line) <= 3 else { return nil }
        let trimmed = line.drop { $0 == " " }
        guard let c = trimmed.first, c == "`" || c == "~" else { return nil }
        let run = trimmed.prefix { $0 == c }.count
        guard run >= 3 else { return nil }
        let info = trimmed.dropFirst(run).trimmingCharacters()
        if c == "`" && info.contains("`") { return nil }
        return (c, run, info)
    }

    static func heading(_ line: Substring) -> (Int, String)? {
        guard indentation(line) <= 3 else { return nil }
        let trimmed = line.drop { $0 == " " }
        let hashes = trimmed.prefix { $0 == "#" }.count
        guard (1...6).contains(hashes) else { return nil }
        let rest = trimmed.dropFirst(hashes)
        guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { return nil }
        var text = rest.trimmingCharacters()
        // Closing sequence of #s preceded by a space.
        if let lastNonHash = text.lastIndex(where: { $0 != "#" }) {
            if text[lastNonHash] == " " && text.index(after: lastNonHash) < text.endIndex {
                text = String(text[..<lastNonHash]).trimmingCharacters()
            }
        } else {
            text = ""
        }
        return (hashes, text)
    }

    static func isRule(_ line: Substring) -> Bool {
        guard indentation(line) <= 3 else { return false }
        let chars = line.filter { $0 != " " && $0 != "\t" }
        guard chars.count >= 3, let first = chars.first, first == "-" || first == "*" || first == "_" else { return false }
        return chars.allSatisfy { $0 == first }
    }

    /// A list marker: (ordered, number, content column, content after the marker).
    static func listMarker(_ line: Substring) -> (ordered: Bool, number: Int, bullet: Character, column: Int, rest: Substring)? {
        let indent = indentation(line)
        let trimmed = stripIndent(line, indent)
        guard let first = trimmed.first else { return nil }
        var markerLength = 0
        var ordered = false
        var number = 0
        var bullet: Character = first
        if first == "-" || first == "*" || first == "+" {
            markerLength = 1
        } else if first.isASCII, first.isNumber {
            let digits = trimmed.prefix { $0.isASCII && $0.isNumber }
            guard digits.count <= 9 else { return nil }
            let after = trimmed.dropFirst(digits.count)
            guard let delimiter = after.first, delimiter == "." || delimiter == ")" else { return nil }
            ordered = true
            number = Int(digits) ?? 1
            bullet = delimiter
            markerLength = digits.count + 1
        } else {
            return nil
        }
        let afterMarker = trimmed.dropFirst(markerLength)
        if afterMarker.isEmpty { return (ordered, number, bullet, indent + markerLength + 1, afterMarker) }
        guard afterMarker.first == " " || afterMarker.first == "\t" else { return nil }
        var spaces = afterMarker.prefix { $0 == " " }.count
        if spaces > 4 || afterMarker.allSatisfy({ $0 == " " }) { spaces = 1 }
        return (ordered, number, bullet, indent + markerLength + spaces, afterMarker.dropFirst(min(spaces, afterMarker.count)))
    }

    static func splitRow(_ line: Substring) -> [String] {
        var text = line.trimmingCharacters()
        if text.hasPrefix("|") { text.removeFirst() }
        if text.hasSuffix("|") && !text.hasSuffix("\\|") { text.removeLast() }
        var cells: [String] = []
        var current = ""
        var escaped = false
        var inCode = false
        for c in text {
            if escaped {
                if c != "|" { current.append("\\") }
                current.append(c)
                escaped = false
                continue
            }
            if c == "\\" { escaped = true; continue }
            if c == "`" { inCode.toggle() }
            if c == "|" && !inCode {
                cells.append(current.trimmingCharacters())
                current = ""
            } else {
                current.append(c)
            }
        }
        if escaped { current.append("\\") }
        cells.append(current.trimmingCharacters())
        return cells
    }

    static func delimiterRow(_ line: Substring) -> [Alignment]? {
        guard line.contains("-") else { return nil }
        let cells = splitRow(line)
        var alignments: [Alignment] = []
        for cell in cells {
            guard !cell.isEmpty, cell.allSatisfy({ $0 == "-" || $0 == ":" }), cell.contains("-") else { return nil }
            let left = cell.hasPrefix(":"), right = cell.hasSuffix(":")
            alignments.append(left && right ? .center : right ? .right : .left)
        }
        return alignments
    }

    /// Whether `line` starts a block that interrupts a paragraph.
    static func interruptsParagraph(_ line: Substring) -> Bool {
        if heading(line) != nil || fence(line) != nil || isRule(line) { return true }
        let trimmed = line.drop { $0 == " " }
        if indentation(line) <= 3 && trimmed.hasPrefix(">") { return true }
        if let marker = listMarker(line), indentation(line) <= 3, !marker.rest.allSatisfy({ $0 == " " }) {
            return !marker.ordered || marker.number == 1
        }
        return false
    }

    // MARK: Blocks

    mutating func blocks() -> [Markdown.Block] {
        var result: [Markdown.Block] = []
        while index < lines.count {
            let line = lines[index]
            if Self.isBlank(line) { index += 1; continue }
            if let (c, run, info) = Self.fence(line) {
                result.append(fencedCode(c, run, info, indent: Self.indentation(line)))
            } else if let (level, text) = Self.heading(line) {
                result.append(.heading(level: level, content: MarkdownInlineParser.parse(text)))
                index += 1
            } else if Self.isRule(line) {
                result.append(.rule)
                index += 1
            } else if Self.indentation(line) <= 3 && line.drop(while: { $0 == " " }).hasPrefix(">") {
                result.append(quote())
            } else if Self.listMarker(line) != nil && Self.indentation(line) <= 3 {
                result.append(list())
            } else if Self.indentation(line) >= 4 {
                result.append(indentedCode())
            } else if line.contains("|"), index + 1 < lines.count, let alignments = Self.delimiterRow(lines[index + 1]),
                      Self.splitRow(line).count == alignments.count {
                result.append(table(alignments))
            } else {
                result.append(paragraph())
            }
        }
        return result
    }

    private mutating func fencedCode(_ c: Character, _ run: Int, _ info: String, indent: Int) -> Markdown.Block {
        index += 1
        var code: [Substring] = []
        while index < lines.count {
            let line = lines[index]
            if let (closing, closingRun, closingInfo) = Self.fence(line), closing == c, closingRun >= run, closingInfo.isEmpty {
                index += 1
                break
            }
            code.append(Self.stripIndent(line, indent))
            index += 1
        }
        let language = info.split(separator: " ").first.map(String.init)
        return .codeBlock(language: language, code: code.joined(separator: "\n"))
    }

    private mutating func indentedCode() -> Markdown.Block {
        var code: [Substring] = []
        while index < lines.count {
            let line = lines[index]
            if Self.isBlank(line) {
                // Blank lines inside indented code belong to it if more code follows.
                var next = index + 1
                while next < lines.count && Self.isBlank(lines[next]) { next += 1 }
                guard next < lines.count, Self.indentation(lines[next]) >= 4 else { break }
                for _ in index..<next { code.append("") }
                index = next
                continue
            }
            guard Self.indentation(line) >= 4 else { break }
            code.append(Self.stripIndent(line, 4))
            index += 1
        }
        return .codeBlock(language: nil, code: code.joined(separator: "\n"))
    }

    private mutating func quote() -> Markdown.Block {
        var inner: [Substring] = []
        while index < lines.count {
            let line = lines[index]
            let trimmed = line.drop { $0 == " " }
            if Self.indentation(line) <= 3 && trimmed.hasPrefix(">") {
                var rest = trimmed.dropFirst()
                if rest.first == " " { rest = rest.dropFirst() }
                inner.append(rest)
                index += 1
            } else if !Self.isBlank(line), !inner.isEmpty, !Self.isBlank(inner[inner.count - 1]), !Self.interruptsParagraph(line) {
                inner.append(line)  // lazy continuation of a quoted paragraph
                index += 1
            } else {
                break
            }
        }
        var parser = MarkdownBlockParser(lines: inner)
        return .quote(parser.blocks())
    }

    private mutating func list() -> Markdown.Block {
        guard let first = Self.listMarker(lines[index]) else { return paragraph() }
        var items: [[Markdown.Block]] = []
        while index < lines.count, let marker = Self.listMarker(lines[index]),
              marker.ordered == first.ordered, marker.bullet == first.bullet, Self.indentation(lines[index]) <= 3 {
            var itemLines: [Substring] = [marker.rest]
            let column = marker.column
            index += 1
            while index < lines.count {
                let line = lines[index]
                if Self.isBlank(line) {
                    var next = index + 1
                    while next < lines.count && Self.isBlank(lines[next]) { next += 1 }
                    guard next < lines.count, Self.indentation(lines[next]) >= column else { break }
                    for _ in index..<next { itemLines.append("") }
                    index = next
                    continue
                }
                if Self.indentation(line) >= column {
                    itemLines.append(Self.stripIndent(line, column))
                    index += 1
                } else if Self.listMarker(line) == nil, !Self.interruptsParagraph(line),
                          let last = itemLines.last, !Self.isBlank(last) {
                    itemLines.append(line.drop { $0 == " " })  // lazy continuation
                    index += 1
                } else {
                    break
                }
            }
            var parser = MarkdownBlockParser(lines: itemLines)
            items.append(parser.blocks())
            // A blank line between items keeps the list going.
            var next = index
            while next < lines.count && Self.isBlank(lines[next]) { next += 1 }
            if next > index, next < lines.count, let following = Self.listMarker(lines[next]),
               following.ordered == first.ordered, following.bullet == first.bullet, Self.indentation(lines[next]) <= 3 {
                index = next
            }
        }
        return .list(ordered: first.ordered, start: first.number, items: items)
    }

    private mutating func table(_ alignments: [Alignment]) -> Markdown.Block {
        let header = Self.splitRow(lines[index]).map(MarkdownInlineParser.parse)
        index += 2
        var rows: [[[Markdown.Inline]]] = []
        while index < lines.count, !Self.isBlank(lines[index]), lines[index].contains("|") {
            var cells = Self.splitRow(lines[index])
            if cells.count < alignments.count { cells += Array(repeating: "", count: alignments.count - cells.count) }
            rows.append(cells.prefix(alignments.count).map(MarkdownInlineParser.parse))
            index += 1
        }
        return .table(header: header, alignments: alignments, rows: rows)
    }

    private mutating func paragraph() -> Markdown.Block {
        var text: [Substring] = []
        while index < lines.count {
            let line = lines[index]
            if Self.isBlank(line) { break }
            if !text.isEmpty {
                // Setext headings.
                let trimmed = line.trimmingCharacters()
                if Self.indentation(line) <= 3, !trimmed.isEmpty, trimmed.allSatisfy({ $0 == "=" }) {
                    index += 1
                    return .heading(level: 1, content: MarkdownInlineParser.parse(text.map { $0.trimmingCharacters() }.joined(separator: "\n")))
                }
                if Self.indentation(line) <= 3, !trimmed.isEmpty, trimmed.allSatisfy({ $0 == "-" }) {
                    index += 1
                    return .heading(level: 2, content: MarkdownInlineParser.parse(text.map { $0.trimmingCharacters() }.joined(separator: "\n")))
                }
                if Self.interruptsParagraph(line) { break }
                if line.contains("|"), index + 1 < lines.count, Self.delimiterRow(lines[index + 1]) != nil { break }
            }
            text.append(line.drop { $0 == " " || $0 == "\t" })
            index += 1
        }
        return .paragraph(MarkdownInlineParser.parse(text.joined(separator: "\n")))
    }
}

extension StringProtocol {
    func trimmingCharacters() -> String {
        var s = Substring(self)
        while let c = s.first, c == " " || c == "\t" { s.removeFirst() }
        while let c = s.last, c == " " || c == "\t" { s.removeLast() }
        return String(s)
    }
}

extension String {
    func replacingCR() -> String {
        var result = ""
        var previousCR = false
        for scalar in unicodeScalars {
            if scalar == "\r" { result.append("\n"); previousCR = true; continue }
            if scalar == "\n" && previousCR { previousCR = false; continue }
            previousCR = false
            result.unicodeScalars.append(scalar)
        }
        return result
    }
}
