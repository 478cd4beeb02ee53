import Foundation
import Testing

@testable import CarnetCore

/// The record's own rules, which every store enforces with the same clear messages whatever
/// the caller (moved here from `StoreTests` so that a second store runs them too).
@Suite struct RecordRulesContractTests {
    @Test(arguments: ContractStore.allCases)
    func aRefusedWriteChangesNothing(_ kind: ContractStore) throws {
        let record = try ContractRecord(kind)
        #expect(throws: StoreError.self) {
            _ = try record.store.write { writer in
                try writer.addMeasurement(
                    NewMeasurement(type: .weight, value: 70, at: Date(), source: .patient), patient: record.patient)
                try writer.addMeasurement(
                    NewMeasurement(type: .weight, value: -3, at: Date(), source: .patient), patient: record.patient)
            }
        }
        #expect(try record.store.measurements(of: record.patient, type: .weight).isEmpty)
    }

    @Test(arguments: ContractStore.allCases)
    func impossibleMeasurementsGetASpecificError(_ kind: ContractStore) throws {
        let record = try ContractRecord(kind)
        do {
            _ = try record.store.write { writer in
                try writer.addMeasurement(
                    NewMeasurement(type: .weight, value: -3, at: Date(), source: .patient), patient: record.patient)
            }
            Issue.record("a negative weight was accepted")
        } catch let error as StoreError {
            #expect(error.description.contains("-3 kg is not a possible value for 29463-7"))
        }
    }

    @Test(arguments: ContractStore.allCases)
    func patientValuesAreCheckedWithClearMessages(_ kind: ContractStore) throws {
        let record = try ContractRecord(kind)
        let store = record.store
        #expect(throws: StoreError.day(.notADay("1990-02-30"))) {
            try store.write { try $0.addPatient(NewPatient(name: "X", birthDate: "1990-02-30", relation: .other)) }
        }
        #expect(throws: StoreError.rule(.ruleINSLength, ["12"])) {
            try store.write {
                try $0.addPatient(NewPatient(name: "X", birthDate: "1990-02-03", ins: "12", relation: .other))
            }
        }
        #expect(throws: StoreError.rule(.rulePatientNameEmpty, [])) {
            try store.write { try $0.addPatient(NewPatient(name: "  ", birthDate: "1990-02-03", relation: .other)) }
        }
        #expect(try store.patients().count == 1)
    }

    @Test(arguments: ContractStore.allCases)
    func emergencySwitchesStartAsTheDMPSetsThemAndCanBeChanged(_ kind: ContractStore) throws {
        let record = try ContractRecord(kind)
        let store = record.store
        let other = try store.write { writer in
            try writer.addPatient(NewPatient(name: "Sam Autre", birthDate: "1990-02-03", relation: .other))
        }
        let initial = try store.settings(of: other)
        #expect(initial.samuEmergency && initial.anyEmergency && !initial.maskedEmergency)
        #expect(initial.treatingDoctorRpps == nil && !initial.closed)
        try store.write { writer in
            try writer.setEmergency(.samu, on: false, patient: other)
            try writer.setEmergency(.masked, on: true, patient: other)
            try writer.setTreatingDoctor(patient: other, rpps: ContractPerson.treating.rawValue)
        }
        let changed = try store.settings(of: other)
        #expect(!changed.samuEmergency && changed.anyEmergency && changed.maskedEmergency)
        #expect(changed.treatingDoctorRpps == ContractPerson.treating.rawValue)
    }

    @Test(arguments: ContractStore.allCases)
    func theTreatingDoctorCannotBeBlockedNorAnUnknownActorDecidedAbout(_ kind: ContractStore) throws {
        let record = try ContractRecord(kind)
        #expect(throws: StoreError.rule(.ruleTreatingDoctorNotBlocked, [])) {
            try record.store.write {
                try $0.setConsent(patient: record.patient, actorId: ContractPerson.treating.rawValue, status: .blocked)
            }
        }
        #expect(throws: StoreError.rule(.ruleUnknownActor, ["10999999999"])) {
            try record.store.write {
                try $0.setConsent(patient: record.patient, actorId: "10999999999", status: .authorized)
            }
        }
        #expect(try record.store.directory(of: record.patient).contains { $0.id == ContractPerson.treating.rawValue })
    }
}
