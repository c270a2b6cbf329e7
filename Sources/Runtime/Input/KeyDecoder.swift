/// Turns the bytes a terminal sends in raw mode into keys.
///
/// Pure and incremental: `feed` decodes what it can and keeps an incomplete tail (a lone
/// Escape, half an escape sequence, part of a UTF-8 character) for the next call, since a read
/// may end anywhere. When no more bytes come within a short time, `flush` decides: a lone Escape
/// is the Escape key, anything else unfinished is dropped. Understands arrows and the editing
/// keys in both CSI (`ESC [`) and SS3 (`ESC O`) forms, with or without modifier parameters,
/// Shift-Tab, F1–F12, the Linux console's `ESC [ [ A`, Alt-x as `ESC x`, and UTF-8 characters.
/// Unknown sequences (mouse reports, focus events, bracketed-paste markers, terminal replies)
/// and invalid bytes are skipped whole, never turned into stray characters.
public struct KeyDecoder: Sendable {
    private var pending: [UInt8] = []

    /// The longest escape sequence accepted; longer ones are dropped as garbage.
    static let maximumSequenceLength = 32

    public init() {}

    /// Whether bytes of an unfinished key are waiting (the reader then waits briefly for more).
    public var hasPending: Bool { !pending.isEmpty }

    /// Decodes `bytes` after whatever was pending; keeps an unfinished tail.
    public mutating func feed(_ bytes: some Sequence<UInt8>) -> [Key] {
        pending.append(contentsOf: bytes)
        return drain(atEnd: false)
    }

    /// No more bytes are coming for now: a pending lone Escape becomes `.escape`, Escape followed
    /// by `[` or `O` becomes Alt-`[` or Alt-`O`, and a half sequence or character is dropped.
    public mutating func flush() -> [Key] {
        drain(atEnd: true)
    }

    /// Decodes a complete input at once (`feed` then `flush`).
    public static func decode(_ bytes: [UInt8]) -> [Key] {
        var decoder = KeyDecoder()
        return decoder.feed(bytes) + decoder.flush()
    }

    private mutating func drain(atEnd: Bool) -> [Key] {
        var keys: [Key] = []
        var index = 0
        while index < pending.count {
            switch Self.step(pending, at: index, atEnd: atEnd) {
            case .incomplete:
                pending.removeFirst(index)
                return keys
            case .decoded(let key, let consumed):
                if let key { keys.append(key) }
                index += consumed
            }
        }
        pending.removeAll(keepingCapacity: true)
        return keys
    }

    /// One key (or a skipped run of bytes) starting at `index`.
    enum Step: Equatable {
        /// More bytes are needed to know.
        case incomplete
        /// `key` (nil: bytes skipped) from `consumed` bytes.
        case decoded(Key?, consumed: Int)
    }

    static func step(_ bytes: [UInt8], at index: Int, atEnd: Bool) -> Step {
        let byte = bytes[index]
        switch byte {
        case 0x1B: return escape(bytes, at: index, atEnd: atEnd)
        case 0x0D, 0x0A: return .decoded(.enter, consumed: 1)
        case 0x09: return .decoded(.tab, consumed: 1)
        case 0x08, 0x7F: return .decoded(.backspace, consumed: 1)
        case 0x20: return .decoded(.space, consumed: 1)
        case 0x00...0x1F: return .decoded(.control(controlName(byte)), consumed: 1)
        case 0x21...0x7E: return .decoded(.character(Character(Unicode.Scalar(byte))), consumed: 1)
        default: return utf8Character(bytes, at: index, atEnd: atEnd).map { .character($0) }
        }
    }

    /// 0x01 → "a" … 0x1A → "z"; 0x00 → "@", 0x1C → "\\", 0x1D → "]", 0x1E → "^", 0x1F → "_".
    static func controlName(_ byte: UInt8) -> Character {
        let scalar = Unicode.Scalar(byte + 0x40)
        return Character(scalar).lowercased().first ?? Character(scalar)
    }

    private static func escape(_ bytes: [UInt8], at index: Int, atEnd: Bool) -> Step {
        guard index + 1 < bytes.count else {
            return atEnd ? .decoded(.escape, consumed: 1) : .incomplete
        }
        let next = bytes[index + 1]
        switch next {
        case UInt8(ascii: "["):
            return controlSequence(bytes, at: index, atEnd: atEnd)
        case UInt8(ascii: "O"):
            guard index + 2 < bytes.count else {
                return atEnd ? .decoded(.alt("O"), consumed: 2) : .incomplete
            }
            return .decoded(singleShift(bytes[index + 2]), consumed: 3)
        case 0x21...0x7E, 0x20, 0x80...0xFF:
            switch utf8Character(bytes, at: index + 1, atEnd: atEnd) {
            case .incomplete: return .incomplete
            case .decoded(let character, let consumed):
                guard let character else { return .decoded(.escape, consumed: 1) }
                return .decoded(.alt(character), consumed: 1 + consumed)
            }
        default:
            // Escape, then another Escape or a control byte: two separate keys.
            return .decoded(.escape, consumed: 1)
        }
    }

