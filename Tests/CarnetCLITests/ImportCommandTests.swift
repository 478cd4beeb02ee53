import CarnetCore
import Foundation
import Testing

/// `carnet import` and `carnet pro … import` as a script would use them.
@Suite(.serialized) struct ImportCommandTests {
    let carnet = CarnetRunner()

    /// A laboratory's results as NDJSON (FHIR Bulk Data): a report and its two results.
    static func labResults(patient: String?) -> String {
        var lines: [String] = []
        if let patient { lines.append(patient) }
        lines += [
            #"{"resourceType":"Observation","id":"g1","status":"final","code":{"coding":[{"system":"http://loinc.org","code":"2345-7"}],"text":"Glucose"},"effectiveDateTime":"2024-05-02T08:00:00+02:00","valueQuantity":{"value":95,"unit":"mg/dL","code":"mg/dL"}}"#,
            #"{"resourceType":"Observation","id":"n1","status":"final","code":{"coding":[{"system":"http://loinc.org","code":"2951-2"}],"text":"Sodium"},"effectiveDateTime":"2024-05-02T08:00:00+02:00","valueQuantity":{"value":150,"unit":"mmol/L","code":"mmol/L"},"interpretation":[{"coding":[{"code":"H"}]}]}"#,
            #"{"resourceType":"DiagnosticReport","id":"r1","status":"final","category":[{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/v2-0074","code":"LAB"}]}],"code":{"text":"Ionogramme"},"effectiveDateTime":"2024-05-02T08:00:00+02:00","result":[{"reference":"Observation/g1"},{"reference":"Observation/n1"}]}"#,
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    static let patient =
        #"{"resourceType":"Patient","id":"p","name":[{"family":"Moreau","given":["Inès"]}],"birthDate":"1990-06-01"}"#

    @Test func standardInputCreatesTheRecordAndASecondImportAddsNothing() throws {
        defer { carnet.cleanUp() }
        let db = carnet.path("moreau.sqlite")
        let first = try carnet.run(["import", "-", "--db", db, "--json"], stdin: Self.labResults(patient: Self.patient))
        #expect(first.status == 0, "\(first.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(first.stdout.utf8)) as? [String: Any])
        #expect(report["createdRecord"] as? Bool == true)
        #expect((report["added"] as? [String: Int])?["readings"] == 1)
        #expect((report["added"] as? [String: Int])?["documents"] == 1)
        let second = try carnet.run(["import", "-", "--db", db], stdin: Self.labResults(patient: Self.patient))
        #expect(second.status == 0)
        #expect(second.stdout.contains("Nothing new."))
        let documents = try carnet.run(["documents", "list", "--db", db, "--json"]).jsonObjects()
        #expect(documents.map { $0["category"] as? String } == ["BIOLOGIE"])
        let log = try carnet.run(["log", "--db", db, "--json"]).jsonObjects()
        #expect(log.map { $0["action"] as? String } == ["import", "import"])
    }

    @Test func aBadFileWritesNothingAndSaysWhere() throws {
        defer { carnet.cleanUp() }
        let db = carnet.path("moreau.sqlite")
        let bad = Self.labResults(patient: Self.patient).replacingOccurrences(of: #""value":95"#, with: #""value":"abc""#)
        let result = try carnet.run(["import", "-", "--db", db], stdin: bad)
        #expect(result.status == 1)
        #expect(result.stderr.contains(#"line 2 (Observation/g1): valueQuantity.value "abc" is not a number"#))
        #expect(!FileManager.default.fileExists(atPath: db))
        let dry = try carnet.run(["import", "-", "--db", db, "--dry-run"], stdin: Self.labResults(patient: Self.patient))
        #expect(dry.status == 0 && dry.stdout.contains("nothing was written"))
        #expect(!FileManager.default.fileExists(atPath: db))
    }

    @Test func aProfessionalDepositsThroughTheGateAndThePatientIsNotified() throws {
        defer { carnet.cleanUp() }
        try carnet.run(["demo", "--no-open"])
        let pharmacist = DemoCast.pharmacist.rpps
        let before = try carnet.run(["notifications", "list", "--demo", "--unread", "--json"]).jsonObjects().count
        let result = try carnet.run(
            ["pro", "--demo", "--rpps", pharmacist, "import", "-"], stdin: Self.labResults(patient: nil))
        #expect(result.status == 0, "\(result.stderr)")
        let log = try carnet.run(["log", "--demo", "--json", "--limit", "1"]).jsonObjects()
        #expect(log.first?["action"] as? String == "import")
        #expect(log.first?["actorId"] as? String == pharmacist)
        let unread = try carnet.run(["notifications", "list", "--demo", "--unread", "--json"]).jsonObjects()
        #expect(unread.count == before + 1)
        #expect(unread.first?["actorId"] as? String == pharmacist)

        // A pharmacist may not add a consultation report: the whole file is refused.
        let report = #"{"resourceType":"DocumentReference","id":"d","status":"current","type":{"coding":[{"system":"http://loinc.org","code":"11488-4"}]},"content":[{"attachment":{"contentType":"text/plain","data":"Q1IK"}}]}"# + "\n"
        let refused = try carnet.run(["pro", "--demo", "--rpps", pharmacist, "import", "-"], stdin: report)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("your profession may not add this: CPT_REND"))
        let blocked = try carnet.run(
            ["pro", "--demo", "--rpps", DemoCast.blocked.rpps, "import", "-"], stdin: Self.labResults(patient: nil))
        #expect(blocked.status == 3)
    }

    @Test func anotherPersonsExportIsRefusedNamingBoth() throws {
        defer { carnet.cleanUp() }
        try carnet.run(["demo", "--no-open"])
        let result = try carnet.run(["import", "-", "--demo"], stdin: Self.labResults(patient: Self.patient))
        #expect(result.status == 1)
        #expect(result.stderr.contains("Inès Moreau, 1990-06-01"))
        #expect(result.stderr.contains(DemoCast.patient.name))
    }
}
