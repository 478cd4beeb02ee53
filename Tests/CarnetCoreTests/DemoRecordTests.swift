import Foundation
import Testing

@testable import CarnetCore

@Suite struct DemoRecordTests {
    let folder = TemporaryFolder()

    func demo(_ scale: DemoScale = .small) throws -> (SQLiteStore, Patient) {
        let path = folder.file("demo.sqlite")
        try DemoRecord.write(to: path, scale: scale)
        let store = try SQLiteStore.open(at: path)
        return (store, try store.patient(matching: nil))
    }

    @Test func holdsTheParentsRecordWithTheExpectedPeople() throws {
        let (store, patient) = try demo()
        #expect(try store.patients().map(\.name) == ["Camille Durand", "Léa Durand", "Hugo Durand"])
        #expect(patient.name == "Camille Durand")
        #expect(patient.relation == .own)
        let directory = try store.directory(of: patient.id)
        let treating = directory.filter(\.treatingDoctor)
        #expect(treating.map(\.id) == [DemoCast.treatingDoctor.rpps])
        #expect(treating.first?.status == .authorized)
        #expect(treating.first?.profession == "physician")
        func status(_ professional: Professional) -> ConsentStatus? {
            directory.first { $0.id == professional.rpps }?.status
        }
        #expect(status(DemoCast.pharmacist) == .authorized)
        #expect(status(DemoCast.cardiologist) == .authorized)
        #expect(status(DemoCast.physiotherapist) == .authorized)
        #expect(directory.filter { $0.status == .blocked }.map(\.id) == [DemoCast.blocked.rpps])
        let hospital = directory.first { $0.kind == .establishment && $0.profession == "hospital" }
        #expect(hospital?.status == .authorized)
    }

    /// Two children's records of their own: cards, growth readings, a document, a history.
    @Test func managesTwoChildrensRecordsOfTheirOwn() throws {
        let (store, parent) = try demo()
        let records = try store.records()
        let children = records.filter { $0.patient.relation == .child }
        #expect(children.map(\.patient.name) == ["Léa Durand", "Hugo Durand"])
        #expect(children.map(\.patient.sex) == [.female, .male])
        #expect(children.map(\.unread) == [1, 0])
        let (lea, hugo) = (children[0].patient.id, children[1].patient.id)
        #expect(try store.vaccinations(of: lea, limit: 50).count == 10)
        #expect(try store.vaccinations(of: hugo, limit: 50).count == 14)
        for child in [lea, hugo] {
            #expect(try store.documents(of: child, limit: 10).count == 1)
            #expect(try store.measurementCount(of: child, type: .height) > 5)
            #expect(try store.verifyAccessChain(of: child) == .intact(events: try store.counts(of: child).accessEvents))
            #expect(try store.directory(of: child).filter(\.treatingDoctor).map(\.id) == [DemoCast.treatingDoctor.rpps])
        }
        #expect(try store.measurementCount(of: hugo, type: .headCircumference) == 8)
        // The parent's record is as it was.
        #expect(try store.counts(of: parent.id).vaccinations == DemoVaccinations.card.count)
    }

    @Test func hasOneMaskedLabResultAmongDocumentsOfMostCategories() throws {
        let (store, patient) = try demo()
        let documents = try store.documents(of: patient.id, limit: 100)
        let masked = documents.filter(\.masked)
        #expect(masked.count == 1)
        #expect(masked.first?.category == .labResults)
        #expect(Set(documents.map(\.category)).count >= 10)
        #expect(documents.contains { $0.versionCount == 2 })
    }

    @Test func hasTwoYearsOfWeightBloodPressureAndGlucose() throws {
        let (store, patient) = try demo()
        for type in [MeasurementType.weight, .systolic, .diastolic, .bloodGlucose] {
            let series = try store.measurements(of: patient.id, type: type)
            let span = series.last!.at.timeIntervalSince(series.first!.at) / 86_400
            #expect(span >= 720, "\(type)")
            #expect(series.allSatisfy { type.validRange.contains($0.value) })
        }
    }

    @Test func hasAFullProfileAVaccinationCardAndAHistory() throws {
        let (store, patient) = try demo()
        let sections = Set(try store.profile(of: patient.id).map(\.section))
        #expect(sections == Set(ProfileEntry.Section.allCases))
        let card = try store.vaccinations(of: patient.id, limit: 100)
        #expect(card.contains { $0.kind == .booster })
        // The diphtheria-tetanus-polio booster due at 45 (2026) is not on the card.
        let lastTetanus = card.filter { $0.diseases.contains("tetanus") }.map(\.date).max()!
        #expect(lastTetanus < DemoCalendar.date("2026-03-14"))
        let history = try store.accessEvents(of: patient.id, limit: 1_000)
        #expect(history.contains { $0.emergency })
        #expect(history.contains { $0.outcome == .denied && $0.actorId == DemoCast.blocked.rpps })
        #expect(history.first!.at >= history.last!.at)
    }

    @Test func isTheSameOnEveryRun() throws {
        let (first, patient) = try demo()
        let documents = try first.documents(of: patient.id, limit: 100)
        let weights = try first.measurements(of: patient.id, type: .weight)
        try first.close()
        let (second, _) = try demo()
        #expect(try second.documents(of: patient.id, limit: 100) == documents)
        #expect(try second.measurements(of: patient.id, type: .weight) == weights)
    }

    @Test func theLargeDemoAddsItsBulkScaledDown() throws {
        let small = try demo()
        let smallCounts = try small.0.counts(of: small.1.id)
        try small.0.close()
        var steps: [DemoProgress.Step] = []
        try DemoRecord.write(
            to: folder.file("demo.sqlite"),
            scale: DemoScale(documents: 50, cgmReadings: 1_000, accessEvents: 10_000)
        ) { progress in
            if steps.last != progress.step { steps.append(progress.step) }
        }
        let store = try SQLiteStore.open(at: folder.file("demo.sqlite"))
        let patient = try store.patient(matching: nil)
        let counts = try store.counts(of: patient.id)
        #expect(counts.documents == smallCounts.documents + 50)
        #expect(counts.accessEvents == smallCounts.accessEvents + 10_000)
        let cgm = try store.measurements(of: patient.id, type: .interstitialGlucose)
        #expect(cgm.count == 1_000)
        #expect(cgm[1].at.timeIntervalSince(cgm[0].at) == 900)
        #expect(steps == [.documents, .glucoseReadings, .accessEvents])
    }

    @Test func anInterruptedWriteLeavesTheOldDemoInPlace() throws {
        let (store, _) = try demo()
        try store.close()
        struct Stop: Error {}
        #expect(throws: Stop.self) {
            try DemoRecord.write(
                to: folder.file("demo.sqlite"),
                scale: DemoScale(documents: 10, cgmReadings: 100, accessEvents: 100)
            ) { _ in throw Stop() }
        }
        #expect(try SQLiteStore.open(at: folder.file("demo.sqlite")).counts(of: 1).documents == 16)
        #expect(!FileManager.default.fileExists(atPath: folder.file("demo.sqlite.partial")))
    }
}
