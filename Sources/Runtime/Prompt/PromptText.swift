/// The prompt string in the two forms the line prompt needs.
///
/// Pure. Readline measures the prompt to place the cursor, so escape sequences (colours) in it
/// must be wrapped in its `\u{01}` … `\u{02}` markers; without a terminal the prompt is printed
/// with no escape sequences at all.
public enum PromptText {
    /// `prompt` with every escape sequence wrapped in readline's invisible-text markers.
    /// Already marked text is left alone.
    public static func forReadline(_ prompt: String) -> String {
        var result: [UInt8] = []
        let bytes = Array(prompt.utf8)
        var position = 0
        var insideMarkers = false
        while position < bytes.count {
            let byte = bytes[position]
            if byte == 0x01 { insideMarkers = true }
            if byte == 0x02 { insideMarkers = false }
            if byte == 0x1B, !insideMarkers {
                let end = sequenceEnd(bytes, from: position)
                result.append(0x01)
                result.append(contentsOf: bytes[position..<end])
                result.append(0x02)
                position = end
                continue
            }
            result.append(byte)
            position += 1
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// `prompt` without escape sequences or readline markers: what a pipe gets.
    public static func plain(_ prompt: String) -> String {
        let bytes = Array(prompt.utf8)
        var result: [UInt8] = []
        var position = 0
        while position < bytes.count {
            let byte = bytes[position]
            if byte == 0x1B {
                position = sequenceEnd(bytes, from: position)
                continue
            }
            if byte != 0x01, byte != 0x02 { result.append(byte) }
            position += 1
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// The index just past the escape sequence starting at `start` (an ESC): CSI up to its
    /// final byte, OSC up to BEL or ESC \, otherwise ESC and one more byte.
    static func sequenceEnd(_ bytes: [UInt8], from start: Int) -> Int {
        var position = start + 1
        guard position < bytes.count else { return position }
        switch bytes[position] {
        case UInt8(ascii: "["):
            position += 1
            while position < bytes.count, !(0x40...0x7E).contains(bytes[position]) { position += 1 }
            return min(position + 1, bytes.count)
        case UInt8(ascii: "]"):
            position += 1
            while position < bytes.count {
                if bytes[position] == 0x07 { return position + 1 }
                if bytes[position] == 0x1B, position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: "\\") {
                    return position + 2
                }
                position += 1
            }
            return position
        default:
            return position + 1
        }
    }
}
