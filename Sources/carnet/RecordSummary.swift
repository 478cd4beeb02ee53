import CarnetCore
import CarnetTUI
import Foundation

/// A few lines saying whose record this is and what it holds.
enum RecordSummary {
    static func print(store: Store, patient: Patient) throws {
        let counts = try store.counts(of: patient.id)
        let directory = try store.directory(of: patient.id)
        let doctor = directory.first { $0.treatingDoctor }
        let authorized = directory.filter { $0.status == .authorized }.count
        let blocked = directory.filter { $0.status == .blocked }.count
        var output = StandardOutput()
        output.writeLine(
            "Record of \(Sanitizer.clean(patient.name)), born \(patient.birthDate) — \(store.path)")
        output.writeLine("  Treating doctor: \(doctor.map { Sanitizer.clean($0.name) } ?? "none")")
        output.writeLine("  Professionals and establishments: \(authorized) authorised, \(blocked) blocked")
        output.writeLine(
            "  Documents: \(counts.documents)  Vaccinations: \(counts.vaccinations)  Measurements: \(counts.measurements)"
        )
        output.writeLine(
            "  Profile entries: \(counts.profileEntries)  Access events: \(counts.accessEvents)  Notifications: \(counts.notifications)"
        )
        output.flush()
    }
}
