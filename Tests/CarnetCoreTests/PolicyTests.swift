import Foundation
import GRDB
import Testing

@testable import CarnetCore

/// The rules of the record as a table: who, with which consent, asking how, sees what.
@Suite struct PolicyTests {
    enum Person: String, CaseIterable {
        case treating = "10000000001"
        case authorizedPhysician = "10000000011"
        case strangerPhysician = "10000000012"
        case blockedPhysician = "10000000013"
        case pharmacist = "10000000014"
        case physiotherapist = "10000000015"
        case samuRegulator = "10000000016"
        case nurseOfBlockedHospital = "10000000017"
        case nurseOfAuthorizedLab = "10000000018"
    }

    /// The record's documents, by title.
    enum Doc: String, CaseIterable {
        case lab = "Lab result"
        case maskedLab = "Masked lab result"
        case report = "Report"
        case maskedReportByAuthorized = "Masked report by the authorised physician"
    }

    struct Switches {
        var samu = true
        var any = true
        var masked = false
        var closed = false
    }

    struct Case: CustomTestStringConvertible {
        var who: Person
        var emergency = false
        var switches = Switches()
        /// The titles listed, or the refusal.
        var expected: Result<Set<Doc>, AccessDenied>
        var testDescription: String {
            "\(who)\(emergency ? " in an emergency" : "") samu:\(switches.samu) any:\(switches.any) masked:\(switches.masked) closed:\(switches.closed)"
        }
    }

    static let all = Set(Doc.allCases)
    static let cases: [Case] = [
        // The treating doctor sees everything, masked documents included.
        Case(who: .treating, expected: .success(all)),
        // An authorised physician: every category, not the masked documents of others.
        Case(who: .authorizedPhysician, expected: .success([.lab, .report, .maskedReportByAuthorized])),
        // In an emergency with the reveal switch, masked documents appear.
        Case(
            who: .authorizedPhysician, emergency: true, switches: Switches(masked: true),
            expected: .success(all)),
        // The habilitation matrix: a pharmacist reads lab results, not reports.
        Case(who: .pharmacist, expected: .success([.lab])),
        Case(who: .physiotherapist, expected: .success([.report])),
        // No consent: refused, unless the glass is broken and the switch allows it.
        Case(who: .strangerPhysician, expected: .failure(.notAuthorized)),
        Case(who: .strangerPhysician, emergency: true, expected: .success([.lab, .report])),
        Case(
            who: .strangerPhysician, emergency: true, switches: Switches(masked: true),
            expected: .success(all)),
        Case(
            who: .strangerPhysician, emergency: true, switches: Switches(any: false),
            expected: .failure(.emergencyNotAllowed)),
        // SAMU regulation has its own switch.
        Case(
            who: .samuRegulator, emergency: true, switches: Switches(samu: true, any: false),
            expected: .success([.lab, .report])),
        Case(
            who: .samuRegulator, emergency: true, switches: Switches(samu: false, any: false),
            expected: .failure(.emergencyNotAllowed)),
        // Blocked, directly or through an establishment: refused even in an emergency.
        Case(who: .blockedPhysician, expected: .failure(.blocked)),
        Case(who: .blockedPhysician, emergency: true, expected: .failure(.blocked)),
        Case(
            who: .nurseOfBlockedHospital,
            expected: .failure(.blockedEstablishment(name: "Blocked Hospital"))),
        // Authorised through an establishment: a nurse reads lab results and reports.
        Case(who: .nurseOfAuthorizedLab, expected: .success([.lab, .report])),
        // A closed record refuses everyone, the treating doctor and emergencies too.
        Case(who: .treating, switches: Switches(closed: true), expected: .failure(.recordClosed)),
        Case(
            who: .strangerPhysician, emergency: true, switches: Switches(closed: true),
            expected: .failure(.recordClosed)),
    ]

