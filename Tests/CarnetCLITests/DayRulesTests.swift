import Foundation
import Testing

/// One set of rules for the days of the record, whoever types them: never after today, never
/// before the patient's birth, never before 1900; a birth date is a real day, not in the future.
@Suite struct DayRulesTests {
    let carnet = CarnetRunner()

    init() throws {
        try carnet.run(["demo", "--no-open"])
    }

    func events() throws -> Int {
        try carnet.run(["log", "--demo", "--json"]).jsonObjects().count
    }

    @Test(arguments: [
        ("9999-12-31", "is after today"), ("1901-01-01", "before the patient's birth"),
        ("0001-01-01", "before the patient's birth"),
    ])
    func aProfessionalsDocumentFollowsThePatientsRules(_ day: String, _ reason: String) throws {
        defer { carnet.cleanUp() }
        let file = carnet.path("report.txt")
        try "Compte rendu".write(toFile: file, atomically: true, encoding: .utf8)
        let before = try events()
        for command in [
            ["pro", "--rpps", "10000000003", "add", file], ["documents", "add", file],
        ] {
            let result = try carnet.run(
                command + ["--category", "CPT_REND", "--title", "Compte rendu", "--date", day, "--demo"])
            #expect(result.status == 1, "\(command) \(day)")
            #expect(result.stderr.contains(reason), "\(result.stderr)")
        }
        #expect(try events() == before, "a refused day is not an access: nothing logged")
        let documents = try carnet.run(["documents", "list", "--demo", "--json"]).jsonObjects()
        #expect(documents.count == 16)
    }

    @Test func aProfessionalsTooLongTitleIsSaidPlainly() throws {
        defer { carnet.cleanUp() }
        let file = carnet.path("report.txt")
        try "Compte rendu".write(toFile: file, atomically: true, encoding: .utf8)
        let title = String(repeating: "x", count: 100_000)
        let result = try carnet.run([
            "pro", "--rpps", "10000000003", "add", file, "--category", "CPT_REND", "--title", title, "--demo",
        ])
        #expect(result.status == 1)
        #expect(!result.stderr.contains("CHECK"), "no raw SQLite message")
        #expect(result.stderr.contains("500"), "\(result.stderr.prefix(300))")
    }

    @Test(arguments: ["2999-01-01", "2026-02-30", "0001-01-01", "1850-06-01"])
    func initRefusesABirthDateThatCannotBe(_ day: String) throws {
        defer { carnet.cleanUp() }
        let result = try carnet.run(["init", "--name", "Léa Roux", "--birth-date", day])
        #expect(result.status == 64, "\(day): \(result.stderr)")
        #expect(result.stderr.contains("--birth-date"))
        #expect(!FileManager.default.fileExists(atPath: carnet.dataDirectory + "/carnet.sqlite"))
    }

    @Test func aVaccinationBefore1900IsRefused() throws {
        defer { carnet.cleanUp() }
        let result = try carnet.run(["vaccinations", "add", "Revaxis", "--date", "0001-01-01", "--demo"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("before your birth"), "\(result.stderr)")
    }
}
