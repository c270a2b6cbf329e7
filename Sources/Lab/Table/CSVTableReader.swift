import CSV

/// Parses CSV text into a ``DataTable``: pure, no file access (see ``CSVFile`` for that).
///
/// Fields are split by yaslab/CSV.swift (RFC 4180 quoting: commas, quotes and line breaks
/// inside `"..."`, `""` for a quote; LF, CRLF or CR line ends). A byte-order mark at the start
/// is dropped. The first non-blank record is the header; blank lines are skipped. Every
/// problem is a ``LabError`` with its place: an unclosed quote, a duplicate column name, a row
/// with more or fewer fields than the header, a file with no data rows.
public enum CSVTableReader {
    /// The table in `text`, read as the file `path` (used in messages only).
    ///
    /// `delimiter` must be a single ASCII character other than a quote or a line break.
    /// - Complexity: O(n) in the length of the text.
    public static func parse(_ text: String, path: String, delimiter: Character = ",") throws(LabError) -> DataTable {
        guard let d = delimiter.asciiValue, d != UInt8(ascii: "\""), d != UInt8(ascii: "\n"), d != UInt8(ascii: "\r") else {
            throw LabError(message: "the delimiter must be one ASCII character other than a quote or a line break",
                           hint: "use --delimiter ';' or --delimiter tab")
        }
        var text = text
        if text.unicodeScalars.first == "\u{FEFF}" { text.unicodeScalars.removeFirst() }
        guard text.unicodeScalars.contains(where: { !" \t\r\n".unicodeScalars.contains($0) }) else {
            throw LabError(path: path, message: "the file is empty",
                           hint: "a CSV file needs a header row with the column names, then one row per example")
        }
        let records = try scanRecords(text, path: path, delimiter: d)
        let rows: [[String]]
        do {
            let reader = try CSVReader(string: text, hasHeaderRow: false, trimFields: false,
                                       delimiter: Unicode.Scalar(d))
            var all: [[String]] = []
            all.reserveCapacity(records.starts.count)
            while let row = reader.next() { all.append(row) }
            if let error = reader.error { throw error }
            rows = all
        } catch {
            throw LabError(path: path, message: "cannot read the CSV text (\(error))")
        }
        // The scan and the reader follow the same rules, so they see the same records; if they
        // ever disagree, lines are unknown rather than wrong.
        let linesKnown = rows.count == records.starts.count

        var header: [String]?
        var headerIndex = 0
        var columns: [[String]] = []
        var lineNumbers: [Int] = []
        var starts: [Int] = []
        for (r, row) in rows.enumerated() {
            if row.count == 1, row[0].isEmpty { continue }   // a blank line
            let line = linesKnown ? records.lines[r] : 0
            guard let names = header else {
                header = try headerNames(row, path: path, line: line, text: text, start: linesKnown ? records.starts[r] : 0,
                                         delimiter: d)
                headerIndex = r
                columns = Array(repeating: [], count: row.count)
                continue
            }
            if row.count != names.count {
                throw raggedRow(row, expected: names.count, path: path, line: line, text: text,
                                start: linesKnown ? records.starts[r] : nil, delimiter: d)
            }
            for c in 0..<row.count { columns[c].append(row[c]) }
            lineNumbers.append(line)
            starts.append(linesKnown ? records.starts[r] : 0)
        }
        guard let names = header else {
            throw LabError(path: path, message: "the file is empty")
        }
        guard !lineNumbers.isEmpty else {
            throw LabError(path: path, line: linesKnown ? records.lines[headerIndex] : nil,
                           message: "the file has a header but no rows of data",
                           hint: "add one row per example under the header")
        }
        return DataTable(path: path, columnNames: names, columns: columns, lineNumbers: lineNumbers,
                         rowStarts: linesKnown ? starts : [], text: text, delimiter: d)
    }

    /// The header's names: trimmed; an empty one becomes `column N`; duplicates are an error.
    static func headerNames(_ row: [String], path: String, line: Int, text: String, start: Int,
                            delimiter: UInt8) throws(LabError) -> [String] {
        var names: [String] = []
        for (c, raw) in row.enumerated() {
            var name = raw.trimmingSpaces
            if name.isEmpty { name = "column \(c + 1)" }
            if let first = names.firstIndex(of: name) {
                let place = locate(text, start: start, line: line, field: c, delimiter: delimiter)
                throw LabError(path: path, line: line == 0 ? nil : place.line, column: line == 0 ? nil : place.column,
                               message: "the header names column '\(name)' twice (columns \(first + 1) and \(c + 1))",
                               hint: "give every column its own name")
            }
            names.append(name)
        }
        return names
    }

