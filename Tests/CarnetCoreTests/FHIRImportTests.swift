import Foundation
import Testing

@testable import CarnetCore

/// `carnet import` on an export of another system: what becomes what, idempotence, the
/// same-person rule and the report.
@Suite struct FHIRImportTests {
    let folder = TemporaryFolder()
    var recordPath: String { folder.file("record.sqlite") }

    func write(_ data: Data, _ name: String = "export.json") -> String {
        let path = folder.file(name)
        _ = FileManager.default.createFile(atPath: path, contents: data)
        return path
    }

    @discardableResult
    func importing(_ paths: [String], _ options: FHIRImporter.Options = .init()) throws -> ImportReport {
        try FHIRImporter(paths: paths, recordPath: recordPath, options: options).run()
    }

    func fixture() -> String { write(Data(FHIRFixtures.record.utf8)) }

    @Test func theFilesPatientBecomesANewRecord() throws {
        let report = try importing([fixture()])
        #expect(report.createdRecord)
        let store = try SQLiteStore.open(at: recordPath)
        let patient = try store.patient(matching: nil)
        #expect(patient.name == "Camille Durand")
        #expect(patient.birthDate == "1979-03-15")
        #expect(patient.ins == "279035121518989")
    }

    @Test func observationsBecomeReadingsInTheUnitsATypedReadingUses() throws {
        try importing([fixture()])
        let store = try SQLiteStore.open(at: recordPath)
        func values(_ type: MeasurementType) throws -> [Double] {
            try store.measurements(of: 1, type: type).map(\.value)
        }
        #expect(try values(.weight) == [69.9])  // 154 [lb_av]
        #expect(try values(.systolic) == [128])
        #expect(try values(.diastolic) == [82])
        #expect(try values(.oxygenSaturation) == [97])
        #expect(try values(.respiratoryRate) == [16])
        #expect(try values(.temperature) == [37.5])  // 99.5 [degF]
        // The lab result that is also a kind of reading: once, in mg/dL.
        #expect(try values(.bloodGlucose) == [114])  // 6.3 mmol/L
    }

