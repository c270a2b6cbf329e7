import Testing
@testable import Terminal

@Suite struct NumberFormatTests {
    @Test func formatsFixedDecimals() {
        #expect(NumberFormat.fixed(3.14159, decimals: 2) == "3.14")
        #expect(NumberFormat.fixed(-0.005, decimals: 2) == "-0.01")
        #expect(NumberFormat.fixed(0.05, decimals: 3) == "0.050")
        #expect(NumberFormat.fixed(12, decimals: 0) == "12")
        #expect(NumberFormat.fixed(.nan, decimals: 2) == "nan")
        #expect(NumberFormat.fixed(-.infinity, decimals: 2) == "-inf")
    }

    @Test func formatsScientificShortly() {
        #expect(NumberFormat.scientific(0.00025) == "2.5e-4")
        #expect(NumberFormat.scientific(1_000_000) == "1e6")
        #expect(NumberFormat.scientific(-3.14159e-12) == "-3.14e-12")
        #expect(NumberFormat.scientific(9.9996e-5) == "1e-4")
    }

    @Test func compactPicksTheNotation() {
        #expect(NumberFormat.compact(0.0123) == "0.0123")
        #expect(NumberFormat.compact(12.345) == "12.3")
        #expect(NumberFormat.compact(1234.5) == "1235")
        #expect(NumberFormat.compact(0.00012) == "1.2e-4")
        #expect(NumberFormat.compact(123_456) == "1.23e5")
        #expect(NumberFormat.compact(0) == "0")
    }

    @Test func linearScaleHasNiceTicks() {
        let scale = NiceScale(lower: 0.13, upper: 0.92, count: 5)
        #expect(scale.lower == 0 && scale.upper == 1)
        #expect(scale.labels == ["0", "0.2", "0.4", "0.6", "0.8", "1"] || scale.labels == ["0.0", "0.2", "0.4", "0.6", "0.8", "1.0"])
        let big = NiceScale(lower: 0, upper: 230_000, count: 4)
        #expect(big.labels.first == "0" && big.labels.contains("1e5"), "\(big.labels)")
        let tiny = NiceScale(lower: 0.0001, upper: 0.0004, count: 4)
        #expect(tiny.labels.contains("2e-4"))
    }

    @Test func logScaleSpansDecades() {
        let scale = NiceScale(logLower: 0.00031, upper: 2.7, count: 6)
        #expect(scale.lower == 1e-4 && scale.upper == 10)
        #expect(scale.labels == ["1e-4", "1e-3", "1e-2", "1e-1", "1e0", "1e1"])
        #expect(abs(scale.fraction(of: 0.01) - 0.4) < 1e-12)
        #expect(scale.fraction(of: 0).isNaN)
    }

    @Test func tightLogScaleEndsAtTheData() {
        let sizes = NiceScale(tightLogLower: 10, upper: 320, count: 8)
        #expect(sizes.lower == 10 && sizes.upper == 320)
        #expect(sizes.labels == ["10", "20", "50", "100", "200"])
        #expect(abs(sizes.fraction(of: 320) - 1) < 1e-12)
        // Too many 1-2-5 ticks for the room: powers of ten only.
        let narrow = NiceScale(tightLogLower: 10, upper: 320, count: 3)
        #expect(narrow.labels == ["10", "100"])
        let rates = NiceScale(tightLogLower: 3e-5, upper: 2, count: 6)
        #expect(rates.ticks == [1e-4, 1e-3, 1e-2, 1e-1, 1])
    }

    @Test func decimalMathIsAccurate() {
        for x in [1e-7, 0.3, 1, 2, 7.5, 1234.5, 9.99e200] {
            let expected = Double.log10Reference(x)
            #expect(abs(DecimalMath.log10(x) - expected) < 1e-13 * max(1, abs(expected)))
        }
        #expect(DecimalMath.log10(1000) == 3)
        #expect(abs(DecimalMath.exp10(0.5) - 3.1622776601683795) < 1e-14)
    }
}

import Foundation
extension Double {
    static func log10Reference(_ x: Double) -> Double { Foundation.log10(x) }
}
