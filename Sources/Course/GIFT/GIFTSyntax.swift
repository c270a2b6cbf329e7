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

    /// Where the text that follows `text` starts, when `text` starts at `location` (columns in
    /// Unicode scalars, as ``SourceLocation`` counts them).
    static func location(after text: Substring, from location: SourceLocation) -> SourceLocation {
        var result = location
        for scalar in text.unicodeScalars {
            if scalar == "\n" {
                result = SourceLocation(line: result.line + 1, column: 1)
            } else {
                result.column += 1
            }
        }
        return result
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
    /// Where its `=` or `~` is in the block, in characters.
    var offset = 0

    /// Text before the block's first unescaped `=` or `~` that is not blank, and its offset
    /// in characters: an answer without a prefix, which GIFT does not allow.
    static func unprefixedText(_ block: String) -> (text: String, offset: Int)? {
        var escaped = false
        var text = ""
        var start: Int?
        for (offset, character) in block.enumerated() {
            if escaped { escaped = false; text.append(character); continue }
            if character == "\\" { escaped = true; text.append(character); continue }
            if character == "=" || character == "~" { break }
            if start == nil && !character.isWhitespace { start = offset }
            text.append(character)
        }
        guard let start else { return nil }
        return (text.trimmingSpaces(), start)
    }

    /// Every answer of a block: split on unescaped `=` and `~`.
    static func parseAll(_ block: String) -> [GIFTAnswer] {
        var answers: [GIFTAnswer] = []
        var current: (right: Bool, text: String, offset: Int)?
        var escaped = false
        for (offset, character) in block.enumerated() {
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
                if let open = current { answers.append(parse(open.text, isRight: open.right, offset: open.offset)) }
                current = (character == "=", "", offset)
                continue
            }
            current?.text.append(character)
        }
        if let open = current { answers.append(parse(open.text, isRight: open.right, offset: open.offset)) }
        return answers
    }

    private static func parse(_ raw: String, isRight: Bool, offset: Int) -> GIFTAnswer {
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
                          feedback: feedback?.isEmpty == true ? nil : feedback, matchTarget: target, offset: offset)
    }
}
