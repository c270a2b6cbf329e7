import Testing
@testable import Runtime

@Suite struct KeyDecoderTests {
    static let cases: [(String, [UInt8], [Key])] = [
        ("CSI arrows", Array("\u{1B}[A\u{1B}[B\u{1B}[C\u{1B}[D".utf8), [.up, .down, .right, .left]),
        ("SS3 arrows", Array("\u{1B}OA\u{1B}OB\u{1B}OC\u{1B}OD".utf8), [.up, .down, .right, .left]),
        ("modified arrows", Array("\u{1B}[1;5C\u{1B}[1;2A".utf8), [.right, .up]),
        ("tab and shift-tab", [0x09, 0x1B, 0x5B, 0x5A], [.tab, .shiftTab]),
        ("enter as CR and LF", [0x0D, 0x0A], [.enter, .enter]),
        ("keypad enter", Array("\u{1B}OM".utf8), [.enter]),
        ("space", [0x20], [.space]),
        ("backspace as DEL and BS", [0x7F, 0x08], [.backspace, .backspace]),
        ("control bytes", [0x03, 0x04, 0x1A, 0x01], [.control("c"), .control("d"), .control("z"), .control("a")]),
        ("other control bytes", [0x00, 0x1C, 0x1F], [.control("@"), .control("\\"), .control("_")]),
        ("printable ASCII", Array("q?r".utf8), [.character("q"), .character("?"), .character("r")]),
        ("UTF-8", Array("é→😀".utf8), [.character("é"), .character("→"), .character("😀")]),
        ("tilde keys", Array("\u{1B}[3~\u{1B}[5~\u{1B}[6~\u{1B}[1~\u{1B}[4~\u{1B}[2~".utf8),
         [.delete, .pageUp, .pageDown, .home, .end, .insert]),
        ("home and end", Array("\u{1B}[H\u{1B}[F\u{1B}OH\u{1B}OF".utf8), [.home, .end, .home, .end]),
        ("function keys", Array("\u{1B}OP\u{1B}[15~\u{1B}[24~\u{1B}[[A".utf8), [.function(1), .function(5), .function(12), .function(1)]),
        ("alt", Array("\u{1B}x\u{1B}é".utf8), [.alt("x"), .alt("é")]),
        ("escape then escape", [0x1B, 0x1B], [.escape, .escape]),
        ("escape before a sequence", Array("\u{1B}\u{1B}[A".utf8), [.escape, .up]),
        ("lone escape at the end", [0x1B], [.escape]),
        ("unknown CSI ignored", Array("\u{1B}[99~a\u{1B}[5Xb".utf8), [.character("a"), .character("b")]),
        ("private CSI (mouse, focus reply) ignored", Array("\u{1B}[<0;3;4Mz\u{1B}[?1;2c".utf8), [.character("z")]),
        ("unknown SS3 ignored", Array("\u{1B}Ozy".utf8), [.character("y")]),
        ("bracketed paste markers ignored", Array("\u{1B}[200~hi\u{1B}[201~".utf8), [.character("h"), .character("i")]),
        ("invalid UTF-8 skipped", [0xFF, 0x61, 0xC3, 0x28, 0x80], [.character("a"), .character("(")]),
        ("C1 control characters skipped", [0xC2, 0x85, 0x62], [.character("b")]),
        ("broken CSI: the odd byte is decoded on its own", [0x1B, 0x5B, 0x31, 0x0D], [.enter]),
    ]

    @Test(arguments: cases.indices)
    func decodesWholeInput(_ index: Int) {
        let (name, bytes, keys) = Self.cases[index]
        #expect(KeyDecoder.decode(bytes) == keys, "\(name)")
    }

    /// A read may end anywhere: feeding in two parts, split at every point, gives the same keys.
    @Test(arguments: cases.indices)
    func decodesInputSplitAnywhere(_ index: Int) {
        let (name, bytes, keys) = Self.cases[index]
        for split in 0...bytes.count {
            var decoder = KeyDecoder()
            let decoded = decoder.feed(bytes[..<split]) + decoder.feed(bytes[split...]) + decoder.flush()
            #expect(decoded == keys, "\(name), split at \(split)")
        }
    }

    @Test func loneEscapeWaitsForMore() {
        var decoder = KeyDecoder()
        #expect(decoder.feed([0x1B]) == [])
        #expect(decoder.hasPending)
        #expect(decoder.feed(Array("[A".utf8)) == [.up])
        #expect(!decoder.hasPending)
    }

    @Test func flushTurnsALoneEscapeIntoTheEscapeKey() {
        var decoder = KeyDecoder()
        #expect(decoder.feed(Array("xé".utf8)) == [.character("x"), .character("é")])
        #expect(decoder.feed([0x1B]) == [])
        #expect(decoder.flush() == [.escape])
        #expect(!decoder.hasPending)
        #expect(decoder.feed(Array("q".utf8)) == [.character("q")])
    }

    @Test func flushDropsHalfASequenceOrCharacter() {
        var decoder = KeyDecoder()
        #expect(decoder.feed(Array("\u{1B}[1;".utf8)) == [])
        #expect(decoder.flush() == [])
        #expect(decoder.feed([0xE2, 0x86]) == [])
        #expect(decoder.flush() == [])
        #expect(decoder.feed([0x61]) == [.character("a")])
    }

    @Test func overlongSequencesAreDropped() {
        let garbage = [0x1B, 0x5B] + [UInt8](repeating: 0x31, count: 40)
        var decoder = KeyDecoder()
        #expect(decoder.feed(garbage) == [])
        #expect(!decoder.hasPending)
        #expect(decoder.feed(Array("~a".utf8)) == [.character("~"), .character("a")])
    }

    @Test func namesMatchSimulationKeyNames() {
        #expect(Key.left.name == "left")
        #expect(Key.space.name == "space")
        #expect(Key.shiftTab.name == "shift-tab")
        #expect(Key.control("c").name == "ctrl-c")
        #expect(Key.character("?").name == "?")
        #expect(Key.interrupt == .control("c") && Key.suspend == .control("z") && Key.endOfInput == .control("d"))
    }
}
