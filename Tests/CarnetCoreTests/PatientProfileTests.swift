import Foundation
import Testing

@testable import CarnetCore

/// The patient's changes to their medical profile: each checked, written with its access
/// event in one transaction, or refused with a reason and nothing written.
@Suite struct PatientProfileTests {
    let folder = TemporaryFolder()
    /// 2026-11-15 12:00 UTC; the test patient was born on 1990-01-31.
    let now = Date(timeIntervalSince1970: 1_794_744_000)

    func record() throws -> (SQLiteStore, Patient, PatientProfile) {
        let (store, _) = try makeStore(in: folder)
        let patient = try store.patient(matching: nil)
        let clock = now
        return (store, patient, PatientProfile(store: store, patient: patient, now: { clock }))
    }

    func day(_ text: String) -> Date {
        TextFormat(.en).typedDay(text)!.start.addingTimeInterval(12 * 3_600)
    }

    @Test func addChangeAndRemoveRoundTripThroughTheStoreWithTheirEvents() throws {
        let (store, patient, profile) = try record()
        let added = try profile.add(
            ProfileEntry(section: .allergy, label: "  Arachide ", detail: " Œdème de Quincke "))
        #expect(added.label == "Arachide" && added.detail == "Œdème de Quincke")
        #expect(try store.profile(of: patient.id) == [added])

        var changed = added
        changed.detail = "Choc anaphylactique"
        try profile.change(changed)
        #expect(try store.profileEntry(added.id, of: patient.id)?.detail == "Choc anaphylactique")

        let removed = try profile.remove(added.id)
        #expect(removed == changed)
        #expect(try store.profile(of: patient.id).isEmpty)

        let events = try store.accessEvents(of: patient.id, limit: 10)
        #expect(events.map(\.action) == [.delete, .modify, .add])
        #expect(events.allSatisfy { $0.target == "profile \(added.id)" && $0.actorType == .patient })
        #expect(events.allSatisfy { $0.actorId == String(patient.id) && $0.at == now && $0.outcome == .done })
        #expect(try store.verifyAccessChain(of: patient.id) == .intact(events: 3))
        #expect(
            try store.counts(of: patient.id).notifications == 0, "the patient is not notified of their acts")
    }

    @Test func everySectionTakesItsFields() throws {
        let (store, patient, profile) = try record()
        let entries = [
            ProfileEntry(section: .allergy, label: "Pénicilline", detail: "Urticaire"),
            ProfileEntry(
                section: .illness, label: "Asthme", start: day("2001-05-02"), end: day("2010-01-01")),
            ProfileEntry(
                section: .treatment, label: "Ventoline", detail: "2 bouffées si besoin",
                end: day("2027-01-01")),
            ProfileEntry(section: .familyHistory, label: "Glaucome", relative: "Grand-mère"),
            ProfileEntry(
                section: .hospitalization, label: "Fracture", detail: "CHU", start: day("2015-07-01")),
            ProfileEntry(section: .disability, label: "Malvoyance"),
            ProfileEntry(section: .bloodGroup, label: "ab+"),
            ProfileEntry(
                section: .contact, label: "Léa Roux", contactRole: .trustedPerson, phone: "06.12.34.56.78"),
            ProfileEntry(section: .advanceDirective, label: "Rédigées", start: day("2025-12-01")),
        ]
        for entry in entries { try profile.add(entry) }
        let stored = try store.profile(of: patient.id)
        #expect(stored.map(\.section) == ProfileEntry.Section.allCases)
        #expect(stored.first { $0.section == .familyHistory }?.relative == "grandmother")
        #expect(stored.first { $0.section == .bloodGroup }?.label == "AB+")
        #expect(stored.first { $0.section == .contact }?.phone == "06 12 34 56 78")
        #expect(
            stored.first { $0.section == .treatment }?.end == day("2027-01-01"), "a treatment may end later")
    }

    @Test(arguments: [
        (ProfileEntry(section: .allergy, label: "   "), ProfileError.missing(.label, .allergy)),
        (ProfileEntry(section: .treatment, label: "Ramipril"), .missing(.detail, .treatment)),
        (ProfileEntry(section: .familyHistory, label: "Diabète"), .missing(.relative, .familyHistory)),
        (
            ProfileEntry(section: .familyHistory, label: "Diabète", relative: "neighbour"),
            .unknownRelative("neighbour")
        ),
        (
            ProfileEntry(section: .contact, label: "Léa", phone: "0612345678"),
            .missing(.contactRole, .contact)
        ),
        (ProfileEntry(section: .contact, label: "Léa", contactRole: .carer), .missing(.phone, .contact)),
        (
            ProfileEntry(section: .contact, label: "Léa", contactRole: .carer, phone: "12 34"),
            .badPhone("12 34")
        ),
        (ProfileEntry(section: .bloodGroup, label: "C+"), .unknownBloodGroup("C+")),
        (
            ProfileEntry(section: .allergy, label: "Latex", relative: "mother"),
            .notInSection(.relative, .allergy)
        ),
        (
            ProfileEntry(section: .allergy, label: "Latex", phone: "0612345678"),
            .notInSection(.phone, .allergy)
        ),
        (
            ProfileEntry(section: .allergy, label: String(repeating: "a", count: 501)),
            .tooLong(.label, .allergy, limit: 500)
        ),
    ])
    func refusedEntriesWriteNothing(_ entry: ProfileEntry, _ problem: ProfileError) throws {
        let (store, patient, profile) = try record()
        let before = try store.counts(of: patient.id)
        #expect(throws: problem) { try profile.add(entry) }
        #expect(try store.counts(of: patient.id) == before)
    }

    @Test func datesAreCheckedAgainstTodayTheBirthAndEachOther() throws {
        let (store, patient, profile) = try record()
        let future = day("2026-11-16")
        #expect(throws: ProfileError.inTheFuture(.start, .illness, future)) {
            try profile.add(ProfileEntry(section: .illness, label: "Asthme", start: future))
        }
        #expect(throws: ProfileError.inTheFuture(.end, .hospitalization, future)) {
            try profile.add(ProfileEntry(section: .hospitalization, label: "Fracture", end: future))
        }
        #expect(throws: ProfileError.beforeBirth(.start, .illness, birthDate: "1990-01-31")) {
            try profile.add(ProfileEntry(section: .illness, label: "Asthme", start: day("1990-01-30")))
        }
        let (start, end) = (day("2020-05-01"), day("2020-04-30"))
        #expect(throws: ProfileError.endBeforeStart(.illness, start: start, end: end)) {
            try profile.add(ProfileEntry(section: .illness, label: "Asthme", start: start, end: end))
        }
        // Today, and the birth day itself, are fine.
        try profile.add(ProfileEntry(section: .illness, label: "Rhume", start: now))
        try profile.add(ProfileEntry(section: .illness, label: "Ictère", start: day("1990-01-31")))
        #expect(try store.profile(of: patient.id).count == 2)
    }

    @Test func oneBloodGroupOnly() throws {
        let (store, patient, profile) = try record()
        let group = try profile.add(ProfileEntry(section: .bloodGroup, label: "O-"))
        #expect(throws: ProfileError.bloodGroupRecorded("O-")) {
            try profile.add(ProfileEntry(section: .bloodGroup, label: "A+"))
        }
        var corrected = group
        corrected.label = "O+"
        try profile.change(corrected)
        #expect(try store.profile(of: patient.id).map(\.label) == ["O+"])
    }

    @Test func changesAreCheckedAndKeepTheSection() throws {
        let (store, patient, profile) = try record()
        let contact = try profile.add(
            ProfileEntry(section: .contact, label: "Léa", contactRole: .carer, phone: "+33612345678"))
        #expect(contact.phone == "+33 6 12 34 56 78")
        var wrong = contact
        wrong.phone = "not a number"
        let events = try store.counts(of: patient.id).accessEvents
        #expect(throws: ProfileError.badPhone("not a number")) { try profile.change(wrong) }
        #expect(try store.profileEntry(contact.id, of: patient.id) == contact)
        #expect(try store.counts(of: patient.id).accessEvents == events)
        var moved = contact
        moved.section = .allergy
        moved.label = "Léa Roux"
        #expect(try profile.change(moved).section == .contact)
        #expect(throws: ProfileError.noEntry(id: 999)) {
            try profile.change(ProfileEntry(id: 999, section: .allergy, label: "Latex"))
        }
        #expect(throws: ProfileError.noEntry(id: 999)) { try profile.remove(999) }
    }

    @Test func theHistoryNamesTheEntryItActedOn() throws {
        let (store, patient, profile) = try record()
        let kept = try profile.add(ProfileEntry(section: .allergy, label: "Latex"))
        let gone = try profile.add(ProfileEntry(section: .allergy, label: "Arachide"))
        try profile.remove(gone.id)
        let targets = try store.accessEvents(of: patient.id, limit: 10).map(\.target)
        #expect(try store.targetNames(targets, of: patient.id) == ["profile \(kept.id)": "Latex"])
    }

    @Test func anotherPatientsEntryIsNotReached() throws {
        let (store, _, profile) = try record()
        let other = try store.write { writer in
            try writer.addPatient(NewPatient(name: "Other Patient", birthDate: "1980-02-02", relation: .other))
        }
        let theirs = try store.write { writer in
            try writer.addProfileEntry(ProfileEntry(section: .allergy, label: "Latex"), patient: other)
        }
        #expect(throws: ProfileError.noEntry(id: theirs)) { try profile.remove(theirs) }
        #expect(try store.profile(of: other).count == 1)
    }

    @Test func aFormReportsEveryProblemFieldByField() {
        let entry = ProfileEntry(
            section: .contact, label: "", detail: String(repeating: "x", count: 501), phone: "abc")
        #expect(
            entry.problems().map(\.field) == [.label, .contactRole, .phone, .detail])
    }

    @Test(
        arguments: [
            ("06 12 34 56 78", "06 12 34 56 78"), ("0612345678", "06 12 34 56 78"),
            ("06.12.34.56.78", "06 12 34 56 78"), ("06-12-34-56-78", "06 12 34 56 78"),
            ("01 40 00 00 00", "01 40 00 00 00"), ("+33 6 12 34 56 78", "+33 6 12 34 56 78"),
            ("+33612345678", "+33 6 12 34 56 78"), ("+33 (0)6 12 34 56 78", "+33 6 12 34 56 78"),
            ("0033 6 12 34 56 78", "+33 6 12 34 56 78"), ("+44 20 7946 0958", "+44 20 7946 0958"),
            ("+1 (415) 555-0100", "+1 415 555 0100"), ("+1 415 555 0100", "+1 415 555 0100"),
            ("0049 30 1234567", "+49 30 1234567"),
        ] as [(String, String?)])
    func phoneNumbersAreWrittenOneWay(_ typed: String, _ expected: String?) {
        #expect(PhoneNumber.normalized(typed) == expected)
    }

    @Test(arguments: [
        "12 34", "0012", "6 12 34 56 78", "00 12 34 56 78", "061234567", "06123456789", "+33 0 12 34 56 7",
        "+33 6 12 34 56", "+0 123 456 789", "06 12 34 56 7a", "06+12345678", "+12345678",
        "06 12 34 56 78 (mobile)", "",
        "+1234567890123456",
    ])
    func whatIsNotAPhoneNumberIsRefused(_ typed: String) {
        #expect(PhoneNumber.normalized(typed) == nil)
    }

    @Test func relativesAreReadInEitherLanguage() {
        #expect(ProfileEntry.Relative(typed: "mother") == .mother)
        #expect(ProfileEntry.Relative(typed: " Mère ") == .mother)
        #expect(ProfileEntry.Relative(typed: "grand-pere") == .grandfather)
        #expect(ProfileEntry.Relative(typed: "SŒUR") == .sister)
        #expect(ProfileEntry.Relative(typed: "neighbour") == nil)
    }

    @Test func refusalsSpeakBothLanguages() {
        let en = (Catalog(.en), TextFormat(.en))
        let fr = (Catalog(.fr), TextFormat(.fr))
        let missing = ProfileError.missing(.detail, .treatment)
        #expect(missing.message(en.0, en.1) == "“Dosage” is empty: this field is needed.")
        #expect(missing.message(fr.0, fr.1) == "« Posologie » est vide : ce champ est nécessaire.")
        let relative = ProfileError.missing(.relative, .familyHistory)
        #expect(relative.message(en.0, en.1).hasPrefix("“Relative” is needed: choose one of mother, father,"))
        let order = ProfileError.endBeforeStart(
            .hospitalization, start: day("2020-05-01"), end: day("2020-04-30"))
        #expect(order.message(en.0, en.1) == "“Discharged” (2020-04-30) is before “Admitted” (2020-05-01).")
        #expect(order.message(fr.0, fr.1) == "« Sortie » (30/04/2020) est avant « Entrée » (01/05/2020).")
        #expect(ProfileError.badPhone("12").message(fr.0, fr.1).hasPrefix("« 12 » n’est pas un numéro"))
    }
}
