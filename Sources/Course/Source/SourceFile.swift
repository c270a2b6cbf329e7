import Foundation

/// The text of one course file, decoded and checked, with its lines for locations and excerpts.
///
/// Decoding refuses what is not text before any parser sees it: a file over
/// ``SourceLimits/maximumFileBytes``, NUL bytes (a binary file) and invalid UTF-8 are reported
/// with where they are. A UTF-8 byte order mark is dropped; Windows (`\r\n`) and old Mac (`\r`)
/// line endings become `\n`, so lines and columns are the same whatever the editor.
public struct SourceFile: Sendable {
    /// The path as it is shown in diagnostics.
    public let path: String
    /// The normalised text (`\n` line endings, no byte order mark).
    public let text: String
    /// The lines of `text`, without their line ends; `lines[0]` is line 1.
    public let lines: [Substring]

    /// A source file from text already in memory (tests, generated files). Line ends are
    /// normalised as for files on disk.
    public init(path: String, text: String) {
        self.path = path
        let normalized = SourceFile.normalizeLineEnds(text)
        self.text = normalized
        self.lines = SourceFile.splitLines(normalized)
    }

    /// Lines split on `\n` bytes (faster than splitting on Characters).
    private static func splitLines(_ text: String) -> [Substring] {
        var lines: [Substring] = []
        let utf8 = text.utf8
        var start = utf8.startIndex
        var index = start
        while index != utf8.endIndex {
            if utf8[index] == 10 {
                lines.append(text[start..<index])
                start = utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
        lines.append(text[start..<utf8.endIndex])
        return lines
    }

    /// The text of line `number` (1-based), or nil past the end.
    public func line(_ number: Int) -> Substring? {
        guard number >= 1, number <= lines.count else { return nil }
        return lines[number - 1]
    }

    /// Whether the file holds nothing but whitespace.
    public var isBlank: Bool {
        text.utf8.allSatisfy { $0 == 32 || $0 == 9 || $0 == 10 || $0 == 13 }
            || text.allSatisfy { $0.isWhitespace }
    }

    /// Reads and decodes the file at `path`, checking its size before reading it.
    ///
    /// - Returns: the file, or the diagnostic that says why it cannot be read.
    public static func load(path: String, displayPath: String? = nil,
                            limit: Int = SourceLimits.maximumFileBytes) -> Result<SourceFile, Diagnostic> {
        let shown = displayPath ?? path
        let attributes: [FileAttributeKey: Any]
        do {
            attributes = try FileManager.default.attributesOfItem(atPath: path)
        } catch {
            return .failure(Diagnostic(path: shown, location: nil, severity: .error,
                                       message: "cannot read the file: it does not exist or is not readable"))
        }
        if let type = attributes[.type] as? FileAttributeType, type == .typeDirectory {
            return .failure(Diagnostic(path: shown, location: nil, severity: .error,
                                       message: "is a folder, not a file"))
        }
        let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
        if size > limit {
            return .failure(Diagnostic(path: shown, location: nil, severity: .error,
                                       message: "file is \(ByteCount.describe(size)); the limit is \(ByteCount.describe(limit))"))
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            return .failure(Diagnostic(path: shown, location: nil, severity: .error,
                                       message: "cannot open the file for reading"))
        }
        defer { try? handle.close() }
        // Read at most one byte past the limit: the file may have grown since it was measured.
        let data = (try? handle.read(upToCount: limit + 1)) ?? Data()
        return decode(path: shown, bytes: data, limit: limit)
    }

    /// Decodes bytes as a course file: size limit, NUL bytes, UTF-8 validity, byte order mark.
    public static func decode(path: String, bytes: Data,
                              limit: Int = SourceLimits.maximumFileBytes) -> Result<SourceFile, Diagnostic> {
        if bytes.count > limit {
            return .failure(Diagnostic(path: path, location: nil, severity: .error,
                                       message: "file is \(ByteCount.describe(bytes.count)) or more; the limit is \(ByteCount.describe(limit))"))
        }
        return bytes.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> Result<SourceFile, Diagnostic> in
            let buffer = raw.bindMemory(to: UInt8.self)
            if let problem = firstProblem(in: buffer) {
                let location = locate(offset: problem.offset, in: buffer)
                return .failure(Diagnostic(path: path, location: location, severity: .error,
                                           message: problem.message,
                                           hint: "course files must be UTF-8 text"))
            }
            var start = 0
            if buffer.count >= 3, buffer[0] == 0xEF, buffer[1] == 0xBB, buffer[2] == 0xBF { start = 3 }
            let text = String(decoding: UnsafeBufferPointer(rebasing: buffer[start...]), as: UTF8.self)
            return .success(SourceFile(path: path, text: text))
        }
    }

    private struct ByteProblem {
        var offset: Int
        var message: String
    }

    /// The first NUL byte or invalid UTF-8 sequence, if any.
    private static func firstProblem(in bytes: UnsafeBufferPointer<UInt8>) -> ByteProblem? {
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte == 0 {
                return ByteProblem(offset: index, message: "binary file: NUL byte at offset \(index)")
            }
            if byte < 0x80 { index += 1; continue }
            let length: Int
            var minimum: UInt32
            var scalar: UInt32
            switch byte {
            case 0xC2...0xDF: length = 2; minimum = 0x80; scalar = UInt32(byte & 0x1F)
            case 0xE0...0xEF: length = 3; minimum = 0x800; scalar = UInt32(byte & 0x0F)
            case 0xF0...0xF4: length = 4; minimum = 0x10000; scalar = UInt32(byte & 0x07)
            default:
                return ByteProblem(offset: index, message: "invalid UTF-8: byte 0x\(hex(byte)) at offset \(index)")
            }
            if index + length > count {
                return ByteProblem(offset: index, message: "invalid UTF-8: sequence cut short at offset \(index)")
            }
            for next in 1..<length {
                let continuation = bytes[index + next]
                guard continuation & 0xC0 == 0x80 else {
                    return ByteProblem(offset: index, message: "invalid UTF-8: byte 0x\(hex(byte)) at offset \(index) starts a sequence that is not finished")
                }
                scalar = (scalar << 6) | UInt32(continuation & 0x3F)
            }
            if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) {
                return ByteProblem(offset: index, message: "invalid UTF-8: malformed sequence at offset \(index)")
            }
            index += length
        }
        return nil
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
    }

    /// Line and column (in scalars) of a byte offset in valid-up-to-there UTF-8.
    private static func locate(offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> SourceLocation {
        var line = 1
        var column = 1
        var index = 0
        while index < offset && index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
            index += 1
        }
        return SourceLocation(line: line, column: column)
    }

    private static func normalizeLineEnds(_ text: String) -> String {
        guard text.utf8.contains(13) else { return text }
        return text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }
}

/// Byte counts as people read them: `512 bytes`, `3.2 KiB`, `50.0 MiB`.
public enum ByteCount {
    public static func describe(_ bytes: Int) -> String {
        if bytes < 1024 { return "\(bytes) bytes" }
        let units = ["KiB", "MiB", "GiB", "TiB"]
        var value = Double(bytes) / 1024
        var unit = 0
        while value >= 1024 && unit < units.count - 1 {
            value /= 1024
            unit += 1
        }
        let tenths = (value * 10).rounded() / 10
        return "\(tenths) \(units[unit])"
    }
}
