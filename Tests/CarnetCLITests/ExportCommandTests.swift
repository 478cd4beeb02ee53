import CarnetCore
import Foundation
import Testing

/// `carnet export` as a person or a script uses it, and the round trip through `carnet import`.
@Suite(.serialized) struct ExportCommandTests {
    let carnet = CarnetRunner()

    /// What the listings print, without the identifiers a new record numbers afresh.
    func listings(_ database: [String]) throws -> [String: [[String: String]]] {
        var commands = [
            "documents": ["documents", "list"], "vaccinations": ["vaccinations", "list"],
            "profile": ["profile", "list"], "access": ["access", "list"],
        ]
        for type in MeasurementType.allCases where type != .systolic && type != .diastolic {
            commands[type.code] = ["measure", "list", type.code]
        }
        return try commands.mapValues { command in
            try carnet.run(command + database + ["--json"]).jsonObjects().map { object in
                object.filter { $0.key != "id" }.mapValues { "\($0)" }
            }
        }
    }

    @Test func theDemoExportedThenImportedIntoAnEmptyRecordListsTheSame() throws {
        defer { carnet.cleanUp() }
        try carnet.run(["demo", "--no-open"])
        let file = carnet.path("demo.json")
        let export = try carnet.run(["export", "--demo", "--out", file])
        #expect(export.status == 0, "\(export.stderr)")
        #expect(export.stdout.hasPrefix("Exported "))
        let back = carnet.path("back.sqlite")
        let imported = try carnet.run(["import", file, "--db", back])
        #expect(imported.status == 0, "\(imported.stderr)")
        let original = try listings(["--demo"])
        let copy = try listings(["--db", back])
        #expect(original["documents"]?.count == 16 && original["29463-7"]?.isEmpty == false)
        for (listing, rows) in original { #expect(copy[listing] == rows, "\(listing)") }
        let log = try carnet.run(["log", "--demo", "--json", "--limit", "1"]).jsonObjects()
        #expect(log.first?["action"] as? String == "export")
    }

    @Test func standardOutputByDefaultAndAnExistingFileIsKeptWithoutForce() throws {
        defer { carnet.cleanUp() }
        try carnet.run(["demo", "--no-open"])
        let printed = try carnet.run(["export", "--demo"])
        #expect(printed.status == 0)
        let bundle = try JSONSerialization.jsonObject(with: Data(printed.stdout.utf8)) as? [String: Any]
        #expect(bundle?["resourceType"] as? String == "Bundle" && bundle?["type"] as? String == "collection")

        let file = carnet.path("mine.json")
        try Data("keep me".utf8).write(to: URL(fileURLWithPath: file))
        let refused = try carnet.run(["export", "--demo", "--out", file])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("mine.json already exists: give --force to replace it."))
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "keep me")
        let forced = try carnet.run(["export", "--demo", "--out", file, "--force"])
        #expect(forced.status == 0)
        let mode = try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        let folder = try carnet.run(["export", "--demo", "--format", "ndjson"])
        #expect(folder.status == 64)
        #expect(folder.stderr.contains("--format ndjson writes a folder: give its path with --out."))
        let french = try carnet.run(
            ["export", "--demo", "--out", file], environment: ["LANG": "fr_FR.UTF-8"])
        #expect(french.stderr.contains("existe déjà : ajoutez --force pour le remplacer."))
    }

    /// Only the patient sets who may access the record: a privacy consent in a professional's
    /// file (here closing the record) is counted as not imported and changes nothing.
    @Test func aProfessionalsFileCannotChangeWhoMayAccess() throws {
        defer { carnet.cleanUp() }
        try carnet.run(["demo", "--no-open"])
        let before = try carnet.run(["access", "list", "--demo", "--json"]).stdout
        let consent =
            #"{"resourceType":"Consent","id":"c","status":"active","scope":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/consentscope","code":"patient-privacy"}]},"category":[{"coding":[{"system":"http://loinc.org","code":"59284-0"}]}],"policyRule":{"text":"closed"},"provision":{"type":"deny"}}"#
        let result = try carnet.run(
            ["pro", "--demo", "--rpps", DemoCast.pharmacist.rpps, "import", "-", "--json"],
            stdin: consent + "\n")
        #expect(result.status == 0, "\(result.stderr)")
        let report = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect((report?["notImported"] as? [String: Int])?["Consent"] == 1)
        #expect(try carnet.run(["access", "list", "--demo", "--json"]).stdout == before)
        let pro = try carnet.run(["pro", "--demo", "--rpps", DemoCast.pharmacist.rpps, "list", "--json"])
        #expect(pro.status == 0)
    }
}
