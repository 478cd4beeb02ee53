import CarnetCore
import Foundation
import Testing

@testable import CarnetTUI

/// The Profile pane against a real record: the demo's sections as rows, and the browser's
/// add, change and remove written through the store with their access events.
@Suite struct ProfileStoreSourceTests {
    let path = NSTemporaryDirectory() + "carnet-profile-" + UUID().uuidString + ".sqlite"

    func source() throws -> (StoreSource, SQLiteStore, Patient) {
        try DemoRecord.write(to: path, scale: .small)
        let store = try SQLiteStore.open(at: path)
        let patient = try store.patient(matching: nil)
        return (
            try StoreSource(store: store, patient: patient, pdf: PDFTextExtractor(executable: nil)), store,
            patient
        )
    }

    func cleanUp() {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }

    @Test func theDemoShowsEverySectionAndTheDirectivesDocument() throws {
        defer { cleanUp() }
        let (source, _, _) = try source()
        let rows = try source.page(of: .profile, .first, limit: ListState.pageSize)
        #expect(try source.count(of: .profile) == rows.count)
        let headings = rows.compactMap { row -> ProfileEntry.Section? in
            if case .profileHeading(let section)? = row.subject { section } else { nil }
        }
        #expect(headings == ProfileEntry.Section.allCases)
        let entries = rows.filter { if case .profileEntry? = $0.subject { true } else { false } }
        #expect(entries.count == 16, "the demo fills every section")
        let document = try #require(rows.last)
        guard case .document(let summary)? = document.subject else {
            Issue.record("the last row is the advance directives document")
            return
        }
        #expect(summary.category == .advanceDirectives && summary.title == "Mes directives anticipées")
        #expect(try source.page(of: .profile, .after(PageKey(date: Date(), id: 1)), limit: 200).isEmpty)
    }

    @Test func addChangeAndRemoveRoundTripThroughTheStore() throws {
        defer { cleanUp() }
        let (source, store, patient) = try source()
        let said = try source.apply(
            .addProfileEntry(ProfileEntry(section: .allergy, label: "Arachide", detail: "Œdème")))
        #expect(said == "Added to your profile: Allergy “Arachide”.")
        var rows = try source.page(of: .profile, .first, limit: 200)
        guard case .profileEntry(var added)? = rows[3].subject else {
            Issue.record("the new allergy follows the others: \(rows[3])")
            return
        }
        #expect(added.label == "Arachide" && rows[3].spoken == "Allergy: Arachide, Œdème")
        #expect(rows[0].spoken == "Allergies, section 1 of 9: 3 entries")

        added.detail = "Choc anaphylactique"
        #expect(
            try source.apply(.changeProfileEntry(added)) == "Changed in your profile: Allergy “Arachide”.")
        rows = try source.page(of: .profile, .first, limit: 200)
        #expect(rows[3].spoken == "Allergy: Arachide, Choc anaphylactique")

        #expect(
            try source.apply(.removeProfileEntry(added)) == "Removed from your profile: Allergy “Arachide”.")
        rows = try source.page(of: .profile, .first, limit: 200)
        #expect(!rows.contains { $0.spoken.contains("Arachide") })
        let events = try store.accessEvents(of: patient.id, limit: 3)
        #expect(events.map(\.action) == [.delete, .modify, .add])
        #expect(events.allSatisfy { $0.target == "profile \(added.id)" && $0.actorType == .patient })
    }

    @Test func theRecordsRefusalsComeBackInWords() throws {
        defer { cleanUp() }
        let (source, store, patient) = try source()
        let before = try store.counts(of: patient.id)
        let later = Date().addingTimeInterval(3 * 86_400)
        #expect(throws: ChangeRefused.self) {
            _ = try source.apply(
                .addProfileEntry(ProfileEntry(section: .illness, label: "Asthme", start: later)))
        }
        do {
            _ = try source.apply(.addProfileEntry(ProfileEntry(section: .bloodGroup, label: "O+")))
            Issue.record("a second blood group was taken")
        } catch let refused as ChangeRefused {
            #expect(refused.reason == "Your blood group is already recorded (A+): change that entry instead.")
        }
        #expect(try store.counts(of: patient.id) == before)
    }
}
