/// Finds the second occurrence of a duplicated mapping key, which libyaml (through Yams) does
/// not give: it reports only the first.
///
/// From the first key's place it reads on through the same mapping: in block style, the later
/// lines that have the key at the same column, until a line starts left of that column (the
/// mapping has ended); in flow style (`{a: 1, a: 2}`), the rest of the same line. Quoted keys
/// (`"a":`, `'a':`) count. Nil when it cannot tell, and the caller falls back to the first.
enum DuplicateKeyLocator {
    /// The place of the second `key` of the mapping whose first `key` is at `first`.
    static func second(key: String, after first: SourceLocation, in lines: [Substring]) -> SourceLocation? {
        guard first.line >= 1, first.line <= lines.count else { return nil }
        let spellings = [key, "\"\(key)\"", "'\(key)'"]
        let firstLine = Array(lines[first.line - 1].unicodeScalars)
        // Flow style: another `key:` later on the same line, after a `,` or `{`.
        var index = first.column
        while index < firstLine.count {
            if firstLine[index] == "," || firstLine[index] == "{" {
                var start = index + 1
                while start < firstLine.count && firstLine[start] == " " { start += 1 }
                if keyAt(start, in: firstLine, spellings: spellings) {
                    return SourceLocation(line: first.line, column: start + 1)
                }
            }
            index += 1
        }
        // Block style: the same column on a later line.
        let column = first.column - 1
        for number in first.line..<lines.count {
            let line = Array(lines[number].unicodeScalars)
            let indent = line.prefix { $0 == " " }.count
            if indent == line.count || line[indent] == "#" { continue }
            if indent < column { return nil }  // the mapping has ended (or the next list item begins)
            if indent == column && keyAt(column, in: line, spellings: spellings) {
                return SourceLocation(line: number + 1, column: column + 1)
            }
        }
        return nil
    }

    /// Whether one of `spellings` followed by optional spaces and `:` starts at `start`.
    private static func keyAt(_ start: Int, in line: [Unicode.Scalar], spellings: [String]) -> Bool {
        for spelling in spellings {
            let scalars = Array(spelling.unicodeScalars)
            guard start + scalars.count <= line.count, Array(line[start..<start + scalars.count]) == scalars else { continue }
            var after = start + scalars.count
            while after < line.count && line[after] == " " { after += 1 }
            if after < line.count && line[after] == ":" { return true }
        }
        return false
    }
}