    @Test func theLabReportIsAReadableBiologieDocumentByItsLaboratory() throws {
        try importing([fixture()])
        let store = try SQLiteStore.open(at: recordPath)
        let documents = try store.documents(of: 1, limit: 10)
        let lab = try #require(documents.first { $0.category == .labResults })
        #expect(lab.title == "Bilan métabolique")
        #expect(lab.author == .establishment(finess: "750712184"))
        #expect(lab.authorName == "Laboratoire BioValmont")
        let text = String(decoding: try #require(try store.documentContent(lab.id, version: 1)), as: UTF8.self)
        #expect(text.contains("Glycémie à jeun: 6.3 mmol/L (reference 3.9–5.5) HIGH"))
        #expect(text.contains("Potassium: 4.1 mmol/L (reference 3.5–5.1)"))
        #expect(text.contains("Conclusion: Glycémie légèrement élevée."))
    }

    @Test func documentReferencesKeepTheirCategoryAuthorDatesAndContent() throws {
        let report = try importing([fixture()])
        let store = try SQLiteStore.open(at: recordPath)
        let documents = try store.documents(of: 1, limit: 10)
        #expect(documents.count == 3)
        let note = try #require(documents.first { $0.category == .reports })
        #expect(note.author == .professional(rpps: "10101234567"))
        #expect(note.authorName == "Dr Claire Martin")
        #expect(note.date == FHIRDate.parse("2024-03-12T09:00:00+01:00"))
        #expect(note.deposited == FHIRDate.parse("2024-03-12T18:00:00+01:00"))
        let prescription = try #require(documents.first { $0.category == .prescriptions })
        // No national number: kept by name, held by the patient, no access.
        #expect(prescription.author == .patient)
        #expect(prescription.authorName == "Infirmière Sophie Leroy")
        let content = try #require(try store.documentContent(prescription.id, version: 1))
        #expect(String(decoding: content, as: UTF8.self) == "Ordonnance : paracétamol 1 g.\n")
        #expect(report.notIncluded.map(\.resource) == ["DocumentReference/ext1"])
    }

    @Test func carnetsMaskingLabelMasksOtherLabelsDoNotAndAReplacingDocumentIsANewVersion() throws {
        var json = FHIRFixtures.changing("cr1", in: FHIRFixtures.recordJSON()) { resource in
            resource["securityLabel"] = [
                [
                    "coding": [
                        ["system": "http://terminology.hl7.org/CodeSystem/v3-Confidentiality", "code": "R"],
                        ["system": ImportSession.maskedLabel.system, "code": ImportSession.maskedLabel.code],
                    ]
                ]
            ]
        }
        json = FHIRFixtures.changing("ord1", in: json) { resource in
            resource["meta"] = ["security": [["system": "http://terminology.hl7.org/CodeSystem/v3-ActReason", "code": "HTEST"]]]
        }
        try importing([write(FHIRFixtures.data(json))])
        let store = try SQLiteStore.open(at: recordPath)
        let documents = try store.documents(of: 1, limit: 10)
        let note = try #require(documents.first { $0.category == .reports })
        #expect(note.masked)
        #expect(documents.filter(\.masked).count == 1, "HTEST masks nothing")

        // Another file from the same system: the patient, and a note that replaces cr1.
        let entries = json["entry"] as! [[String: Any]]
        let patient = try #require(entries.first { ($0["resource"] as? [String: Any])?["resourceType"] as? String == "Patient" })
        let newer: [String: Any] = [
            "fullUrl": "urn:uuid:documentreference-cr2",
            "resource": [
                "resourceType": "DocumentReference", "id": "cr2", "status": "current",
                "type": ["coding": [["system": "http://loinc.org", "code": "11488-4"]]],
                "date": "2024-03-14T18:00:00+01:00", "description": "Compte rendu de consultation (corrigé)",
                "relatesTo": [["code": "replaces", "target": ["reference": "urn:uuid:documentreference-cr1"]]],
                "content": [["attachment": ["contentType": "text/plain", "data": Data("Version corrigée.\n".utf8).base64EncodedString()]]],
            ],
        ]
        var second = json
        second["id"] = "export-2"
        second["entry"] = [patient, newer]
        try importing([write(FHIRFixtures.data(second), "second.json")])
        let after = try store.documents(of: 1, limit: 10)
        #expect(after.count == documents.count, "a new version, not a new document")
        #expect(try store.documentVersions(of: note.id).count == 2)
        let latest = try #require(try store.documentContent(note.id, version: 2))
        #expect(String(decoding: latest, as: UTF8.self) == "Version corrigée.\n")
    }

    @Test func aFolderOfExportsIsReadWhole() throws {
        let directory = folder.file("exports")
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        _ = FileManager.default.createFile(
            atPath: directory + "/bundle.json", contents: Data(FHIRFixtures.record.utf8))
        let report = try importing([directory])
        #expect(report.createdRecord)
        let store = try SQLiteStore.open(at: recordPath)
        #expect(try store.documents(of: 1, limit: 10).count == 3)
    }

    @Test func immunizationsFillTheCard() throws {
        let report = try importing([fixture()])
        let store = try SQLiteStore.open(at: recordPath)
        let card = try store.vaccinations(of: 1, limit: 10)
        let booster = try #require(card.first { $0.vaccine == "Boostrixtetra" })
        #expect(booster.kind == .booster)
        #expect(booster.lotNumber == "AB123")
        #expect(booster.vaccinatorRpps == "10101234567")
        #expect(booster.enteredBy == .professional)
        #expect(booster.diseases == ["diphtheria", "tetanus", "pertussis", "poliomyelitis"])
        let unknown = try #require(card.first { $0.vaccine == "Vaccin inconnu X" })
        #expect(unknown.diseases == ["diseases not stated"])
        #expect(unknown.enteredBy == .patient)
        #expect(card.count == 2)
        #expect(report.skipped.map(\.resource) == ["Immunization/imm3"])
    }

    @Test func profileResourcesFillTheProfile() throws {
        try importing([fixture()])
        let profile = try SQLiteStore.open(at: recordPath).profile(of: 1)
        func entry(_ section: ProfileEntry.Section, _ label: String) -> ProfileEntry? {
            profile.first { $0.section == section && $0.label == label }
        }
        #expect(entry(.allergy, "Pénicilline")?.detail == "Urticaire")
        #expect(entry(.illness, "Asthme")?.start == FHIRDate.parse("1995-06-01"))
        #expect(entry(.treatment, "Ventoline 100 µg")?.detail == "dosage not stated")
        #expect(entry(.treatment, "Paracétamol 1 g")?.detail == "1 comprimé 3 fois par jour")
        #expect(entry(.familyHistory, "Diabète de type 2")?.relative == "father")
        #expect(entry(.hospitalization, "Appendicectomie")?.end == FHIRDate.parse("2001-07-06"))
        #expect(entry(.contact, "Léa Durand")?.contactRole == .emergency)
        #expect(entry(.contact, "Paul Durand") != nil)
        #expect(profile.count == 8)
    }

    @Test func professionalsAndEstablishmentsByNationalNumberOnly() throws {
        let report = try importing([fixture()])
        #expect(report.added[.professionals] == 1)
        #expect(report.added[.establishments] == 1)
        let store = try SQLiteStore.open(at: recordPath)
        let directory = try store.write { writer in
            (try writer.profession(of: "10101234567"), try writer.establishmentExists("750712184"))
        }
        #expect(directory.0 == .physician)
        #expect(directory.1)
        // Known is not authorised: access comes from the patient's consent only.
        let access = ProfessionalAccess(store: store, patient: 1, rpps: "10101234567")
        #expect(throws: AccessDenied.self) { try access.listDocuments() }
    }

    @Test func theReportNamesWhatWasNotImportedAndTheHistoryHasOneImportEvent() throws {
        let report = try importing([fixture()])
        #expect(report.notImported == ["CarePlan": 1, "Encounter": 1])
        #expect(report.added[.readings] == 7)
        #expect(report.added[.documents] == 3)
        let lines = report.lines(Catalog(.en)).joined(separator: "\n")
        #expect(lines.contains("Not imported: 1 CarePlan, 1 Encounter."))
        #expect(lines.contains("entry[19] (Immunization/imm3): status is \"not-done\": left out"))
        let events = try SQLiteStore.open(at: recordPath).accessEvents(of: 1, limit: 10)
        #expect(events.count == 1)
        #expect(events.first?.action == .import)
        #expect(events.first?.target.hasPrefix("fhir-import readings:7 documents:3") == true)
        #expect(
            events.first.flatMap { ExchangeTarget.words($0.target, Catalog(.en)) }?.hasPrefix("7 readings, 3 documents")
                == true)
    }

