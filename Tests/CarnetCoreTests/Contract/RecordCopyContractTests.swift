import Foundation
import Testing

@testable import CarnetCore

/// `RecordCopy` between two stores of the kind under test: everything a record holds reads
/// back the same from the copy, ids, history chain and kept counts included, and a copy
/// that would reuse an id writes nothing. Through the protocol only, so that every store
/// (and every pair of stores) keeps the same contract.
@Suite struct RecordCopyContractTests {
    @Test(arguments: ContractStore.allCases)
    func aCopyReadsBackTheSameAndKeepsTheChain(_ kind: ContractStore) throws {
        let record = try ContractRecord(kind)
        let child = try Self.fill(record)
        let destination = try kind.make()

        let report = try RecordCopy(
            source: record.store, destination: destination.store, patient: record.patient
        ).run()
        #expect(
            report.documents == 6 && report.versions == 7 && report.events == 31 && report.notifications == 3)
        #expect(report.readings == 7 && report.vaccinations == 1 && report.profileEntries == 1)
        #expect(report.head == (try record.store.accessChainHead(of: record.patient)))
        try Self.expectSame(record.store, destination.store, patient: record.patient)

        // The child's record into the same destination, which now holds another patient
        // with other ids.
        let childReport = try RecordCopy(source: record.store, destination: destination.store, patient: child)
            .run()
        #expect(childReport.documents == 1 && childReport.events == 2)
        try Self.expectSame(record.store, destination.store, patient: child)
        #expect(try destination.store.patients().map(\.name) == ["Camille Contrat", "Noé Contrat"])
        // The destination's writers go on from the copied chain.
        let next = try destination.store.write { writer in
            try writer.appendEvent(
                AccessEvent(
                    at: ContractRecord.start.addingTimeInterval(90 * 86_400), actorType: .patient,
                    actorId: "patient",
                    actorName: "Camille Contrat", action: .mask, target: "document 1", outcome: .done),
                patient: record.patient)
        }
        #expect(try destination.store.verifyAccessChain(of: record.patient) == .intact(events: 32))
        #expect(try destination.store.accessChainHead(of: record.patient).lastEvent == next)
    }

    @Test(arguments: ContractStore.allCases)
    func aCopyThatWouldReuseAnIdWritesNothing(_ kind: ContractStore) throws {
        let record = try ContractRecord(kind)
        let child = try Self.fill(record)
        let destination = try kind.make()
        _ = try RecordCopy(source: record.store, destination: destination.store, patient: record.patient)
            .run()
        let before = try destination.store.counts(of: record.patient)

        #expect(throws: StoreError.rule(.copyPatientTaken, [String(record.patient), "Camille Contrat"])) {
            try RecordCopy(source: record.store, destination: destination.store, patient: record.patient)
                .run()
        }
        // The child's id is free there, but not its document's: the destination's own
        // record took that id first.
        let taken = try destination.store.write { writer in
            try writer.addDocument(
                NewDocument(
                    category: .other, title: "Taken", author: .patient, date: ContractRecord.start,
                    deposited: ContractRecord.start, content: Data("taken".utf8)),
                patient: record.patient)
        }
        let childDocument = try record.store.documents(of: child, limit: 1)[0].id
        #expect(taken == childDocument, "the destination's next document id is the child's")
        #expect(throws: StoreError.rule(.copyDocumentTaken, [String(taken)])) {
            try RecordCopy(source: record.store, destination: destination.store, patient: child).run()
        }
        #expect(try destination.store.patients().count == 1, "nothing of the child's record stays")
        var after = try destination.store.counts(of: record.patient)
        after.documents -= 1
        #expect(after == before)
        #expect(try destination.store.accessEventCount(of: child) == 0)
    }

    // MARK: - The record

    /// Something of every kind in the contract's record, and a child's record beside it:
    /// six documents (one with two versions, one masked), a vaccination, a profile entry,
    /// readings over several days (a blood pressure among them), 31 events, three
    /// notifications (one read), a banner preference and an imported reading's source.
    /// Returns the child's id.
    static func fill(_ record: ContractRecord) throws -> Int64 {
        let start = ContractRecord.start
        let documents = try record.addDocuments(5, masked: [2])
        let events = try record.addEvents(30)
        return try record.store.write { writer in
            let patient = record.patient
            try writer.addVersion(
                document: documents[0], author: .professional(rpps: ContractPerson.treating.rawValue),
                at: start.addingTimeInterval(40 * 86_400), mediaType: .text,
                content: Data("cholestérol revu".utf8))
            let pdf = try writer.addDocument(
                NewDocument(
                    category: .reports, title: "Compte rendu",
                    author: .professional(rpps: ContractPerson.authorized.rawValue),
                    date: start, deposited: start, mediaType: .pdf, content: Data("%PDF-1.4 binary".utf8),
                    text: "échographie abdominale"),
                patient: patient)
            try writer.addVaccination(
                Vaccination(
                    date: start, vaccine: "Revaxis", diseases: ["diphtheria", "tetanus", "polio"],
                    kind: .booster,
                    lotNumber: "X12", requirement: .recommended, enteredBy: .patient),
                patient: patient)
            try writer.addProfileEntry(
                ProfileEntry(section: .allergy, label: "Pénicilline"), patient: patient)
            var reading: Int64 = 0
            for (index, value) in [70.5, 71.0, 70.2].enumerated() {
                reading = try writer.addMeasurement(
                    NewMeasurement(
                        type: .weight, value: value,
                        at: start.addingTimeInterval(Double(index) * 86_400 + 3_600),
                        source: .patient),
                    patient: patient)
            }
            for (type, value) in [(MeasurementType.systolic, 128.0), (.diastolic, 82.0)] {
                try writer.addMeasurement(
                    NewMeasurement(
                        type: type, value: value, at: start.addingTimeInterval(7_200), source: .professional),
                    patient: patient)
            }
            for hour in [1.0, 2.0] {
                try writer.addMeasurement(
                    NewMeasurement(
                        type: .interstitialGlucose, value: 100 + hour,
                        at: start.addingTimeInterval(hour * 3_600),
                        source: .device),
                    patient: patient)
            }
            try writer.rememberSource(
                patient: patient, source: "urn:uuid:weight-3",
                item: ImportedItem(kind: .measurement, itemId: reading, version: "2"))
            let added = try writer.appendEvent(
                AccessEvent(
                    at: start.addingTimeInterval(41 * 86_400), actorType: .professional,
                    actorId: ContractPerson.authorized.rawValue, actorName: "Dr authorized", action: .add,
                    target: "document \(pdf)", outcome: .done),
                patient: patient)
            try writer.addNotification(event: added, kind: .add, patient: patient, at: start, document: pdf)
            try writer.addNotification(
                event: events[0], kind: .read, patient: patient, at: start,
                readAt: start.addingTimeInterval(60),
                document: nil)
            try writer.addNotification(event: events[1], kind: .read, patient: patient, at: start)
            try writer.setBannerPreference(patient: patient, kind: .read, enabled: false)
            try writer.setEmergency(.masked, on: true, patient: patient)

            let child = try writer.addPatient(
                NewPatient(name: "Noé Contrat", birthDate: "2019-05-06", relation: .child, sex: .male),
                at: start)
            try writer.addDocument(
                NewDocument(
                    category: .other, title: "Carnet de santé", author: .patient, date: start,
                    deposited: start,
                    content: Data("rougeole".utf8)),
                patient: child)
            try writer.appendEvents(
                [
                    AccessEvent(
                        at: start, actorType: .patient, actorId: "patient", actorName: "Camille Contrat",
                        action: .add,
                        target: "documents", outcome: .done),
                    AccessEvent(
                        at: start.addingTimeInterval(60), actorType: .professional,
                        actorId: ContractPerson.blocked.rawValue, actorName: "Dr blocked", action: .read,
                        target: "documents", outcome: .denied, reason: "blocked-by-patient"),
                ], patient: child)
            return child
        }
    }

    /// Everything the protocol reads of a patient's record, compared between two stores.
    static func expectSame(_ source: any RecordStore, _ copy: any RecordStore, patient: Int64) throws {
        let found = try source.patient(matching: String(patient))
        #expect(try copy.patient(matching: String(patient)) == found)
        #expect(try copy.settings(of: patient) == source.settings(of: patient))
        #expect(try copy.directory(of: patient) == source.directory(of: patient))
        #expect(try copy.counts(of: patient) == source.counts(of: patient))

        let documents = try source.documents(of: patient, limit: 100)
        #expect(try copy.documents(of: patient, limit: 100) == documents)
        for document in documents {
            let versions = try source.documentVersions(of: document.id)
            #expect(try copy.documentVersions(of: document.id) == versions)
            for version in versions {
                #expect(
                    try copy.documentContent(document.id, version: version.version)
                        == source.documentContent(document.id, version: version.version))
            }
        }
        for words in ["glycemie 3", "echographie", "cholesterol", "rougeole", "contrat"] {
            let search = DocumentFilter(search: words)
            #expect(
                try copy.documents(of: patient, matching: search, limit: 100)
                    == source.documents(of: patient, matching: search, limit: 100), "\(words)")
        }
        #expect(
            try copy.vaccinations(of: patient, limit: 100) == source.vaccinations(of: patient, limit: 100))
        #expect(try copy.profile(of: patient) == source.profile(of: patient))

        for type in MeasurementType.allCases {
            #expect(
                try copy.measurements(of: patient, type: type) == source.measurements(of: patient, type: type)
            )
            #expect(
                try copy.measurementCount(of: patient, type: type)
                    == source.measurementCount(of: patient, type: type))
            // The chart's buckets read the daily roll-up.
            #expect(
                try copy.measurementBuckets(of: patient, type: type, span: nil, count: 4)
                    == source.measurementBuckets(of: patient, type: type, span: nil, count: 4), "\(type)")
        }

        #expect(
            try copy.accessEvents(of: patient, limit: 1_000) == source.accessEvents(of: patient, limit: 1_000)
        )
        for filter in [
            AccessHistoryFilter.all, AccessHistoryFilter(actorId: ContractPerson.treating.rawValue),
            AccessHistoryFilter(action: .list),
            AccessHistoryFilter(since: ContractRecord.start.addingTimeInterval(86_400)),
        ] {
            #expect(
                try copy.accessEventCount(of: patient, matching: filter)
                    == source.accessEventCount(of: patient, matching: filter))
        }
        let head = try source.accessChainHead(of: patient)
        #expect(try copy.accessChainHead(of: patient) == head)
        #expect(try copy.verifyAccessChain(of: patient) == .intact(events: head.events))
        #expect(try copy.historyProblems(of: patient) == [])

        #expect(try copy.notices(of: patient, limit: 100) == source.notices(of: patient, limit: 100))
        #expect(
            try copy.noticeCount(of: patient, unreadOnly: true)
                == source.noticeCount(of: patient, unreadOnly: true))
        #expect(try copy.unreadNoticeCounts(of: patient) == source.unreadNoticeCounts(of: patient))
        #expect(try copy.notificationPreferences(of: patient) == source.notificationPreferences(of: patient))
        let sources = try source.write { writer in
            try writer.importedItem(patient: patient, source: "urn:uuid:weight-3")
        }
        #expect(
            try copy.write { writer in try writer.importedItem(patient: patient, source: "urn:uuid:weight-3")
            } == sources)
    }
}
