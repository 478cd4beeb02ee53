import Foundation
import Testing

/// What a person types is checked once, by one rule, before anything is written or logged.
@Suite struct InputBoundsTests {
    let carnet = CarnetRunner()

    init() throws {
        try carnet.run(["demo", "--no-open"])
    }

    func history() throws -> [[String: Any]] {
        try carnet.run(["log", "--demo", "--json"]).jsonObjects()
    }

    @Test func aMalformedRPPSIsRefusedBeforeAnythingIsLogged() throws {
        defer { carnet.cleanUp() }
        let before = try history().count
        for rpps in [String(repeating: "9", count: 100_000), "", "1000000000", "1000000000a", "１０００００００００１"] {
            let result = try carnet.run(["pro", "--rpps", rpps, "list", "--demo"])
            #expect(result.status == 64, "\(rpps.prefix(12))")
            #expect(result.stderr.contains("is not an RPPS number: it is 11 digits"), "\(result.stderr.prefix(200))")
            #expect(result.stderr.count < 400, "the message quotes a bounded part of what was typed")
        }
        #expect(try history().count == before)
        let unread = try carnet.run(["notifications", "list", "--demo", "--json"]).jsonObjects().count
        // A well-formed but unknown RPPS is an access attempt, logged and refused.
        let unknown = try carnet.run(["pro", "--rpps", "10999999999", "list", "--demo"])
        #expect(unknown.status == 3)
        #expect(try history().count == before + 1)
        #expect(try carnet.run(["notifications", "list", "--demo", "--json"]).jsonObjects().count == unread + 1)
    }

    @Test(arguments: ["12345678", "2C1234567", "2A12345678", "", "abcdefghi"])
    func aMalformedActorIdIsABadUsage(_ id: String) throws {
        defer { carnet.cleanUp() }
        let result = try carnet.run(["access", "grant", id, "--demo"])
        #expect(result.status == 64, "\(id)")
        #expect(result.stderr.contains("is neither an RPPS number"), "\(result.stderr)")
    }

    @Test func corsicanFinessNumbersHaveTheirForm() throws {
        defer { carnet.cleanUp() }
        // Well formed, unknown here: refused by the record, not by the form.
        let result = try carnet.run(["access", "grant", "2A0000001", "--demo"])
        #expect(result.status == 1, "\(result.stderr)")
        #expect(!result.stderr.contains("is neither an RPPS number"))
    }

    @Test(arguments: [
        ("weight", "0x10", "is not a number: type it as 72.5 or 72,5"),
        ("weight", "1e2", "is not a number"), ("weight", "abc", "is not a number"),
        ("weight", "inf", "is not a number"), ("steps", "1.5", "is not a whole number"),
        ("weight", "1000000000000000", "is not a number"),
        ("pain", "3,5", "is not a whole number"), ("bp", "abc", "a blood pressure is two numbers"),
    ])
    func aValueIsADecimalNumberAsPeopleWriteIt(_ type: String, _ value: String, _ reason: String) throws {
        defer { carnet.cleanUp() }
        let result = try carnet.run(["measure", "add", type, value, "--demo"])
        #expect(result.status == 1, "\(type) \(value)")
        #expect(result.stderr.contains(reason), "\(result.stderr)")
        #expect(!result.stderr.contains("blood pressure") || type == "bp", "no blood-pressure hint for \(type)")
    }

    @Test(arguments: [
        ("steps", "1000000", "1000000 steps", "0–150000 steps"),
        ("temperature", "100", "100 °C", "30–45 °C"), ("pain", "11", "11/10", "0–10/10"),
    ])
    func anImpossibleValueIsSaidWithItsUnitAsPeopleWriteIt(
        _ type: String, _ value: String, _ shown: String, _ range: String
    ) throws {
        defer { carnet.cleanUp() }
        let result = try carnet.run(["measure", "add", type, value, "--demo"])
        #expect(result.status == 1)
        #expect(result.stderr.contains(shown), "\(result.stderr)")
        #expect(result.stderr.contains(range), "\(result.stderr)")
        for raw in ["Cel", "{score}", "/d", "1000000000000000."] {
            #expect(!result.stderr.contains(raw + " ") && !result.stderr.contains(raw + "."), "\(raw) in \(result.stderr)")
        }
    }

    @Test func aVaccinationListsABoundedSetOfDiseases() throws {
        defer { carnet.cleanUp() }
        let diseases = String(repeating: "x", count: 100_000)
        let result = try carnet.run(["vaccinations", "add", "Vaccin X", "--diseases", diseases, "--demo"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("at most 12 diseases of at most 60 characters"), "\(result.stderr.prefix(300))")
    }

    @Test func aFileJustOverTheLimitSaysBothSizesInBytes() throws {
        defer { carnet.cleanUp() }
        let big = carnet.path("big.txt")
        try Data(repeating: UInt8(ascii: "a"), count: 5 * 1_048_576 + 1).write(to: URL(fileURLWithPath: big))
        let result = try carnet.run(["documents", "add", big, "--category", "AUTR_DOC", "--title", "x", "--demo"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("5,242,881 bytes, over the limit of 5,242,880 bytes (5 MB)"), "\(result.stderr)")
    }
}