    @Test func importingTheSameFileAgainAddsNothing() throws {
        let path = fixture()
        try importing([path])
        let store = try SQLiteStore.open(at: recordPath)
        let before = try store.counts(of: 1)
        let again = try importing([path])
        #expect(again.added.isEmpty)
        #expect(again.updated.isEmpty)
        #expect(again.unchanged == 20)
        var after = try store.counts(of: 1)
        // Each import is one event in the access history, even one that adds nothing.
        #expect(after.accessEvents == before.accessEvents + 1)
        after.accessEvents = before.accessEvents
        #expect(after == before)
    }

    @Test func aChangedResourceUpdatesItsItem() throws {
        try importing([fixture()])
        // The same export, one weight changed (a file written again is a file changed by the text).
        let changed = FHIRFixtures.record.replacingOccurrences(of: #""value": 154,"#, with: #""value": 70.5,"#)
            .replacingOccurrences(of: #""code": "[lb_av]""#, with: #""code": "kg""#)
        let report = try importing([write(Data(changed.utf8), "export.json")])
        #expect(report.updated[.readings] == 1)
        #expect(report.added.isEmpty)
        let weights = try SQLiteStore.open(at: recordPath).measurements(of: 1, type: .weight).map(\.value)
        #expect(weights == [70.5])
    }

    @Test func theSameIdFromTwoSystemsMakesTwoItems() throws {
        try importing([fixture()])
        func line(_ source: String, _ value: Int) -> String {
            #"{"resourceType":"Observation","id":"1","meta":{"source":"\#(source)"},"status":"final","code":{"coding":[{"system":"http://loinc.org","code":"8867-4"}]},"effectiveDateTime":"2024-01-02T10:00:00Z","valueQuantity":{"value":\#(value),"code":"/min"}}"#
        }
        let first = write(Data((line("https://a.example/fhir", 60) + "\n" + line("https://b.example/fhir", 70) + "\n").utf8), "a.ndjson")
        let report = try importing([first])
        #expect(report.added[.readings] == 2)
        #expect(try SQLiteStore.open(at: recordPath).measurements(of: 1, type: .heartRate).map(\.value) == [60, 70])
    }
}

/// The v7 migration rebuilds `measurement` for the two new kinds: readings, their daily
/// roll-up and its triggers survive it.
@Suite struct ImportMigrationTests {
    @Test func readingsAndTheirDailyRollUpSurviveTheRebuild() throws {
        let folder = TemporaryFolder()
        let (store, patient) = try makeStore(in: folder)
        let at = Date(timeIntervalSince1970: 1_700_000_000)
        try store.write { writer in
            try writer.addMeasurement(NewMeasurement(type: .oxygenSaturation, value: 95, at: at, source: .device), patient: patient)
            try writer.addMeasurement(NewMeasurement(type: .respiratoryRate, value: 22, at: at, source: .device), patient: patient)
        }
        #expect(try store.measurements(of: patient, type: .oxygenSaturation).map(\.value) == [95])
        #expect(MeasurementType.oxygenSaturation.judge(95) == .low)
        #expect(MeasurementType.respiratoryRate.judge(22) == .high)
        let days = try store.reading { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM measurementDay WHERE code IN ('59408-5', '9279-1')")
        }
        #expect(days == 2)
        // The database keeps the bound of a percentage whoever writes.
        #expect(throws: (any Error).self) {
            try store.execute("INSERT INTO measurement(patientId, code, value, unit, at, source) VALUES (1, '59408-5', 101, '%', 0, 'device')")
        }
    }
}
