import Foundation
import Testing

@testable import CarnetCore

/// `carnet export` and its round trip: the demo record, exported and imported into an empty
/// record, comes back the same — documents with every version's content, readings, card,
/// profile, directory and consents.
@Suite struct FHIRExportTests {
    /// The demo with its consents turned away from the defaults, so that each switch and a
    /// closed record must come back from the file rather than from a new record's defaults.
    static func demo(in folder: TemporaryFolder, closed: Bool = true) throws -> (SQLiteStore, Patient) {
        let store = try SQLiteStore.create(at: folder.file("demo.sqlite"))
        try DemoRecord.fill(store)
        let patient = try store.patient(matching: nil)
        try store.write { writer in
            try writer.setEmergency(.samu, on: false, patient: patient.id)
            try writer.setEmergency(.masked, on: true, patient: patient.id)
            if closed { try writer.setClosed(patient: patient.id, at: DemoRecord.today) }
        }
        return (store, patient)
    }

    static func export(
        _ store: SQLiteStore, _ patient: Patient, to path: String, _ options: FHIRExporter.Options = .init()
    )
        throws -> ExportReport
    {
        try FHIRExporter(store: store, patient: patient, options: options, now: { DemoRecord.today }).run(
            to: path)
    }

    @Test func theDemoComesBackTheSameFromAnEmptyRecord() throws {
        let folder = TemporaryFolder()
        let (store, patient) = try Self.demo(in: folder)
        defer { try? store.close() }
        let file = folder.file("export.json")
        let report = try Self.export(store, patient, to: file)
        #expect(report.resources["DocumentReference"] == 17)
        #expect(report.resources["AuditEvent"] == nil)

        let back = folder.file("back.sqlite")
        let imported = try FHIRImporter(paths: [file], recordPath: back, now: { DemoRecord.today }).run()
        #expect(imported.createdRecord)
        #expect(imported.invalid.isEmpty && imported.unresolved.isEmpty && imported.skipped.isEmpty)
        let other = try SQLiteStore.open(at: back)
        defer { try? other.close() }
        let copy = try other.patient(matching: nil)
        #expect(copy.name == patient.name && copy.birthDate == patient.birthDate && copy.ins == patient.ins)

        try expectSameDocuments(store, patient.id, other, copy.id)
        #expect(
            try other.vaccinationCard(of: copy.id).map(\.withoutId)
                == store.vaccinationCard(of: patient.id).map(\.withoutId))
        #expect(
            try other.profile(of: copy.id).map(\.withoutId) == store.profile(of: patient.id).map(\.withoutId))
        for type in MeasurementType.allCases {
            #expect(
                try other.measurements(of: copy.id, type: type).map(\.withoutId)
                    == store.measurements(of: patient.id, type: type).map(\.withoutId), "\(type)")
        }
        #expect(try other.directory(of: copy.id) == store.directory(of: patient.id))
        #expect(try other.settings(of: copy.id) == store.settings(of: patient.id))
        let settings = try other.settings(of: copy.id)
        #expect(
            settings.closed && !settings.samuEmergency && settings.maskedEmergency && settings.anyEmergency)
    }

    /// A child's record leaves as its own Patient, sex included, and comes back whole.
    @Test func aChildsRecordComesBackWithItsSexCardAndGrowth() throws {
        let folder = TemporaryFolder()
        let (store, _) = try Self.demo(in: folder, closed: false)
        defer { try? store.close() }
        let lea = try store.patient(matching: "Léa")
        let file = folder.file("lea.json")
        _ = try Self.export(store, lea, to: file)
        let text = try String(contentsOfFile: file, encoding: .utf8)
        #expect(text.contains("\"gender\": \"female\"") || text.contains("\"gender\":\"female\""))
        let back = folder.file("lea.sqlite")
        _ = try FHIRImporter(paths: [file], recordPath: back, now: { DemoRecord.today }).run()
        let other = try SQLiteStore.open(at: back)
        defer { try? other.close() }
        let copy = try other.patient(matching: nil)
        #expect(copy.name == "Léa Durand" && copy.sex == .female && copy.birthDate == "2019-06-10")
        #expect(
            try other.vaccinationCard(of: copy.id).map(\.withoutId) == store.vaccinationCard(of: lea.id).map(\.withoutId))
        for type in [MeasurementType.height, .weight, .headCircumference] {
            #expect(
                try other.measurements(of: copy.id, type: type).map(\.withoutId)
                    == store.measurements(of: lea.id, type: type).map(\.withoutId), "\(type)")
        }
    }

    @Test func theExportIsRecordedAndItsIdentifiersStayTheSame() throws {
        let folder = TemporaryFolder()
        let (store, patient) = try Self.demo(in: folder, closed: false)
        defer { try? store.close() }
        let before = try store.accessEventCount(of: patient.id)
        _ = try Self.export(store, patient, to: folder.file("first.json"))
        _ = try Self.export(store, patient, to: folder.file("second.json"))
        let events = try store.accessEvents(of: patient.id, limit: 2)
        #expect(try store.accessEventCount(of: patient.id) == before + 2)
        #expect(events.map(\.action) == [.export, .export])
        // The same record exported twice: the same resources under the same names, so that a
        // second system updates instead of duplicating.
        #expect(
            try Data(contentsOf: URL(fileURLWithPath: folder.file("first.json")))
                == Data(contentsOf: URL(fileURLWithPath: folder.file("second.json"))))
        let attributes = try FileManager.default.attributesOfItem(atPath: folder.file("first.json"))
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
    }

    @Test func withHistoryEveryEventIsAnAuditEventOldestFirst() throws {
        let folder = TemporaryFolder()
        let (store, patient) = try Self.demo(in: folder, closed: false)
        defer { try? store.close() }
        let events = try store.accessEvents(of: patient.id, limit: 10_000).reversed()
        let file = folder.file("history.json")
        _ = try Self.export(store, patient, to: file, .init(withHistory: true))
        let bundle =
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: file)))
            as? [String: Any]
        let resources = (bundle?["entry"] as? [[String: Any]] ?? []).compactMap {
            $0["resource"] as? [String: Any]
        }
        let audits = resources.filter { $0["resourceType"] as? String == "AuditEvent" }
        #expect(audits.count == events.count)
        #expect(audits.map { $0["id"] as? String } == events.map { "event-\($0.id)" })
        #expect(audits.map { $0["outcome"] as? String } == events.map { $0.outcome == .done ? "0" : "4" })
        // A refusal's reason, kept as a code, is said in words.
        let reasons = events.map { event in
            event.reason.flatMap { $0.isEmpty ? nil : AccessDenied.words(forStored: $0, Catalog(.en)) }
        }
        #expect(audits.map { $0["outcomeDesc"] as? String } == reasons)
        #expect(reasons.contains { $0 != nil && !$0!.contains(" ") } == false)
        #expect(reasons.contains { $0 != nil })
        let emergencies = audits.filter { $0["purposeOfEvent"] != nil }.count
        #expect(emergencies == events.filter(\.emergency).count && emergencies > 0)
    }

    @Test func anExistingFileIsKeptUnlessForced() throws {
        let folder = TemporaryFolder()
        let (store, patient) = try Self.demo(in: folder, closed: false)
        defer { try? store.close() }
        let file = folder.file("export.json")
        try Data("mine".utf8).write(to: URL(fileURLWithPath: file))
        #expect(throws: ExportFailure.exists(file)) { try Self.export(store, patient, to: file) }
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "mine")
        #expect(try store.accessEvents(of: patient.id, limit: 1).first?.action != .export)
        _ = try Self.export(store, patient, to: file, .init(force: true))
        #expect(try String(contentsOfFile: file, encoding: .utf8).hasPrefix(#"{"resourceType":"Bundle""#))
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == [
                "demo.sqlite", "demo.sqlite-shm", "demo.sqlite-wal", "export.json",
            ])
    }

    @Test func ndjsonIsAFolderOfOneFilePerTypeThatImportsBack() throws {
        let folder = TemporaryFolder()
        let (store, patient) = try Self.demo(in: folder)
        defer { try? store.close() }
        let out = folder.file("bulk")
        let report = try Self.export(store, patient, to: out, .init(format: .ndjson, withHistory: true))
        let files = try FileManager.default.contentsOfDirectory(atPath: out).sorted()
        #expect(files == report.resources.keys.sorted().map { $0 + ".ndjson" })
        for name in files {
            let lines = try String(contentsOfFile: out + "/" + name, encoding: .utf8).split(separator: "\n")
            #expect(lines.count == report.resources[String(name.dropLast(7))])
            let first = try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any]
            #expect(first?["resourceType"] as? String == String(name.dropLast(7)))
        }
        let back = folder.file("back.sqlite")
        let imported = try FHIRImporter(paths: [out], recordPath: back, now: { DemoRecord.today }).run()
        #expect(imported.notImported == ["AuditEvent": report.resources["AuditEvent"]!, "Device": 1])
        let other = try SQLiteStore.open(at: back)
        defer { try? other.close() }
        try expectSameDocuments(store, patient.id, other, try other.patient(matching: nil).id)
        // A folder holding anything but an earlier export is never replaced.
        try Data().write(to: URL(fileURLWithPath: out + "/notes.txt"))
        #expect(throws: ExportFailure.notAnExportFolder(out)) {
            try Self.export(store, patient, to: out, .init(format: .ndjson, force: true))
        }
    }

    /// Documents in the same order with the same header, and each version's author, time,
    /// type and bytes.
    private func expectSameDocuments(_ store: SQLiteStore, _ patient: Int64, _ other: SQLiteStore, _ copy: Int64) throws {
        let documents = try store.documents(of: patient, limit: 1_000)
        let copies = try other.documents(of: copy, limit: 1_000)
        #expect(copies.map(\.withoutId) == documents.map(\.withoutId))
        #expect(documents.contains { $0.versionCount > 1 } && documents.contains(where: \.masked))
        for (document, copied) in zip(documents, copies) {
            let versions = try store.documentVersions(of: document.id)
            #expect(try other.documentVersions(of: copied.id) == versions, "\(document.title)")
            for version in versions {
                #expect(
                    try other.documentContent(copied.id, version: version.version)
                        == store.documentContent(document.id, version: version.version))
            }
        }
    }
}

extension DocumentSummary {
    fileprivate var withoutId: DocumentSummary {
        var copy = self
        copy.id = 0
        return copy
    }
}

extension Vaccination {
    fileprivate var withoutId: Vaccination {
        var copy = self
        copy.id = 0
        return copy
    }
}

extension ProfileEntry {
    fileprivate var withoutId: ProfileEntry {
        var copy = self
        copy.id = 0
        return copy
    }
}

extension CarnetCore.Measurement {
    fileprivate var withoutId: CarnetCore.Measurement {
        var copy = self
        copy.id = 0
        return copy
    }
}
