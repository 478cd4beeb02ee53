import CarnetCore
import CarnetTUI
import Foundation

/// A few lines saying whose record this is and what it holds.
enum RecordSummary {
    static func print(store: any RecordStore, patient: Patient, language: Language = CommandLanguage.current) throws {
        let text = Catalog(language)
        let format = TextFormat(language)
        let counts = try store.counts(of: patient.id)
        let directory = try store.directory(of: patient.id)
        let doctor = directory.first { $0.treatingDoctor }
        let authorized = directory.filter { $0.status == .authorized }.count
        let blocked = directory.filter { $0.status == .blocked }.count
        var output = StandardOutput()
        output.writeLine(
            text[
                .recordSummary, Sanitizer.clean(patient.name), format.day(iso: patient.birthDate), store.location]
        )
        output.writeLine(
            text[.treatingDoctorLine, doctor.map { Sanitizer.clean($0.name) } ?? text[.noneName]])
        output.writeLine(text[.peopleLine, String(authorized), String(blocked)])
        output.writeLine(
            text[
                .documentsLine, format.count(counts.documents), format.count(counts.vaccinations),
                format.count(counts.measurements)])
        output.writeLine(
            text[
                .profileLine, format.count(counts.profileEntries), format.count(counts.accessEvents),
                format.count(counts.notifications)])
        // The other records of the carnet, so that whoever opens one knows the others exist.
        let others = try store.records().filter { $0.patient.id != patient.id }.map { managed in
            let age = managed.patient.ageWords(text) ?? managed.patient.birthDate
            return text[.recordsOtherEntry, Sanitizer.clean(managed.patient.name), age]
        }
        if !others.isEmpty { output.writeLine(text[.recordsOthersLine, others.joined(separator: ", ")]) }
        output.flush()
    }
}