    /// A record with the people and documents above.
    static func record(_ switches: Switches) throws -> (TemporaryFolder, SQLiteStore, Int64) {
        let folder = TemporaryFolder()
        let store = try SQLiteStore.create(at: folder.file("record.sqlite"))
        let patient = try store.write { writer -> Int64 in
            let patient = try writer.addPatient(NewPatient(name: "Patient", birthDate: "1980-01-01"))
            let people: [(Person, Profession)] = [
                (.treating, .physician), (.authorizedPhysician, .physician), (.strangerPhysician, .physician),
                (.blockedPhysician, .physician), (.pharmacist, .pharmacist),
                (.physiotherapist, .physiotherapist),
                (.samuRegulator, .physician), (.nurseOfBlockedHospital, .nurse),
                (.nurseOfAuthorizedLab, .nurse),
            ]
            for (person, profession) in people {
                try writer.addProfessional(
                    Professional(
                        rpps: person.rawValue, name: "\(person)", profession: profession,
                        samuRegulation: person == .samuRegulator))
            }
            try writer.addEstablishment(
                Establishment(finess: "990000101", name: "Blocked Hospital", kind: .hospital))
            try writer.addEstablishment(
                Establishment(finess: "990000102", name: "Trusted Lab", kind: .laboratory))
            try writer.addAffiliation(rpps: Person.nurseOfBlockedHospital.rawValue, finess: "990000101")
            try writer.addAffiliation(rpps: Person.nurseOfAuthorizedLab.rawValue, finess: "990000102")
            try writer.setTreatingDoctor(patient: patient, rpps: Person.treating.rawValue)
            for person in [Person.treating, .authorizedPhysician, .pharmacist, .physiotherapist] {
                try writer.setConsent(patient: patient, actorId: person.rawValue, status: .authorized)
            }
            try writer.setConsent(
                patient: patient, actorId: Person.blockedPhysician.rawValue, status: .blocked)
            try writer.setConsent(patient: patient, actorId: "990000101", status: .blocked)
            try writer.setConsent(patient: patient, actorId: "990000102", status: .authorized)
            let documents: [(Doc, DocumentCategory, Author, Bool)] = [
                (.lab, .labResults, .patient, false), (.maskedLab, .labResults, .patient, true),
                (.report, .reports, .patient, false),
                (
                    .maskedReportByAuthorized, .reports,
                    .professional(rpps: Person.authorizedPhysician.rawValue), true
                ),
            ]
            for (doc, category, author, masked) in documents {
                try writer.addDocument(
                    NewDocument(
                        category: category, title: doc.rawValue, author: author, date: Date(),
                        deposited: Date(),
                        masked: masked, content: Data("x".utf8)),
                    patient: patient)
            }
            try writer.setEmergency(.samu, on: switches.samu, patient: patient)
            try writer.setEmergency(.any, on: switches.any, patient: patient)
            try writer.setEmergency(.masked, on: switches.masked, patient: patient)
            if switches.closed { try writer.setClosed(patient: patient, at: Date()) }
            return patient
        }
        return (folder, store, patient)
    }

    @Test(arguments: cases)
    func listingFollowsTheRules(_ rule: Case) throws {
        let (folder, store, patient) = try Self.record(rule.switches)
        defer { _ = folder }
        let access = ProfessionalAccess(
            store: store, patient: patient, rpps: rule.who.rawValue, emergency: rule.emergency)
        let outcome: Result<[DocumentSummary], AccessDenied>
        do {
            outcome = .success(try access.listDocuments())
        } catch let denied as AccessDenied {
            outcome = .failure(denied)
        }
        switch (outcome, rule.expected) {
        case (.success(let documents), .success(let expected)):
            #expect(Set(documents.compactMap { Doc(rawValue: $0.title) }) == expected)
        case (.failure(let denied), .failure(let expected)):
            #expect(denied == expected)
        default:
            Issue.record("got \(outcome), expected \(rule.expected)")
        }
        // Every attempt is in the history, with its outcome and whether it was an emergency.
        let event = try #require(try store.accessEvents(of: patient, limit: 1).first)
        #expect(event.actorId == rule.who.rawValue)
        #expect(event.outcome == ((try? rule.expected.get()) == nil ? .denied : .done))
        #expect(event.emergency == rule.emergency)
    }

    @Test func readingAMaskedOrForbiddenDocumentIsRefusedAndRecorded() throws {
        let (folder, store, patient) = try Self.record(Switches())
        defer { _ = folder }
        let pharmacist = ProfessionalAccess(store: store, patient: patient, rpps: Person.pharmacist.rawValue)
        #expect(throws: AccessDenied.noDocument(id: 2)) { try pharmacist.read(2) }
        #expect(throws: AccessDenied.category(.reports)) { try pharmacist.read(3) }
        #expect(try pharmacist.read(1).summary.title == Doc.lab.rawValue)
        let events = try store.accessEvents(of: patient, limit: 3)
        #expect(events.map(\.outcome) == [.done, .denied, .denied])
        // Stored as a code, worded when read.
        #expect(events[1].reason == "category:CPT_REND")
        #expect(events[1].reasonWords(Catalog(.en)) == "this profession may not access documents of category CPT_REND")
        #expect(events[1].reasonWords(Catalog(.fr)) == "cette profession n'a pas accès aux documents de catégorie CPT_REND")
    }

