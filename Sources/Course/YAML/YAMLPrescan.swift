/// A conservative scan of YAML text for what the parser must never be given: anchors (aliases
/// can expand exponentially) and nesting that would recurse too deep.
///
/// It reads line by line, skips the content of `|` and `>` block scalars (Markdown prose often
/// holds `&` and brackets) and the inside of quoted strings on a line. Over-estimating depth is
/// safe; missing an anchor is not, so any `&` that YAML could read as one is refused.
enum YAMLPrescan {
    struct Problem {
        var location: SourceLocation
        var message: String
        var hint: String?
    }

    static func firstProblem(lines: [Substring]) -> Problem? {
        var blockScalarParentIndent: Int?
        var indentStack: [Int] = []
        var flowDepth = 0
        for (index, line) in lines.enumerated() {
            let lineNumber = index + 1
            let scalars = Array(line.unicodeScalars)
            let indent = scalars.prefix(while: { $0 == " " }).count
            let isBlank = scalars.allSatisfy { $0 == " " || $0 == "\t" }
            if let parent = blockScalarParentIndent {
                if isBlank || indent > parent { continue }
                blockScalarParentIndent = nil
            }
            if isBlank { continue }
            if flowDepth == 0 {
                while let last = indentStack.last, last > indent { indentStack.removeLast() }
                if indentStack.last != indent { indentStack.append(indent) }
            }
            // Compact nesting on one line: "- - - x" or "- key: - x".
            var compact = 0
            var position = indent
            while position + 1 < scalars.count, scalars[position] == "-" || scalars[position] == "?",
                  scalars[position + 1] == " " {
                compact += 1
                position += 2
                while position < scalars.count, scalars[position] == " " { position += 1 }
            }
            var quote: Unicode.Scalar?
            var column = 0
            while column < scalars.count {
                let scalar = scalars[column]
                let previous: Unicode.Scalar? = column > 0 ? scalars[column - 1] : nil
                if let open = quote {
                    if scalar == open {
                        if open == "'", column + 1 < scalars.count, scalars[column + 1] == "'" {
                            column += 2
                            continue
                        }
                        quote = nil
                    } else if open == "\"", scalar == "\\" {
                        column += 2
                        continue
                    }
                    column += 1
                    continue
                }
                let startsToken = previous == nil || previous == " " || previous == "\t" || previous == "["
                    || previous == "{" || previous == ","
                switch scalar {
                case "#" where previous == nil || previous == " " || previous == "\t":
                    column = scalars.count
                    continue
                case "\"" where startsToken, "'" where startsToken:
                    quote = scalar
                case "[", "{":
                    flowDepth += 1
                    if indentStack.count + compact + flowDepth > SourceLimits.maximumYAMLDepth {
                        return Problem(location: SourceLocation(line: lineNumber, column: column + 1),
                                       message: "YAML nested more than \(SourceLimits.maximumYAMLDepth) levels deep", hint: nil)
                    }
                case "]", "}":
                    flowDepth = max(0, flowDepth - 1)
                case "&" where startsToken:
                    if column + 1 < scalars.count, isAnchorCharacter(scalars[column + 1]) {
                        return Problem(location: SourceLocation(line: lineNumber, column: column + 1),
                                       message: "YAML anchors and aliases (&name, *name) are not supported in course files",
                                       hint: "write the value out in full; if this '&' is text, put the value in quotes")
                    }
                default:
                    break
                }
                column += 1
            }
            let depth = indentStack.count + compact + flowDepth
            if depth > SourceLimits.maximumYAMLDepth {
                return Problem(location: SourceLocation(line: lineNumber, column: indent + 1),
                               message: "YAML nested more than \(SourceLimits.maximumYAMLDepth) levels deep",
                               hint: nil)
            }
            if quote == nil, flowDepth == 0, endsBlockScalarHeader(scalars) {
                blockScalarParentIndent = indent
            }
        }
        return nil
    }

    private static func isAnchorCharacter(_ scalar: Unicode.Scalar) -> Bool {
        !(scalar == " " || scalar == "\t" || scalar == "," || scalar == "[" || scalar == "]"
            || scalar == "{" || scalar == "}")
    }

    /// Whether a line (comment removed) ends with a block scalar header: `|`, `>`, `|-`, `>+2`…
    private static func endsBlockScalarHeader(_ scalars: [Unicode.Scalar]) -> Bool {
        var end = scalars.count
        // Drop a trailing comment " # ...".
        var index = 0
        var inQuote: Unicode.Scalar?
        while index < scalars.count {
            let scalar = scalars[index]
            if let open = inQuote {
                if scalar == open { inQuote = nil }
            } else if scalar == "\"" || scalar == "'" {
                if index == 0 || scalars[index - 1] == " " { inQuote = scalar }
            } else if scalar == "#", index == 0 || scalars[index - 1] == " " || scalars[index - 1] == "\t" {
                end = index
                break
            }
            index += 1
        }
        var trimmed = Array(scalars[..<end])
        while let last = trimmed.last, last == " " || last == "\t" { trimmed.removeLast() }
        var indicators = 0
        while let last = trimmed.last, last == "+" || last == "-" || ("1"..."9").contains(last), indicators < 2 {
            trimmed.removeLast()
            indicators += 1
        }
        guard let last = trimmed.last, last == "|" || last == ">" else { return false }
        trimmed.removeLast()
        guard let before = trimmed.last else { return true }
        return before == " " || before == "\t"
    }
}