    /// `ESC [` parameters (0x30–0x3F), intermediates (0x20–0x2F), one final byte (0x40–0x7E).
    private static func controlSequence(_ bytes: [UInt8], at index: Int, atEnd: Bool) -> Step {
        var cursor = index + 2
        // The Linux console's F1–F5: ESC [ [ A … ESC [ [ E.
        if cursor < bytes.count, bytes[cursor] == UInt8(ascii: "[") {
            guard cursor + 1 < bytes.count else { return atEnd ? .decoded(nil, consumed: 3) : .incomplete }
            let final = bytes[cursor + 1]
            let key: Key? = (0x41...0x45).contains(final) ? .function(Int(final) - 0x40) : nil
            return .decoded(key, consumed: 4)
        }
        let parametersStart = cursor
        while cursor < bytes.count, (0x30...0x3F).contains(bytes[cursor]) { cursor += 1 }
        let parametersEnd = cursor
        while cursor < bytes.count, (0x20...0x2F).contains(bytes[cursor]) { cursor += 1 }
        guard cursor < bytes.count else {
            if atEnd { return .decoded(nil, consumed: cursor - index) }
            return cursor - index > maximumSequenceLength ? .decoded(nil, consumed: cursor - index) : .incomplete
        }
        let final = bytes[cursor]
        guard (0x40...0x7E).contains(final) else {
            // Not a sequence after all: skip what was read, decode the odd byte on its own.
            return .decoded(nil, consumed: cursor - index)
        }
        let consumed = cursor + 1 - index
        let intermediates = parametersEnd < cursor
        let parameters = Array(bytes[parametersStart..<parametersEnd])
        if intermediates || parameters.first.map({ (0x3C...0x3F).contains($0) }) == true {
            return .decoded(nil, consumed: consumed)  // private: mouse, replies, focus, …
        }
        return .decoded(csiKey(final: final, parameters: parameters), consumed: consumed)
    }

    private static func csiKey(final: UInt8, parameters: [UInt8]) -> Key? {
        switch final {
        case UInt8(ascii: "A"): return .up
        case UInt8(ascii: "B"): return .down
        case UInt8(ascii: "C"): return .right
        case UInt8(ascii: "D"): return .left
        case UInt8(ascii: "H"): return .home
        case UInt8(ascii: "F"): return .end
        case UInt8(ascii: "Z"): return .shiftTab
        case UInt8(ascii: "P")...UInt8(ascii: "S"): return .function(Int(final) - 0x4F)
        case UInt8(ascii: "~"):
            let first = parameters.split(separator: UInt8(ascii: ";"), omittingEmptySubsequences: false).first ?? []
            guard let number = Int(String(decoding: first, as: UTF8.self)) else { return nil }
            return tildeKeys[number]
        default: return nil
        }
    }

    private static let tildeKeys: [Int: Key] = [
        1: .home, 7: .home, 2: .insert, 3: .delete, 4: .end, 8: .end, 5: .pageUp, 6: .pageDown,
        11: .function(1), 12: .function(2), 13: .function(3), 14: .function(4), 15: .function(5),
        17: .function(6), 18: .function(7), 19: .function(8), 20: .function(9), 21: .function(10),
        23: .function(11), 24: .function(12),
    ]

    /// `ESC O x`: the application-mode (SS3) forms of arrows, Home/End, keypad Enter, F1–F4.
    private static func singleShift(_ final: UInt8) -> Key? {
        switch final {
        case UInt8(ascii: "A"): .up
        case UInt8(ascii: "B"): .down
        case UInt8(ascii: "C"): .right
        case UInt8(ascii: "D"): .left
        case UInt8(ascii: "H"): .home
        case UInt8(ascii: "F"): .end
        case UInt8(ascii: "M"): .enter
        case UInt8(ascii: "P")...UInt8(ascii: "S"): .function(Int(final) - 0x4F)
        default: nil
        }
    }

    /// One printable character from UTF-8 at `index`; invalid or non-printable bytes are skipped.
    private static func utf8Character(_ bytes: [UInt8], at index: Int, atEnd: Bool) -> UTF8Step {
        let lead = bytes[index]
        let length: Int
        switch lead {
        case 0x20...0x7E: return .decoded(Character(Unicode.Scalar(lead)), consumed: 1)
        case 0xC2...0xDF: length = 2
        case 0xE0...0xEF: length = 3
        case 0xF0...0xF4: length = 4
        default: return .decoded(nil, consumed: 1)
        }
        var end = index + 1
        while end < index + length {
            guard end < bytes.count else { return atEnd ? .decoded(nil, consumed: end - index) : .incomplete }
            guard (0x80...0xBF).contains(bytes[end]) else { return .decoded(nil, consumed: end - index) }
            end += 1
        }
        guard let text = String(validating: bytes[index..<end], as: UTF8.self),
              let scalar = text.unicodeScalars.first,
              !scalar.properties.generalCategory.isControl
        else { return .decoded(nil, consumed: length) }
        return .decoded(Character(scalar), consumed: length)
    }

    private enum UTF8Step {
        case incomplete
        case decoded(Character?, consumed: Int)

        func map(_ transform: (Character) -> Key) -> Step {
            switch self {
            case .incomplete: .incomplete
            case .decoded(let character, let consumed): .decoded(character.map(transform), consumed: consumed)
            }
        }
    }
}

private extension Unicode.GeneralCategory {
    var isControl: Bool {
        switch self {
        case .control, .surrogate, .lineSeparator, .paragraphSeparator: true
        default: false
        }
    }
}