    /// A silenced kind loses its banner, not its notification: the inbox keeps every one.
    @Test func readsNotifyThePatientEvenSilencedAndEmergenciesAsSuch() throws {
        let (folder, store, patient) = try Self.record(Switches())
        defer { _ = folder }
        _ = try ProfessionalAccess(store: store, patient: patient, rpps: Person.pharmacist.rawValue).read(1)
        try store.execute(
            "INSERT INTO notificationPreference(patientId, kind, enabled) VALUES (1, 'read', 0)")
        _ = try ProfessionalAccess(store: store, patient: patient, rpps: Person.pharmacist.rawValue).read(1)
        _ = try ProfessionalAccess(
            store: store, patient: patient, rpps: Person.strangerPhysician.rawValue, emergency: true
        ).read(1)
        let kinds = try store.reading { db in
            try String.fetchAll(db, sql: "SELECT kind FROM notification ORDER BY id")
        }
        #expect(kinds == ["read", "read", "emergency"])
        #expect(try store.notificationPreferences(of: patient).banners(.read) == false)
    }

    @Test func professionalsAddAndOnlyAuthorsUpdate() throws {
        let (folder, store, patient) = try Self.record(Switches())
        defer { _ = folder }
        let physician = ProfessionalAccess(
            store: store, patient: patient, rpps: Person.authorizedPhysician.rawValue)
        let id = try physician.add(
            category: .reports, title: "Consultation", mediaType: .text, content: Data("a".utf8))
        try physician.update(id, mediaType: .text, content: Data("b".utf8))
        #expect(try physician.read(id).content == Data("b".utf8))
        let pharmacist = ProfessionalAccess(store: store, patient: patient, rpps: Person.pharmacist.rawValue)
        #expect(throws: AccessDenied.category(.reports)) {
            try pharmacist.add(category: .reports, title: "No", mediaType: .text, content: Data())
        }
        #expect(throws: AccessDenied.notAuthor(id: 1)) {
            try pharmacist.update(1, mediaType: .text, content: Data("c".utf8))
        }
        #expect(try store.documentCount(of: patient) == 5)
    }

    @Test func anUnknownProfessionalIsRefusedClearly() throws {
        let (folder, store, patient) = try Self.record(Switches())
        defer { _ = folder }
        let access = ProfessionalAccess(store: store, patient: patient, rpps: "10999999999")
        #expect(throws: AccessDenied.unknownProfessional(rpps: "10999999999")) { try access.listDocuments() }
        #expect(try store.accessEvents(of: patient, limit: 1).first?.outcome == .denied)
    }

    @Test func theHabilitationMatrixIsOneTable() {
        #expect(Habilitation.allows(.pharmacist, .prescriptions))
        #expect(Habilitation.allows(.pharmacist, .labResults))
        #expect(!Habilitation.allows(.pharmacist, .reports))
        #expect(Habilitation.allows(.physiotherapist, .reports))
        #expect(Profession.allCases.allSatisfy { Habilitation.matrix[$0] != nil })
    }

    @Test func consentChangesAreExplainedAndRecorded() throws {
        let (folder, store, patient) = try Self.record(Switches())
        defer { _ = folder }
        let settings = ConsentSettings(store: store, patient: try store.patient(matching: nil))
        #expect(throws: ConsentError.treatingDoctor(name: "treating")) {
            try settings.block(Person.treating.rawValue)
        }
        #expect(throws: ConsentError.unknown(id: "123")) { try settings.grant("123") }
        #expect(throws: ConsentError.notAPhysician(name: "pharmacist")) {
            try settings.setTreatingDoctor(Person.pharmacist.rawValue)
        }
        #expect(try settings.block(Person.pharmacist.rawValue).status == .blocked)
        #expect(try settings.unblock(Person.pharmacist.rawValue).status == ConsentStatus.none)
        let doctor = try settings.setTreatingDoctor(Person.strangerPhysician.rawValue)
        #expect(doctor.treatingDoctor && doctor.status == .authorized)
        let actions = try store.accessEvents(of: patient, limit: 3).map(\.action)
        #expect(actions == [.setTreatingDoctor, .unblock, .block])
    }
}
