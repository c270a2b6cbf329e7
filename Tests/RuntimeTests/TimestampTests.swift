import Testing
@testable import Runtime

@Suite struct TimestampTests {
    static let known: [(Int64, String, String)] = [
        (0, "1970-01-01T00:00:00Z", "19700101T000000Z"),
        (1_795_523_606, "2026-11-24T12:33:26Z", "20261124T123326Z"),
        (1_709_251_199, "2024-02-29T23:59:59Z", "20240229T235959Z"),
        (-1, "1969-12-31T23:59:59Z", "19691231T235959Z"),
    ]

    @Test(arguments: known.indices)
    func writesAndReadsISO8601(_ index: Int) {
        let (seconds, iso, compact) = Self.known[index]
        let time = Timestamp(secondsSince1970: seconds)
        #expect(time.iso8601 == iso)
        #expect(time.compact == compact)
        #expect(Timestamp(iso8601: iso) == time)
    }

    @Test(arguments: ["", "yesterday", "2026-13-01T00:00:00Z", "2026-11-24T12:33:26", "2026-11-24 12:33:26Z", "2026-11-24T25:00:00Z"])
    func rejectsOtherText(_ text: String) {
        #expect(Timestamp(iso8601: text) == nil)
    }
}
