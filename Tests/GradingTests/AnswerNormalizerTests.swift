import Testing
@testable import Grading

@Suite struct AnswerNormalizerTests {
    @Test(arguments: [
        ("Early Stopping", "early stopping"),
        ("  early    stopping  ", "early stopping"),
        ("early\tstopping.", "early stopping"),
        ("early stopping..", "early stopping."),
        ("Cafe\u{301}", "café"),
        ("CAFÉ", "café"),
        ("\u{2003}wide\u{00A0}space\n", "wide space"),
        ("Straße", "strasse"),
        ("", ""),
    ])
    func textNormalisation(_ input: String, _ expected: String) {
        #expect(AnswerNormalizer.normalize(input) == expected)
    }

    @Test(arguments: [
        ("5", nil, 5.0), ("5.0", nil, 5), ("1e-3", nil, 0.001), ("0.001", nil, 0.001), (" +2 ", nil, 2),
        (".5", nil, 0.5), ("10%", "%", 10), ("10", "%", 10), ("10%", nil, 0.1), ("12 ms", "ms", 12), ("-3.5E2", nil, -350),
    ] as [(String, String?, Double)])
    func numbersPeopleType(_ input: String, _ unit: String?, _ expected: Double) {
        #expect(AnswerNormalizer.number(input, unit: unit) == .value(expected))
    }

    @Test(arguments: ["five", "0x10", "nan", "inf", "1,5", "", "1e", "--1", "1.2.3", "1_000"])
    func notNumbers(_ input: String) {
        #expect(AnswerNormalizer.number(input, unit: nil) == .notANumber)
    }

    @Test func choicesByIdLetterNumberOrText() {
        let ids = ["grid", "random", "both"]
        let texts = ["Grid search", "Random search", "Both of them"]
        #expect(AnswerNormalizer.option("RANDOM", ids: ids, texts: texts) == 1)
        #expect(AnswerNormalizer.option("c", ids: ids, texts: texts) == 2)
        #expect(AnswerNormalizer.option("(b)", ids: ids, texts: texts) == 1)
        #expect(AnswerNormalizer.option("1", ids: ids, texts: texts) == 0)
        #expect(AnswerNormalizer.option("random search.", ids: ids, texts: texts) == 1)
        #expect(AnswerNormalizer.option("z", ids: ids, texts: texts) == nil)
        #expect(AnswerNormalizer.option("4", ids: ids, texts: texts) == nil)
        // An id that is itself a letter wins over the letter's position.
        #expect(AnswerNormalizer.option("b", ids: ["c", "b", "a"], texts: ["", "", ""]) == 1)
    }

    @Test func truthWords() {
        for word in ["true", "T", "yes", "Y", "True."] { #expect(AnswerNormalizer.truth(word) == true) }
        for word in ["false", "f", "NO", "n"] { #expect(AnswerNormalizer.truth(word) == false) }
        #expect(AnswerNormalizer.truth("maybe") == nil)
    }

    @Test func listsSplitOnCommasElseSpaces() {
        #expect(AnswerNormalizer.splitList("a, c") == ["a", "c"])
        #expect(AnswerNormalizer.splitList("a c  d") == ["a", "c", "d"])
        #expect(AnswerNormalizer.splitList("early stopping; dropout") == ["early stopping", "dropout"])
    }
}
