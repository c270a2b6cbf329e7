/// Splits a GIFT file into question chunks: blank lines separate questions (a `::title::`
/// line after a closed answer block does too, with a warning), `//` lines are comments,
/// `$CATEGORY:` lines are dropped.
///
/// It also finds the braces that do not pair up, which would otherwise run questions together:
/// a `{` never closed before the blank line that ends its question (or the end of the file),
/// a second `{` inside an answer block, and a `}` that closes no block. Each is an error at the
/// brace, and that question is dropped. A blank line inside an answer block is allowed when
/// the lines after it go on with the block (they close it before opening another and do not
/// start a new `::title::`).
enum GIFTChunker {
    struct Chunk {
        /// The question's text with its lines joined by newlines.
        var text: String
        /// The line it starts on.
        var line: Int
        /// Where its answer block's `{` is, when it has one.
        var blockLocation: SourceLocation?
    }

    static func chunks(_ lines: [Substring], sink: inout DiagnosticSink) -> [Chunk] {
        var result: [Chunk] = []
        var current: [Substring] = []
        var start = 0
        var open: SourceLocation?
        var firstBlock: SourceLocation?
        var broken = false
        func finishQuestion() {
            if let brace = open, !broken {
                sink.error("'{' is never closed", at: brace,
                           hint: "end the answer block with '}' before the blank line that ends the question (write '\\{' for a brace in text)")
                broken = true
            }
            if !current.isEmpty && !broken {
                result.append(Chunk(text: current.joined(separator: "\n"), line: start, blockLocation: firstBlock))
            }
            current = []
            open = nil
            firstBlock = nil
            broken = false
        }
        for (index, line) in lines.enumerated() {
            let trimmed = line.trimmingSpaces()
            if open == nil && trimmed.hasPrefix("//") { continue }
            if open == nil && trimmed.hasPrefix("$CATEGORY:") { continue }
            if trimmed.isEmpty {
                if open != nil, !broken, continuesBlock(lines, after: index) {
                    current.append(line)
                } else {
                    finishQuestion()
                }
                continue
            }
            // A new `::title::` right after a question's closed answer block starts the next
            // question, even without the blank line GIFT asks for.
            if open == nil, firstBlock != nil, !current.isEmpty, trimmed.hasPrefix("::") {
                sink.warning("a new question starts without a blank line before it", at: SourceLocation(line: index + 1, column: 1),
                             hint: "GIFT separates questions by a blank line; Moodle would read these as one question")
                finishQuestion()
            }
            if current.isEmpty { start = index + 1 }
            current.append(line)
            guard !broken else { continue }
            for (column, brace) in braces(in: line) {
                let location = SourceLocation(line: index + 1, column: column)
                if brace == "{" {
                    if let first = open {
                        sink.error("'{' is never closed", at: first,
                                   hint: "another '{' opens at line \(location.line), column \(location.column); end the first block with '}' (write '\\{' for a brace in text)")
                        broken = true
                        break
                    }
                    open = location
                    if firstBlock == nil { firstBlock = location }
                } else if open == nil {
                    sink.error("'}' closes no answer block", at: location,
                               hint: "write '\\}' for a brace in text, or open the block with '{'")
                    broken = true
                    break
                } else {
                    open = nil
                }
            }
        }
        finishQuestion()
        return result
    }

    /// The unescaped braces of `line` with their columns (in Unicode scalars, 1-based).
    static func braces(in line: Substring) -> [(Int, Character)] {
        var found: [(Int, Character)] = []
        var escaped = false
        for (offset, scalar) in line.unicodeScalars.enumerated() {
            if escaped { escaped = false; continue }
            if scalar == "\\" { escaped = true } else if scalar == "{" || scalar == "}" { found.append((offset + 1, Character(scalar))) }
        }
        return found
    }

    /// Whether the lines after the blank line at `index` go on with an open answer block: the
    /// next non-blank line does not start a `::title::`, and the first brace after it is `}`.
    private static func continuesBlock(_ lines: [Substring], after index: Int) -> Bool {
        var next = index + 1
        while next < lines.count && lines[next].trimmingSpaces().isEmpty { next += 1 }
        guard next < lines.count, !lines[next].trimmingSpaces().hasPrefix("::") else { return false }
        while next < lines.count && !lines[next].trimmingSpaces().isEmpty {
            if let first = braces(in: lines[next]).first { return first.1 == "}" }
            next += 1
        }
        return false
    }
}
