import Foundation
import GRDB
import Testing

@testable import CarnetCore

/// A carnet holding a parent's record and a child's: each record keeps its own consents,
/// documents, history and notifications, and a decision on one says nothing of the other.
@Suite struct SeveralRecordsTests {
    static let doctor = DemoCast.treatingDoctor.rpps
    static let blocked = DemoCast.blocked.rpps

    /// The parent authorises the doctor and blocks the dermatologist on their own record; on
    /// the child's record they did the opposite.
    static func family() throws -> (TemporaryFolder, SQLiteStore, parent: Int64, child: Int64) {
        let folder = TemporaryFolder()
        let store = try SQLiteStore.create(at: folder.file("record.sqlite"))
        let (parent, child) = try store.write { writer -> (Int64, Int64) in
            for professional in DemoCast.professionals { try writer.addProfessional(professional) }
            let parent = try writer.addPatient(NewPatient(name: "Camille Durand", birthDate: "1981-03-14"))
            let child = try writer.addPatient(
                NewPatient(name: "Léa Durand", birthDate: "2019-06-10", relation: .child, sex: .female))
            try writer.setConsent(patient: parent, actorId: doctor, status: .authorized)
            try writer.setConsent(patient: parent, actorId: blocked, status: .blocked)
            try writer.setConsent(patient: child, actorId: blocked, status: .authorized)
            for (patient, title) in [(parent, "Parent's report"), (child, "Child's report")] {
                try writer.addDocument(
                    NewDocument(
                        category: .reports, title: title, author: .patient, date: Date(), deposited: Date(),
                        masked: false, content: Data("x".utf8)),
                    patient: patient)
            }
            return (parent, child)
        }
        return (folder, store, parent, child)
    }

    @Test func aProfessionalAuthorisedOnOneRecordSeesNothingOfTheOther() throws {
        let (folder, store, parent, child) = try Self.family()
        defer { _ = folder }
        let onParent = ProfessionalAccess(store: store, patient: parent, rpps: Self.doctor)
        #expect(try onParent.listDocuments().map(\.title) == ["Parent's report"])
        // The child's document, asked for by id through the parent's record: not there.
        #expect(throws: AccessDenied.noDocument(id: 2)) { try onParent.read(2) }
        let onChild = ProfessionalAccess(store: store, patient: child, rpps: Self.doctor)
        #expect(throws: AccessDenied.notAuthorized) { try onChild.listDocuments() }
        // Each attempt is in the history of the record it was made on, and only there.
        #expect(try store.accessEvents(of: parent, limit: 10).map(\.outcome) == [.denied, .done])
        #expect(try store.accessEvents(of: child, limit: 10).map(\.outcome) == [.denied])
    }

