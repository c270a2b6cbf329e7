/// Splits a GIFT file into question chunks: blank lines separate questions, `//` lines are
/// comments, `$CATEGORY:` lines are dropped.
enum GIFTChunker {
    struct Chunk {
        /// The question's text with its lines joined by newlines.
        var text: String
        /// The line it starts on.
        var line: Int
    }

    static func chunks(_ lines: [Substring]) -> [Chunk] {
        var result: [Chunk] = []
        var current: [Substring] = []
        var start = 0
        var depth = 0
        func flush() {
            if !current.isEmpty {
                result.append(Chunk(text: current.joined(separator: "\n"), line: start))
            }
            current = []
        }
        for (index, line) in lines.enumerated() {
            let trimmed = line.trimmingSpaces()
            if depth == 0 && trimmed.hasPrefix("//") { continue }
            if depth == 0 && trimmed.hasPrefix("$CATEGORY:") { continue }
            if trimmed.isEmpty && depth == 0 {
                flush()
                continue
            }
            if current.isEmpty { start = index + 1 }
            current.append(line)
            depth = max(0, depth + GIFTText.braceBalance(line))
        }
        flush()
        return result
    }
}

/// GIFT's escapes and special characters.
enum GIFTText {
    /// `\~` → `~` and so on; `\n` becomes a newline.
    static func unescape(_ text: String) -> String {
        var out = ""
        var escaped = false
        for character in text {
            if escaped {
                if character == "n" {
                    out.append("\n")
                } else {
                    if !"~=#{}:\\".contains(character) { out.append("\\") }
                    out.append(character)
                }
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else {
                out.append(character)
            }
        }
        if escaped { out.append("\\") }
        return out
    }

    /// `text` with GIFT's special characters escaped.
    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "~", "=", "#", "{", "}", ":", "\\": out += "\\" + String(character)
            case "\n": out += "\\n"
            default: out.append(character)
            }
        }
        return out
    }

    /// Unescaped `{` minus unescaped `}` on a line.
    static func braceBalance(_ line: Substring) -> Int {
        var balance = 0
        var escaped = false
        for character in line {
            if escaped { escaped = false; continue }
            if character == "\\" { escaped = true } else if character == "{" { balance += 1 } else if character == "}" { balance -= 1 }
        }
        return balance
    }

    /// The first unescaped `character` at or after `from`.
    static func findUnescaped(_ character: Character, in text: String, from: String.Index? = nil) -> String.Index? {
        var index = from ?? text.startIndex
        while index < text.endIndex {
            let current = text[index]
            if current == "\\" {
                index = text.index(after: index)
                if index < text.endIndex { index = text.index(after: index) }
                continue
            }
            if current == character { return index }
            index = text.index(after: index)
        }
        return nil
    }

    /// The first unescaped occurrence of `needle`.
    static func find(_ needle: String, in text: String, from offset: Int = 0) -> String.Index? {
        var index = text.index(text.startIndex, offsetBy: offset, limitedBy: text.endIndex) ?? text.endIndex
        while index < text.endIndex {
            if text[index] == "\\" {
                index = text.index(after: index)
                if index < text.endIndex { index = text.index(after: index) }
                continue
            }
            if text[index...].hasPrefix(needle) { return index }
            index = text.index(after: index)
        }
        return nil
    }

    /// `text` split on unescaped `separator` (escapes kept).
    static func splitUnescaped(_ text: String, on separator: Character) -> [String] {
        var parts: [String] = []
        var current = ""
        var escaped = false
        for character in text {
            if escaped {
                current.append(character)
                escaped = false
            } else if character == "\\" {
                current.append(character)
                escaped = true
            } else if character == separator {
                parts.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        parts.append(current)
        return parts
    }
}

/// One `=` or `~` answer of a GIFT answer block.
struct GIFTAnswer {
    var isRight: Bool
    /// `%50%` → 50.
    var weight: Double?
    var text: String
    var feedback: String?
    /// For matching: the right side of `->`.
    var matchTarget: String?

    /// Every answer of a block: split on unescaped `=` and `~`.
    static func parseAll(_ block: String) -> [GIFTAnswer] {
        var answers: [GIFTAnswer] = []
        var current: (right: Bool, text: String)?
        var escaped = false
        for character in block {
            if escaped {
                current?.text.append("\\")
                current?.text.append(character)
                escaped = false
                continue
            }
            if character == "\\" {
                escaped = true
                continue
            }
            if character == "=" || character == "~" {
                if let open = current { answers.append(parse(open.text, isRight: open.right)) }
                current = (character == "=", "")
                continue
            }
            current?.text.append(character)
        }
        if let open = current { answers.append(parse(open.text, isRight: open.right)) }
        return answers
    }

    private static func parse(_ raw: String, isRight: Bool) -> GIFTAnswer {
        var text = raw.trimmingSpaces()
        var weight: Double?
        if text.hasPrefix("%"), let end = text.dropFirst().firstIndex(of: "%") {
            weight = NumberText.parse(text[text.index(after: text.startIndex)..<end])
            text = String(text[text.index(after: end)...])
        }
        let parts = GIFTText.splitUnescaped(text, on: "#")
        var body = parts[0]
        let feedback = parts.count > 1 ? GIFTText.unescape(parts[1...].joined(separator: "#")).trimmingSpaces() : nil
        var target: String?
        if let arrow = GIFTText.find("->", in: body) {
            target = GIFTText.unescape(String(body[body.index(arrow, offsetBy: 2)...])).trimmingSpaces()
            body = String(body[..<arrow])
        }
        return GIFTAnswer(isRight: isRight, weight: weight, text: GIFTText.unescape(body).trimmingSpaces(),
                          feedback: feedback?.isEmpty == true ? nil : feedback, matchTarget: target)
    }
}
