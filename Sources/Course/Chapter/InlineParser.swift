/// Parses the inline Markdown of a paragraph, heading or cell: `**strong**`, `*emphasis*` and
/// `_emphasis_`, `` `code` ``, backslash escapes; every span keeps its source range.
///
/// Linear in the text length: a search for a closing delimiter that fails is remembered, so a
/// paragraph of a million unmatched `*` does not take quadratic time. Nesting is limited to a
/// few levels; deeper markup stays as text.
struct InlineParser {
    private let scalars: [Unicode.Scalar]
    private let locations: [SourceLocation]
    private let end: SourceLocation
    private var failedSearches: [SearchKey: Int] = [:]
    private static let maximumDepth = 6

    private struct SearchKey: Hashable {
        var delimiter: Unicode.Scalar
        var runLength: Int
        var limit: Int
    }

    /// Inline content of `lines`, joined by soft breaks.
    init(lines: [SourceLine]) {
        var scalars: [Unicode.Scalar] = []
        var locations: [SourceLocation] = []
        var lastEnd = SourceLocation.start
        for (index, line) in lines.enumerated() {
            if index > 0 {
                scalars.append("\n")
                locations.append(lastEnd)
            }
            var text = Array(line.text.unicodeScalars)
            while let last = text.last, last == " " || last == "\t" { text.removeLast() }
            for (offset, scalar) in text.enumerated() {
                scalars.append(scalar)
                locations.append(line.location(at: offset))
            }
            lastEnd = line.location(at: text.count)
        }
        self.scalars = scalars
        self.locations = locations
        self.end = lastEnd
    }

    mutating func parse() -> [Inline] {
        parse(0, scalars.count, depth: 0)
    }

    private func location(_ index: Int) -> SourceLocation {
        index < locations.count ? locations[index] : end
    }

    private func range(_ from: Int, _ to: Int) -> SourceRange {
        let start = location(from)
        let endLocation = to > from ? SourceLocation(line: location(to - 1).line, column: location(to - 1).column + 1) : start
        return SourceRange(start: start, end: endLocation)
    }

    private mutating func parse(_ low: Int, _ high: Int, depth: Int) -> [Inline] {
        var result: [Inline] = []
        var text = String.UnicodeScalarView()
        var textStart = low
        var index = low

        func flush(upTo position: Int) {
            guard !text.isEmpty else { return }
            appendText(String(text), range(textStart, position), to: &result)
            text = String.UnicodeScalarView()
        }

        while index < high {
            let scalar = scalars[index]
            switch scalar {
            case "\n":
                flush(upTo: index)
                result.append(Inline(.softBreak, range: SourceRange(at: location(index))))
                index += 1
                textStart = index
            case "\\" where index + 1 < high && isEscapable(scalars[index + 1]):
                if text.isEmpty { textStart = index }
                text.append(scalars[index + 1])
                index += 2
            case "`":
                let run = runLength(at: index, of: "`", limit: high)
                if let close = findCodeClose(from: index + run, runLength: run, limit: high) {
                    flush(upTo: index)
                    var code = String(String.UnicodeScalarView(scalars[(index + run)..<close].map { $0 == "\n" ? " " : $0 }))
                    if code.count >= 2, code.hasPrefix(" "), code.hasSuffix(" "), code.contains(where: { $0 != " " }) {
                        code = String(code.dropFirst().dropLast())
                    }
                    result.append(Inline(.code(code), range: range(index, close + run)))
                    index = close + run
                    textStart = index
                } else {
                    if text.isEmpty { textStart = index }
                    for _ in 0..<run { text.append("`") }
                    index += run
                }
            case "*", "_":
                let run = runLength(at: index, of: scalar, limit: high)
                if depth < InlineParser.maximumDepth, canOpen(at: index, run: run, delimiter: scalar, limit: high) {
                    if run >= 3, let close = findEmphasisClose(from: index + 3, delimiter: scalar, runLength: 3, limit: high) {
                        flush(upTo: index)
                        let children = parse(index + 3, close, depth: depth + 1)
                        let inner = Inline(.emphasis(children), range: range(index + 2, close + 1))
                        result.append(Inline(.strong([inner]), range: range(index, close + 3)))
                        index = close + 3
                        textStart = index
                        continue
                    }
                    if run >= 2, let close = findEmphasisClose(from: index + 2, delimiter: scalar, runLength: 2, limit: high) {
                        flush(upTo: index)
                        let children = parse(index + 2, close, depth: depth + 1)
                        result.append(Inline(.strong(children), range: range(index, close + 2)))
                        index = close + 2
                        textStart = index
                        continue
                    }
                    if let close = findEmphasisClose(from: index + 1, delimiter: scalar, runLength: 1, limit: high) {
                        flush(upTo: index)
                        let children = parse(index + 1, close, depth: depth + 1)
                        result.append(Inline(.emphasis(children), range: range(index, close + 1)))
                        index = close + 1
                        textStart = index
                        continue
                    }
                }
                if text.isEmpty { textStart = index }
                for _ in 0..<run { text.append(scalar) }
                index += run
            default:
                if text.isEmpty { textStart = index }
                text.append(scalar)
                index += 1
            }
        }
        flush(upTo: high)
        return result
    }