    @Test func blockedOnOneRecordIsNotBlockedOnTheOther() throws {
        let (folder, store, parent, child) = try Self.family()
        defer { _ = folder }
        #expect(throws: AccessDenied.blocked) {
            try ProfessionalAccess(store: store, patient: parent, rpps: Self.blocked).listDocuments()
        }
        let seen = try ProfessionalAccess(store: store, patient: child, rpps: Self.blocked).listDocuments()
        #expect(seen.map(\.title) == ["Child's report"])
        // The read notifies the child's record, not the parent's.
        #expect(try store.noticeCount(of: child) == 1)
        #expect(try store.noticeCount(of: parent) == 1)  // the refusal on the parent's record
        let records = try store.records()
        #expect(records.map(\.patient.name) == ["Camille Durand", "Léa Durand"])
        #expect(records.map(\.unread) == [1, 1])
    }

    /// The banners of every record a person manages come from one look, each naming its record.
    @Test func noticesAcrossRecordsSayWhichRecordEachConcerns() throws {
        let (folder, store, parent, child) = try Self.family()
        defer { _ = folder }
        _ = try? ProfessionalAccess(store: store, patient: parent, rpps: Self.blocked).listDocuments()
        _ = try ProfessionalAccess(store: store, patient: child, rpps: Self.blocked).listDocuments()
        let both = try store.notices(ofRecords: [parent, child], after: 0, limit: 10)
        #expect(both.count == 2)
        #expect(both.notices.map(\.patientId) == [child, parent])
        #expect(both.notices.map(\.kind) == [.read, .refused])
        let onlyParent = try store.notices(ofRecords: [parent], after: 0, limit: 10)
        #expect(onlyParent.notices.map(\.patientId) == [parent])
        #expect(try store.latestNotificationId(ofRecords: [parent, child]) == both.notices.first?.id)
        #expect(try store.notices(ofRecords: [], after: 0, limit: 10).count == 0)
    }

    @Test func eachRecordHasItsOwnIntactChain() throws {
        let (folder, store, parent, child) = try Self.family()
        defer { _ = folder }
        for _ in 0..<3 { _ = try? ProfessionalAccess(store: store, patient: parent, rpps: Self.doctor).listDocuments() }
        _ = try ProfessionalAccess(store: store, patient: child, rpps: Self.blocked).listDocuments()
        #expect(try store.verifyAccessChain(of: parent) == .intact(events: 3))
        #expect(try store.verifyAccessChain(of: child) == .intact(events: 1))
    }

    @Test func patientIsFoundByIdINSOrAnUnambiguousFirstName() throws {
        let (folder, store, parent, child) = try Self.family()
        defer { _ = folder }
        #expect(try store.patient(matching: nil).id == parent)
        #expect(try store.patient(matching: String(child)).id == child)
        #expect(try store.patient(matching: "lea").id == child)
        #expect(try store.patient(matching: " LÉA ").id == child)
        #expect(try store.patient(matching: "Léa Durand").id == child)
        #expect(throws: StoreError.unknownPatient("Durand")) { try store.patient(matching: "Durand") }
        try store.write { writer in
            _ = try writer.addPatient(NewPatient(name: "Léa Martin", birthDate: "2020-02-02", relation: .other))
        }
        #expect(throws: StoreError.rule(.recordsAmbiguousName, ["lea", "2 Léa Durand, 3 Léa Martin"])) {
            try store.patient(matching: "lea")
        }
        #expect(try store.patient(matching: "Léa Martin").id == 3)
    }

    @Test func aNewRecordThatBreaksARuleIsRefusedAndNothingIsWritten() throws {
        let (folder, store, _, _) = try Self.family()
        defer { _ = folder }
        let now = Date()
        let refused: [(NewPatient, StoreError)] = [
            (NewPatient(name: "Other Self", birthDate: "1990-01-01"), .rule(.recordsOwnExists, [])),
            (
                NewPatient(name: "Grown Up", birthDate: "1990-01-01", relation: .child),
                .rule(.recordsChildNotMinor, ["Grown Up"])
            ),
            (NewPatient(name: String(repeating: "a", count: 201), birthDate: "2020-01-01", relation: .child),
             .rule(.recordsNameTooLong, [])),
        ]
        for (person, error) in refused {
            #expect(throws: error) { try store.write { writer in try writer.addPatient(person, at: now) } }
        }
        try store.write { writer in
            _ = try writer.addPatient(
                NewPatient(name: "Nina", birthDate: "2021-01-01", ins: "221017511234510", relation: .child))
        }
        #expect(throws: StoreError.rule(.recordsINSTaken, ["221017511234510", "Nina"])) {
            try store.write { writer in
                try writer.addPatient(
                    NewPatient(name: "Other", birthDate: "2021-01-01", ins: "221017511234510", relation: .child))
            }
        }
        #expect(try store.records().count == 3)
    }

    @Test func renamingKeepsTheRecordAndRefusesAnEmptyName() throws {
        let (folder, store, _, child) = try Self.family()
        defer { _ = folder }
        try store.write { writer in try writer.renamePatient(child, to: "  Léa Martin-Durand ") }
        #expect(try store.patient(matching: String(child)).name == "Léa Martin-Durand")
        #expect(throws: StoreError.rule(.rulePatientNameEmpty, [])) {
            try store.write { writer in try writer.renamePatient(child, to: "  ") }
        }
        #expect(throws: StoreError.unknownPatient("99")) {
            try store.write { writer in try writer.renamePatient(99, to: "Nobody") }
        }
        #expect(try store.patient(matching: String(child)).name == "Léa Martin-Durand")
    }
}

/// Ages as people say them: days, then months until two years, then years.
@Suite struct AgeTests {
    static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()

    func age(_ birth: String, _ today: String) -> Age? {
        Age(birthDate: birth, on: RecordDays.day(today, Self.calendar)!, calendar: Self.calendar)
    }

    @Test func unitsChangeOnTheBirthdays() {
        #expect(age("2025-08-01", "2025-08-01") == .days(0))
        #expect(age("2025-08-01", "2025-08-31") == .days(30))
        #expect(age("2025-08-01", "2025-09-01") == .months(1))
        #expect(age("2025-08-01", "2027-07-31") == .months(23))
        #expect(age("2025-08-01", "2027-08-01") == .years(2))
        #expect(age("2008-12-05", "2026-12-04") == .years(17))
        #expect(age("2008-12-04", "2026-12-04") == .years(18))
        #expect(age("2026-12-05", "2026-12-04") == nil)
    }

    @Test func minorsAreUnderEighteen() {
        #expect(age("2008-12-05", "2026-12-04")?.isMinor == true)
        #expect(age("2008-12-04", "2026-12-04")?.isMinor == false)
    }

    @Test func wordsInBothLanguages() {
        #expect(Age.years(7).words(Catalog(.en)) == "7 years")
        #expect(Age.years(7).words(Catalog(.fr)) == "7 ans")
        #expect(Age.months(1).words(Catalog(.fr)) == "1 mois")
        #expect(Age.months(16).words(Catalog(.en)) == "16 months")
        #expect(Age.days(1).words(Catalog(.en)) == "1 day")
        #expect(Age.years(1).words(Catalog(.fr)) == "1 an")
    }
}

/// A carnet written before v11 keeps opening on the same record.
@Suite struct SeveralRecordsMigrationTests {
    @Test func theFirstRecordBecomesYourOwnAndAnyOtherAnothers() throws {
        let folder = TemporaryFolder()
        let path = folder.file("v10.sqlite")
        let queue = try DatabaseQueue(path: path)
        try Schema.migrator.migrate(queue, upTo: "v10-kept-counts")
        try queue.write { db in
            for name in ["One", "Two"] {
                try db.execute(
                    sql: "INSERT INTO patient(name, birthDate, createdAt) VALUES (?, '1990-01-01', 0)",
                    arguments: [name])
            }
        }
        try queue.close()
        let store = try SQLiteStore.openForWriting(at: path)
        #expect(try store.records().map(\.patient.relation) == [.own, .other])
        #expect(try store.records().map(\.patient.sex) == [nil, nil])
        #expect(try store.patient(matching: nil).name == "One")
    }
}