    static func raggedRow(_ row: [String], expected: Int, path: String, line: Int, text: String, start: Int?,
                          delimiter: UInt8) -> LabError {
        let many = row.count > expected
        var place: (line: Int, column: Int)?
        if let start, line > 0 {
            place = locate(text, start: start, line: line, field: many ? expected : row.count, delimiter: delimiter)
        }
        let hint = many
            ? "a value that contains the delimiter must be quoted, like \"Paris, France\""
            : "every row needs one value per column; leave a missing value empty, like a,,c"
        return LabError(path: path, line: place?.line, column: place?.column,
                        message: "this row has \(row.count) field\(row.count == 1 ? "" : "s") but the header has \(expected)",
                        hint: hint)
    }

    static func locate(_ text: String, start: Int, line: Int, field: Int, delimiter: UInt8) -> (line: Int, column: Int) {
        text.utf8.withContiguousStorageIfAvailable {
            DataTable.scanToField($0, from: start, line: line, field: field, delimiter: delimiter)
        } ?? DataTable.scanToField(Array(text.utf8), from: start, line: line, field: field, delimiter: delimiter)
    }

    /// Where each record starts (byte offset and 1-based line), with CSV.swift's quoting rules:
    /// a quote opens a quoted field only at the start of a field; inside, a quote followed by
    /// the delimiter or a line end closes it, and a quote followed by anything else stays inside.
    static func scanRecords(_ text: String, path: String, delimiter: UInt8) throws(LabError) -> (starts: [Int], lines: [Int]) {
        let result: Result<(starts: [Int], lines: [Int]), LabError>? = text.utf8.withContiguousStorageIfAvailable { bytes in
            scan(bytes, path: path, delimiter: delimiter)
        }
        return try (result ?? scan(Array(text.utf8), path: path, delimiter: delimiter)).get()
    }

    static func scan<Bytes: RandomAccessCollection>(_ bytes: Bytes, path: String, delimiter: UInt8)
        -> Result<(starts: [Int], lines: [Int]), LabError> where Bytes.Element == UInt8, Bytes.Index == Int {
        let quote = UInt8(ascii: "\""), lf = UInt8(ascii: "\n"), cr = UInt8(ascii: "\r")
        var starts: [Int] = [], lines: [Int] = []
        var i = bytes.startIndex, line = 1, column = 1
        var inQuotes = false, atFieldStart = true, atRecordStart = true
        var openLine = 0, openColumn = 0
        func lineBreak(at i: Int) -> Int {   // bytes consumed by a line break at i (0 if none)
            if bytes[i] == lf { return 1 }
            if bytes[i] == cr { return i + 1 < bytes.endIndex && bytes[i + 1] == lf ? 2 : 1 }
            return 0
        }
        while i < bytes.endIndex {
            if atRecordStart {
                starts.append(i)
                lines.append(line)
                atRecordStart = false
            }
            let byte = bytes[i]
            if inQuotes {
                if byte == quote {
                    guard i + 1 < bytes.endIndex else { inQuotes = false; i += 1; break }
                    let after = bytes[i + 1]
                    if after == lf || after == cr {
                        inQuotes = false
                        i += 1
                        column += 1
                        continue   // the line break ends the record below
                    }
                    if after == delimiter { inQuotes = false; atFieldStart = true }
                    i += 2
                    column += 2
                    continue
                }
                let width = lineBreak(at: i)
                if width > 0 {
                    i += width
                    line += 1
                    column = 1
                } else {
                    if byte & 0xC0 != 0x80 { column += 1 }
                    i += 1
                }
                continue
            }
            let width = lineBreak(at: i)
            if width > 0 {
                i += width
                line += 1
                column = 1
                atRecordStart = true
                atFieldStart = true
                continue
            }
            if byte == delimiter {
                atFieldStart = true
            } else if atFieldStart && byte == quote {
                inQuotes = true
                atFieldStart = false
                openLine = line
                openColumn = column
            } else {
                atFieldStart = false
            }
            if byte & 0xC0 != 0x80 { column += 1 }
            i += 1
        }
        if inQuotes {
            return .failure(LabError(path: path, line: openLine, column: openColumn,
                                     message: "this quoted field is never closed",
                                     hint: "a field that starts with \" must end with \"; write a quote inside it as \"\""))
        }
        return .success((starts, lines))
    }
}
