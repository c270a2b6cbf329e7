/// A conservative scan of YAML text for what the parser must never be given: anchors (aliases
/// can expand exponentially) and nesting that would recurse too deep.
///
/// It reads the UTF-8 bytes line by line (every YAML indicator is ASCII), skips the content of
/// `|` and `>` block scalars (Markdown prose often holds `&` and brackets) and the inside of
/// quoted strings on a line. Over-estimating depth is safe; missing an anchor is not, so any
/// `&` that YAML could read as one is refused.
enum YAMLPrescan {
    struct Problem {
        var location: SourceLocation
        var message: String
        var hint: String?
    }

    private static let space = UInt8(ascii: " ")
    private static let tab = UInt8(ascii: "\t")

    static func firstProblem(_ text: String) -> Problem? {
        var text = text
        return text.withUTF8 { bytes in firstProblem(bytes) }
    }

    private static func firstProblem(_ bytes: UnsafeBufferPointer<UInt8>) -> Problem? {
        var blockScalarParentIndent: Int?
        var indentStack: [Int] = []
        var flowDepth = 0
        var lineNumber = 0
        var lineStart = 0
        let count = bytes.count
        while lineStart <= count {
            lineNumber += 1
            var lineEnd = lineStart
            while lineEnd < count, bytes[lineEnd] != 10 { lineEnd += 1 }
            defer { lineStart = lineEnd + 1 }
            var indent = 0
            while lineStart + indent < lineEnd, bytes[lineStart + indent] == space { indent += 1 }
            var firstContent = lineStart
            while firstContent < lineEnd, bytes[firstContent] == space || bytes[firstContent] == tab { firstContent += 1 }
            let isBlank = firstContent == lineEnd
            if let parent = blockScalarParentIndent {
                if isBlank || indent > parent { continue }
                blockScalarParentIndent = nil
            }
            if isBlank { continue }
            if flowDepth == 0 {
                while let last = indentStack.last, last > indent { indentStack.removeLast() }
                if indentStack.last != indent { indentStack.append(indent) }
            }
            // Compact nesting on one line: "- - - x" or "? - x".
            var compact = 0
            var position = lineStart + indent
            while position + 1 < lineEnd, bytes[position] == UInt8(ascii: "-") || bytes[position] == UInt8(ascii: "?"),
                  bytes[position + 1] == space {
                compact += 1
                position += 2
                while position < lineEnd, bytes[position] == space { position += 1 }
            }
            func problem(at index: Int, _ message: String, hint: String? = nil) -> Problem {
                var column = 1
                for offset in lineStart..<index where bytes[offset] & 0xC0 != 0x80 { column += 1 }
                return Problem(location: SourceLocation(line: lineNumber, column: column), message: message, hint: hint)
            }
            let tooDeep = "YAML nested more than \(SourceLimits.maximumYAMLDepth) levels deep"
            if indentStack.count + compact + flowDepth > SourceLimits.maximumYAMLDepth {
                return problem(at: lineStart + indent, tooDeep)
            }
            var quote: UInt8 = 0
            var index = lineStart
            var contentEnd = lineEnd
            while index < lineEnd {
                let byte = bytes[index]
                let previous: UInt8 = index > lineStart ? bytes[index - 1] : 0
                if quote != 0 {
                    if byte == quote {
                        if quote == UInt8(ascii: "'"), index + 1 < lineEnd, bytes[index + 1] == quote {
                            index += 2
                            continue
                        }
                        quote = 0
                    } else if quote == UInt8(ascii: "\""), byte == UInt8(ascii: "\\") {
                        index += 2
                        continue
                    }
                    index += 1
                    continue
                }
                let startsToken = previous == 0 || previous == space || previous == tab || previous == UInt8(ascii: "[")
                    || previous == UInt8(ascii: "{") || previous == UInt8(ascii: ",")
                switch byte {
                case UInt8(ascii: "#") where previous == 0 || previous == space || previous == tab:
                    contentEnd = index
                    index = lineEnd
                    continue
                case UInt8(ascii: "\""), UInt8(ascii: "'"):
                    if startsToken { quote = byte }
                case UInt8(ascii: "["), UInt8(ascii: "{"):
                    flowDepth += 1
                    if indentStack.count + compact + flowDepth > SourceLimits.maximumYAMLDepth {
                        return problem(at: index, tooDeep)
                    }
                case UInt8(ascii: "]"), UInt8(ascii: "}"):
                    flowDepth = max(0, flowDepth - 1)
                case UInt8(ascii: "&") where startsToken:
                    if index + 1 < lineEnd, isAnchorByte(bytes[index + 1]) {
                        return problem(at: index, "YAML anchors and aliases (&name, *name) are not supported in course files",
                                       hint: "write the value out in full; if this '&' is text, put the value in quotes")
                    }
                default:
                    break
                }
                index += 1
            }
            if quote == 0, flowDepth == 0, endsBlockScalarHeader(bytes, from: lineStart, to: contentEnd) {
                blockScalarParentIndent = indent
            }
        }
        return nil
    }

    private static func isAnchorByte(_ byte: UInt8) -> Bool {
        !(byte == space || byte == tab || byte == UInt8(ascii: ",") || byte == UInt8(ascii: "[") || byte == UInt8(ascii: "]")
            || byte == UInt8(ascii: "{") || byte == UInt8(ascii: "}"))
    }

    /// Whether a line (comment removed) ends with a block scalar header: `|`, `>`, `|-`, `>+2`…
    private static func endsBlockScalarHeader(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Bool {
        var last = end
        while last > start, bytes[last - 1] == space || bytes[last - 1] == tab { last -= 1 }
        var indicators = 0
        while last > start, indicators < 2,
              bytes[last - 1] == UInt8(ascii: "+") || bytes[last - 1] == UInt8(ascii: "-")
              || (UInt8(ascii: "1")...UInt8(ascii: "9")).contains(bytes[last - 1]) {
            last -= 1
            indicators += 1
        }
        guard last > start, bytes[last - 1] == UInt8(ascii: "|") || bytes[last - 1] == UInt8(ascii: ">") else { return false }
        last -= 1
        guard last > start else { return true }
        return bytes[last - 1] == space || bytes[last - 1] == tab
    }
}
