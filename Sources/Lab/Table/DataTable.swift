import Terminal
/// A CSV file as the lab reads it: named columns of text cells, every row as wide as the header.
///
/// Column-major (`columns[c][r]`), since every check looks at one column at a time. Cells keep
/// their text exactly as parsed (quotes removed, `""` unescaped, no trimming); what a cell
/// means (a number, missing, a category) is decided by ``CellValue``. Each row remembers the
/// line it starts on, so any finding or error can point into the file.
public struct DataTable: Sendable {
    /// The file's name as the learner gave it, for messages (`path:line:col`).
    public let path: String
    /// The header, trimmed of surrounding spaces; an empty name becomes `column N`.
    public let columnNames: [String]
    /// The cells, column by column: `columns[c][r]`.
    public let columns: [[String]]
    /// The 1-based line on which each data row starts.
    public let lineNumbers: [Int]
    /// Where each data row starts in the text, for columns computed late (see ``location(row:column:)``).
    let rowStarts: [Int]
    let text: String
    let delimiter: UInt8

    /// A table from parsed parts (see ``CSVTableReader``).
    init(path: String, columnNames: [String], columns: [[String]], lineNumbers: [Int],
         rowStarts: [Int], text: String, delimiter: UInt8) {
        self.path = path
        self.columnNames = columnNames
        self.columns = columns
        self.lineNumbers = lineNumbers
        self.rowStarts = rowStarts
        self.text = text
        self.delimiter = delimiter
    }

    /// A table built in memory (tests, generated data): rows are numbered as if the header
    /// were line 1 and each row one line. Rows shorter or longer than the header are padded
    /// with empty cells or cut.
    public init(path: String = "<memory>", columnNames: [String], rows: [[String]]) {
        self.path = path
        self.columnNames = columnNames
        self.columns = columnNames.indices.map { c in rows.map { c < $0.count ? $0[c] : "" } }
        self.lineNumbers = rows.indices.map { $0 + 2 }
        self.rowStarts = []
        self.text = ""
        self.delimiter = UInt8(ascii: ",")
    }

    /// The number of data rows (the header not counted).
    public var rowCount: Int { lineNumbers.count }
    /// The number of columns.
    public var columnCount: Int { columnNames.count }

    /// The cells of row `r`, in column order.
    public func row(_ r: Int) -> [String] { columns.map { $0[r] } }

    /// The line and column (both 1-based, column in characters) where cell (`row`, `column`)
    /// starts in the file. Computed on demand by rescanning that row with the same quoting
    /// rules as the parser; for a table built in memory the column is the field's position.
    public func location(row: Int, column: Int) -> (line: Int, column: Int) {
        guard row >= 0, row < rowCount else { return (1, 1) }
        guard row < rowStarts.count else { return (lineNumbers[row], column + 1) }
        let start = rowStarts[row], line = lineNumbers[row], delimiter = self.delimiter
        let found = text.utf8.withContiguousStorageIfAvailable { bytes in
            DataTable.scanToField(bytes, from: start, line: line, field: column, delimiter: delimiter)
        }
        return found ?? DataTable.scanToField(Array(text.utf8), from: start, line: line, field: column, delimiter: delimiter)
    }

    /// Walks a record from byte `from` to the start of field `field` (or the record's end).
    static func scanToField<Bytes: RandomAccessCollection>(_ bytes: Bytes, from: Int, line: Int, field target: Int,
                                                           delimiter: UInt8) -> (line: Int, column: Int)
        where Bytes.Element == UInt8, Bytes.Index == Int {
        let quote = UInt8(ascii: "\""), lf = UInt8(ascii: "\n"), cr = UInt8(ascii: "\r")
        var i = from, line = line, character = 1, field = 0
        var inQuotes = false, atFieldStart = true
        while i < bytes.endIndex, field < target {
            let byte = bytes[i]
            if inQuotes, byte == quote {
                let after: UInt8? = i + 1 < bytes.endIndex ? bytes[i + 1] : nil
                if after == nil || after == lf || after == cr { break }
                if after == delimiter {
                    inQuotes = false
                    field += 1
                    atFieldStart = true
                }
                i += 2
                character += 2
                continue
            }
            if !inQuotes {
                if byte == lf || byte == cr { break }
                if byte == delimiter {
                    field += 1
                    atFieldStart = true
                    i += 1
                    character += 1
                    continue
                }
                if atFieldStart, byte == quote { inQuotes = true }
            }
            atFieldStart = false
            if byte == lf || (byte == cr && (i + 1 == bytes.endIndex || bytes[i + 1] != lf)) {
                line += 1
                character = 1
            } else if byte & 0xC0 != 0x80, byte != cr {
                character += 1
            }
            i += 1
        }
        return (line, character)
    }

    /// A ``LabError`` pointing at cell (`row`, `column`).
    public func error(row: Int, column: Int, _ message: String, hint: String? = nil) -> LabError {
        let place = location(row: row, column: column)
        return LabError(path: path, line: place.line, column: place.column, message: message, hint: hint)
    }

    /// The index of the column called `name`: an exact match, else the only one equal to it
    /// ignoring case and surrounding spaces. Throws a ``LabError`` naming the closest column
    /// ("did you mean ...?") and listing the columns. `role` says what the column is for, in
    /// the message ("target", "group").
    public func columnIndex(named name: String, role: String) throws(LabError) -> Int {
        if let exact = columnNames.firstIndex(of: name) { return exact }
        let wanted = name.trimmingSpaces.lowercased()
        let loose = columnNames.indices.filter { columnNames[$0].lowercased() == wanted }
        if loose.count == 1 { return loose[0] }
        var hint = ""
        if let guess = Suggestion.closest(to: name, among: columnNames) {
            hint = "did you mean '\(guess)'? "
        }
        let shown = columnNames.prefix(12).map { "'\($0)'" }.joined(separator: ", ")
        hint += "The columns are " + shown + (columnNames.count > 12 ? ", ... (\(columnNames.count) in all)" : "") + "."
        throw LabError(path: path, message: "no column named '\(name)' for the \(role)", hint: hint)
    }
}

extension String {
    /// The string without leading and trailing spaces and tabs.
    var trimmingSpaces: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { $0 != " " && $0 != "\t" }) else { return "" }
        let last = scalars.lastIndex(where: { $0 != " " && $0 != "\t" }) ?? first
        return String(scalars[first...last])
    }
}
