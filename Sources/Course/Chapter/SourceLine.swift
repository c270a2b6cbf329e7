/// One line of a chapter as the block parser sees it: its text after any container prefix
/// (`> `, list indentation) was removed, and the column where that text starts.
struct SourceLine {
    var number: Int
    var text: Substring
    /// 1-based column of `text`'s first scalar in the file.
    var column: Int

    var isBlank: Bool {
        text.unicodeScalars.allSatisfy { $0 == " " || $0 == "\t" }
    }

    /// Width of the leading whitespace, a tab counting to the next multiple of 4.
    var indent: Int {
        var width = 0
        for scalar in text.unicodeScalars {
            if scalar == " " { width += 1 } else if scalar == "\t" { width += 4 - width % 4 } else { break }
        }
        return width
    }

    /// The text without leading whitespace, and its column.
    var trimmedLeading: SourceLine {
        let scalars = text.unicodeScalars
        let count = scalars.prefix(while: { $0 == " " || $0 == "\t" }).count
        return dropping(count)
    }

    /// The line with its first `count` scalars removed.
    func dropping(_ count: Int) -> SourceLine {
        let scalars = text.unicodeScalars
        let index = scalars.index(scalars.startIndex, offsetBy: count, limitedBy: scalars.endIndex) ?? scalars.endIndex
        return SourceLine(number: number, text: Substring(scalars[index...]), column: column + min(count, scalars.count))
    }

    /// The line with `width` columns of indentation removed (fewer if it has less).
    func dedented(by width: Int) -> SourceLine {
        var removed = 0
        var consumed = 0
        for scalar in text.unicodeScalars {
            guard removed < width else { break }
            if scalar == " " { removed += 1 } else if scalar == "\t" { removed += 4 - removed % 4 } else { break }
            consumed += 1
        }
        return dropping(consumed)
    }

    var start: SourceLocation { SourceLocation(line: number, column: column) }

    /// Just past the last non-space scalar.
    var end: SourceLocation {
        let scalars = Array(text.unicodeScalars)
        var count = scalars.count
        while count > 0, scalars[count - 1] == " " || scalars[count - 1] == "\t" { count -= 1 }
        return SourceLocation(line: number, column: column + count)
    }

    func location(at offset: Int) -> SourceLocation {
        SourceLocation(line: number, column: column + offset)
    }
}