    private func appendText(_ text: String, _ range: SourceRange, to result: inout [Inline]) {
        if let last = result.last, case .text(let previous) = last.kind, last.range.end == range.start {
            result[result.count - 1] = Inline(.text(previous + text), range: SourceRange(start: last.range.start, end: range.end))
        } else {
            result.append(Inline(.text(text), range: range))
        }
    }

    private func isEscapable(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII && scalar.properties.isPatternSyntax
    }

    private func runLength(at index: Int, of scalar: Unicode.Scalar, limit: Int) -> Int {
        var end = index
        while end < limit, scalars[end] == scalar { end += 1 }
        return end - index
    }

    private func isSpace(_ index: Int) -> Bool {
        index < 0 || index >= scalars.count || scalars[index].properties.isWhitespace
    }

    private func isAlphanumeric(_ index: Int) -> Bool {
        guard index >= 0, index < scalars.count else { return false }
        let properties = scalars[index].properties
        return properties.isAlphabetic || properties.numericType != nil
    }

    private func canOpen(at index: Int, run: Int, delimiter: Unicode.Scalar, limit: Int) -> Bool {
        guard index + run < limit, !isSpace(index + run) else { return false }
        if delimiter == "_" && isAlphanumeric(index - 1) { return false }
        return true
    }

    /// A closing delimiter run of `runLength` (`*` or `**`) at or after `from`, before `limit`.
    private mutating func findEmphasisClose(from: Int, delimiter: Unicode.Scalar, runLength: Int, limit: Int) -> Int? {
        let key = SearchKey(delimiter: delimiter, runLength: runLength, limit: limit)
        if let failedFrom = failedSearches[key], failedFrom <= from { return nil }
        var index = from
        while index + runLength <= limit {
            if scalars[index] == "\\" { index += 2; continue }
            if scalars[index] == delimiter {
                let run = self.runLength(at: index, of: delimiter, limit: limit)
                // A run of exactly two is a strong delimiter, never the end of an emphasis.
                let fits = runLength == 1 ? run != 2 : run >= runLength
                if index > from, !isSpace(index - 1), fits,
                   delimiter != "_" || !isAlphanumeric(index + run) {
                    return index
                }
                index += run
                continue
            }
            index += 1
        }
        failedSearches[key] = min(failedSearches[key] ?? Int.max, from)
        return nil
    }

    /// A run of exactly `runLength` backticks at or after `from`.
    private mutating func findCodeClose(from: Int, runLength: Int, limit: Int) -> Int? {
        let key = SearchKey(delimiter: "`", runLength: runLength, limit: limit)
        if let failedFrom = failedSearches[key], failedFrom <= from { return nil }
        var index = from
        while index < limit {
            if scalars[index] == "`" {
                let run = self.runLength(at: index, of: "`", limit: limit)
                if run == runLength { return index }
                index += run
            } else {
                index += 1
            }
        }
        failedSearches[key] = min(failedSearches[key] ?? Int.max, from)
        return nil
    }
}
