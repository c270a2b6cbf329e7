/// Inline Markdown: `**strong**`, `__strong__`, `*emphasis*`, `_emphasis_`, `` `code` ``,
/// `[links](url)`, `![images](src)`, `<autolinks>`, backslash escapes and hard breaks.
///
/// A simplified CommonMark: a delimiter opens when followed by a non-space (and, for `_`,
/// not preceded by a letter or digit, so snake_case stays text) and closes at the next run
/// of the same length preceded by a non-space. Unmatched delimiters stay literal text.
struct MarkdownInlineParser {
    private let chars: [Character]

    static func parse(_ text: String) -> [Markdown.Inline] {
        let parser = MarkdownInlineParser(chars: Array(text))
        return parser.parse(0, parser.chars.count)
    }

    private func isSpace(_ i: Int) -> Bool {
        i < 0 || i >= chars.count || chars[i] == " " || chars[i] == "\n" || chars[i] == "\t"
    }

    private func isWordCharacter(_ i: Int) -> Bool {
        i >= 0 && i < chars.count && (chars[i].isLetter || chars[i].isNumber)
    }

    private func run(_ i: Int, _ end: Int) -> Int {
        var j = i
        while j < end && chars[j] == chars[i] { j += 1 }
        return j - i
    }

    /// End of the code span opening at `i` (index after its closing run), or nil.
    private func codeSpanEnd(_ i: Int, _ end: Int) -> (contentEnd: Int, after: Int)? {
        let n = run(i, end)
        var j = i + n
        while j < end {
            if chars[j] == "`" {
                let m = run(j, end)
                if m == n { return (j, j + m) }
                j += m
            } else {
                j += 1
            }
        }
        return nil
    }

    /// Index of the closing delimiter run for an opener of `n` × `c` whose content starts at `from`.
    private func closer(_ c: Character, _ n: Int, from: Int, _ end: Int) -> Int? {
        var j = from
        while j < end {
            let ch = chars[j]
            if ch == "\\" { j += 2; continue }
            if ch == "`", let span = codeSpanEnd(j, end) { j = span.after; continue }
            if ch == c {
                let m = run(j, end)
                if m == n, j > from, !isSpace(j - 1), c != "_" || !isWordCharacter(j + m) { return j }
                j += m
                continue
            }
            j += 1
        }
        return nil
    }

    private func matchingBracket(_ i: Int, _ end: Int) -> Int? {
        var depth = 0
        var j = i
        while j < end {
            switch chars[j] {
            case "\\": j += 1
            case "`": if let span = codeSpanEnd(j, end) { j = span.after - 1 }
            case "[": depth += 1
            case "]":
                depth -= 1
                if depth == 0 { return j }
            default: break
            }
            j += 1
        }
        return nil
    }

    func parse(_ start: Int, _ end: Int) -> [Markdown.Inline] {
        var result: [Markdown.Inline] = []
        var text = ""
        func flush() {
            if !text.isEmpty { result.append(.text(text)) }
            text = ""
        }
        var i = start
        while i < end {
            let c = chars[i]
            switch c {
            case "\\":
                if i + 1 < end, chars[i + 1] == "\n" {
                    flush()
                    result.append(.lineBreak)
                    i += 2
                    while i < end && chars[i] == " " { i += 1 }
                    continue
                }
                if i + 1 < end, chars[i + 1].isASCII, chars[i + 1].isPunctuation || chars[i + 1].isSymbol {
                    text.append(chars[i + 1])
                    i += 2
                    continue
                }
                text.append(c)
                i += 1
            case "`":
                let n = run(i, end)
                if let span = codeSpanEnd(i, end) {
                    var code = String(chars[(i + n)..<span.contentEnd]).replacingNewlines()
                    if code.count >= 2, code.first == " ", code.last == " ", code.contains(where: { $0 != " " }) {
                        code = String(code.dropFirst().dropLast())
                    }
                    flush()
                    result.append(.code(code))
                    i = span.after
                } else {
                    text += String(repeating: "`", count: n)
                    i += n
                }
            case "*", "_":
                let n = run(i, end)
                let canOpen = !isSpace(i + n) && (c == "*" || !isWordCharacter(i - 1))
                if canOpen, n <= 3, let close = closer(c, n, from: i + n, end) {
                    flush()
                    let inner = parse(i + n, close)
                    switch n {
                    case 1: result.append(.emphasis(inner))
                    case 2: result.append(.strong(inner))
                    default: result.append(.strong([.emphasis(inner)]))
                    }
                    i = close + n
                } else {
                    text += String(repeating: String(c), count: n)
                    i += n
                }
            case "!" where i + 1 < end && chars[i + 1] == "[":
                if let (label, url, after) = link(at: i + 1, end) {
                    flush()
                    result.append(.link(text: [.text("image: ")] + label, url: url))
                    i = after
                } else {
                    text.append(c)
                    i += 1
                }
            case "[":
                if let (label, url, after) = link(at: i, end) {
                    flush()
                    result.append(.link(text: label, url: url))
                    i = after
                } else {
                    text.append(c)
                    i += 1
                }
            case "<":
                if let close = chars[i..<end].firstIndex(of: ">") {
                    let inner = String(chars[(i + 1)..<close])
                    if inner.contains(":"), !inner.contains(" "), !inner.isEmpty, inner.first?.isLetter == true {
                        flush()
                        result.append(.link(text: [.text(inner)], url: inner))
                        i = close + 1
                        continue
                    }
                }
                text.append(c)
                i += 1
            case "\n":
                var trailing = 0
                while text.hasSuffix(" ") { text.removeLast(); trailing += 1 }
                if trailing >= 2 {
                    flush()
                    result.append(.lineBreak)
                } else {
                    text.append(" ")
                }
                i += 1
                while i < end && (chars[i] == " " || chars[i] == "\t") { i += 1 }
            default:
                text.append(c)
                i += 1
            }
        }
        flush()
        return result
    }

    private func link(at i: Int, _ end: Int) -> ([Markdown.Inline], String, Int)? {
        guard let close = matchingBracket(i, end), close + 1 < end, chars[close + 1] == "(" else { return nil }
        guard let paren = chars[(close + 2)..<end].firstIndex(of: ")") else { return nil }
        var url = String(chars[(close + 2)..<paren]).trimmingCharacters()
        if let space = url.firstIndex(of: " ") { url = String(url[..<space]) }  // drop a title
        if url.hasPrefix("<") && url.hasSuffix(">") { url = String(url.dropFirst().dropLast()) }
        return (parse(i + 1, close), url, paren + 1)
    }
}
