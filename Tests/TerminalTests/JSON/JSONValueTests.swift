import Terminal
import Testing

@Test func nonFiniteNumbersStayValidJSON() {
    let value = JSONValue.object([("a", .number(.nan)), ("b", .number(.infinity)), ("c", .number(-.infinity)), ("d", .number(0.25)), ("e", .number(3))])
    #expect(value.encoded() == #"{"a":"nan","b":"inf","c":"-inf","d":0.25,"e":3}"#)
}

@Test func stringsAreEscaped() {
    #expect(JSONValue.string("a\"b\\c\n\u{1B}[31m").encoded() == #""a\"b\\c\n\u001b[31m""#)
}

@Test func keysKeepTheirOrderAndPathsResolve() {
    let value = JSONValue.object([("z", .number(1)), ("a", .object([("best_loss", .number(0.5))])), ("layers", .array([.object([("name", .string("dense1"))])]))])
    #expect(value.encoded().hasPrefix(#"{"z":1,"a":"#))
    #expect(value.value(atPath: "a.best_loss") == .number(0.5))
    #expect(value.value(atPath: "layers.0.name") == .string("dense1"))
    #expect(value.value(atPath: "layers.3.name") == nil)
}

@Test func seedsAboveTwoToThe53StayExact() {
    #expect(JSONValue.integer(.max).encoded() == "18446744073709551615")
    #expect(JSONValue.integer(3) == .number(3))
    #expect(JSONValue.integer(9_007_199_254_740_993) != .number(9_007_199_254_740_992))
}

@Test func terminalControlsAndBidiOverridesAreEscapedInStrings() {
    #expect(JSONValue.quoted("a\u{9B}b\u{202E}c\u{2028}") == #""a\u009bb\u202ec\u2028""#)
    #expect(JSONValue.quoted("é ≤ 🙂") == "\"é ≤ 🙂\"")
}
