import Foundation

/// The edge where the lab touches the disk: reads a CSV file into a ``DataTable``.
///
/// Every way a file can be unusable is a ``LabError`` naming the file: missing, a folder,
/// unreadable, larger than the size limit, empty, UTF-16, or not valid UTF-8 (with the line
/// and column of the first bad byte). UTF-8 with or without a byte-order mark is accepted.
public enum CSVFile {
    /// The largest file the lab reads by default: 64 MiB.
    public static let defaultSizeLimit = 64 * 1024 * 1024

    /// The table in the file at `path` (see ``CSVTableReader/parse(_:path:delimiter:)``).
    public static func read(path: String, delimiter: Character = ",", sizeLimit: Int = defaultSizeLimit) throws(LabError) -> DataTable {
        try CSVTableReader.parse(try text(path: path, sizeLimit: sizeLimit), path: path, delimiter: delimiter)
    }

    /// The file's text, checked: exists, is a file, is at most `sizeLimit` bytes, is UTF-8.
    public static func text(path: String, sizeLimit: Int = defaultSizeLimit) throws(LabError) -> String {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw LabError(path: path, message: "no such file", hint: "check the path; it is relative to the current folder")
        }
        guard !isDirectory.boolValue else {
            throw LabError(path: path, message: "this is a folder, not a CSV file")
        }
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        if let size = (attributes?[.size] as? NSNumber)?.intValue, size > sizeLimit {
            throw LabError(path: path, message: "the file is \(megabytes(size)), over the lab's limit of \(megabytes(sizeLimit))",
                           hint: "take a sample of the rows (e.g. head -n 100000) and run the lab on it")
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw LabError(path: path, message: "cannot open the file (permission denied?)")
        }
        defer { try? handle.close() }
        let data: Data
        do {
            // Read at most one byte over the limit, in case the size changed since we looked.
            data = try handle.read(upToCount: sizeLimit + 1) ?? Data()
        } catch {
            throw LabError(path: path, message: "cannot read the file: \(error.localizedDescription)")
        }
        if data.count > sizeLimit {
            throw LabError(path: path, message: "the file is over the lab's limit of \(megabytes(sizeLimit))")
        }
        return try decode(data, path: path)
    }

    /// `data` as UTF-8 text (pure; the part of ``text(path:sizeLimit:)`` after reading).
    public static func decode(_ data: Data, path: String) throws(LabError) -> String {
        if data.isEmpty {
            throw LabError(path: path, message: "the file is empty",
                           hint: "a CSV file needs a header row with the column names, then one row per example")
        }
        let bytes = [UInt8](data)
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            throw LabError(path: path, message: "the file is UTF-16 text; the lab reads UTF-8",
                           hint: "save it as \"CSV UTF-8\", or convert it: iconv -f UTF-16 -t UTF-8")
        }
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        let place = firstInvalidUTF8(bytes)
        throw LabError(path: path, line: place.line, column: place.column,
                       message: "the file is not valid UTF-8 (byte 0x\(String(place.byte, radix: 16, uppercase: true)))",
                       hint: "save it as \"CSV UTF-8\", or convert it, e.g. iconv -f LATIN1 -t UTF-8")
    }

    /// Line, column and value of the first byte that does not start a valid UTF-8 sequence.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> (line: Int, column: Int, byte: UInt8) {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0, line = 1, column = 1
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                if encoded.count == 1 && encoded.first == UInt8(ascii: "\n") {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
                offset += encoded.count
            case .error:
                return (line, column, offset < bytes.count ? bytes[offset] : 0)
            case .emptyInput:
                return (line, column, 0)
            }
        }
    }

    static func megabytes(_ bytes: Int) -> String {
        let mib = Double(bytes) / 1_048_576
        if mib >= 10 { return "\(Int(mib.rounded())) MiB" }
        return "\((mib * 10).rounded() / 10) MiB"
    }
}
