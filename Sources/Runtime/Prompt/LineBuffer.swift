/// Splits bytes read from a pipe into lines, for answers given on stdin without a terminal.
///
/// Pure. A line ends at `\n`; a `\r` just before it (CRLF files) is dropped, and so is a lone
/// `\r` at the very end of the input. The text after the last newline is a line too, once the
/// input has ended (a file without a final newline). Invalid UTF-8 is repaired with U+FFFD.
public struct LineBuffer: Sendable {
    private var bytes: [UInt8] = []
    private var start = 0

    public init() {}

    /// Adds bytes that were read.
    public mutating func append(_ more: some Sequence<UInt8>) {
        if start > 4096, start * 2 > bytes.count {
            bytes.removeFirst(start)
            start = 0
        }
        bytes.append(contentsOf: more)
    }

    /// The next complete line, or nil until a newline arrives.
    public mutating func nextLine() -> String? {
        guard let newline = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) else { return nil }
        let line = Self.text(bytes[start..<newline])
        start = newline + 1
        return line
    }

    /// After the end of input: the unterminated last line, if there is one.
    public mutating func remainder() -> String? {
        guard start < bytes.count else { return nil }
        let line = Self.text(bytes[start...])
        start = bytes.count
        return line
    }

    private static func text(_ line: ArraySlice<UInt8>) -> String {
        let trimmed = line.last == UInt8(ascii: "\r") ? line.dropLast() : line
        return String(decoding: trimmed, as: UTF8.self)
    }

    /// Every line of a complete input.
    public static func lines(of input: [UInt8]) -> [String] {
        var buffer = LineBuffer()
        buffer.append(input)
        var lines: [String] = []
        while let line = buffer.nextLine() { lines.append(line) }
        if let last = buffer.remainder() { lines.append(last) }
        return lines
    }
}
