import Foundation

@testable import CarnetCore

/// The people of the contract's record, by RPPS.
enum ContractPerson: String, CaseIterable {
    case treating = "10000000001"
    case authorized = "10000000011"
    case stranger = "10000000012"
    case blocked = "10000000013"
    case pharmacist = "10000000014"
    case nurseOfBlockedHospital = "10000000017"
}

/// A record written through the protocol only: a patient, her professionals and consents,
/// and nothing else; each test adds what it reads.
struct ContractRecord {
    static let start = Date(timeIntervalSince1970: 1_700_000_000)
    let place: ContractPlace
    let patient: Int64
    var store: any RecordStore { place.store }

    init(_ kind: ContractStore) throws {
        place = try kind.make()
        patient = try place.store.write { writer -> Int64 in
            let patient = try writer.addPatient(
                NewPatient(name: "Camille Contrat", birthDate: "1980-01-01", ins: "280017512345678"),
                at: Self.start)
            let people: [(ContractPerson, Profession)] = [
                (.treating, .physician), (.authorized, .physician), (.stranger, .physician),
                (.blocked, .physician), (.pharmacist, .pharmacist), (.nurseOfBlockedHospital, .nurse),
            ]
            for (person, profession) in people {
                try writer.addProfessional(
                    Professional(rpps: person.rawValue, name: "Dr \(person)", profession: profession))
            }
            try writer.addEstablishment(Establishment(finess: "990000101", name: "Blocked Hospital", kind: .hospital))
            try writer.addAffiliation(rpps: ContractPerson.nurseOfBlockedHospital.rawValue, finess: "990000101")
            try writer.setTreatingDoctor(patient: patient, rpps: ContractPerson.treating.rawValue)
            for person in [ContractPerson.treating, .authorized, .pharmacist, .nurseOfBlockedHospital] {
                try writer.setConsent(patient: patient, actorId: person.rawValue, status: .authorized, at: Self.start)
            }
            try writer.setConsent(patient: patient, actorId: ContractPerson.blocked.rawValue, status: .blocked, at: Self.start)
            try writer.setConsent(patient: patient, actorId: "990000101", status: .blocked, at: Self.start)
            return patient
        }
    }

    /// `count` lab results, one a day from `start`, titled "Result 1"…; returns their ids.
    @discardableResult
    func addDocuments(_ count: Int, masked: Set<Int> = []) throws -> [Int64] {
        try store.write { writer in
            try (1...count).map { index in
                let day = Self.start.addingTimeInterval(Double(index) * 86_400)
                return try writer.addDocument(
                    NewDocument(
                        category: index % 2 == 0 ? .labResults : .reports, title: "Result \(index)",
                        author: .patient, date: day, deposited: day, masked: masked.contains(index),
                        content: Data("glycémie \(index)".utf8)),
                    patient: patient)
            }
        }
    }

    /// `count` events, one an hour from `start`: reads by the treating doctor (even ones)
    /// and lists by the pharmacist (odd ones).
    @discardableResult
    func addEvents(_ count: Int) throws -> [Int64] {
        try store.write { writer in
            try writer.appendEvents(
                (1...count).map { index in
                    index % 2 == 0
                        ? AccessEvent(
                            at: Self.start.addingTimeInterval(Double(index) * 3_600), actorType: .professional,
                            actorId: ContractPerson.treating.rawValue, actorName: "Dr treating", action: .read,
                            target: "documents", outcome: .done)
                        : AccessEvent(
                            at: Self.start.addingTimeInterval(Double(index) * 3_600), actorType: .professional,
                            actorId: ContractPerson.pharmacist.rawValue, actorName: "Dr pharmacist", action: .list,
                            target: "documents", outcome: .done)
                },
                patient: patient)
        }
    }

    func access(_ person: ContractPerson, emergency: Bool = false) -> ProfessionalAccess {
        ProfessionalAccess(store: store, patient: patient, rpps: person.rawValue, emergency: emergency)
    }
}
