import Foundation

/// Immunizations become lines of the vaccination card, through the checks of a line typed
/// by hand (date not in the future nor before birth, lengths).
extension ImportSession {
    static let immunizationStatuses: Set<String> = ["completed", "entered-in-error", "not-done"]

    func importImmunization(_ position: Int, _ element: FHIRElement) throws {
        let status = try status(element, Self.immunizationStatuses)
        if status != "completed" {
            skip(position, .leftOut("status", "\"\(status)\""))
            return
        }
        if let profession = context.profession, !ProfessionalAccess.vaccinators.contains(profession) {
            throw ImportIssue.notForProfession(text[.importWhatVaccination])
        }
        guard let code = try element.concept("vaccineCode") else { throw ImportIssue.missing("vaccineCode") }
        guard let vaccine = code.words else { throw ImportIssue.missing("vaccineCode.text") }
        guard let date = try element.date("occurrenceDateTime") else {
            if let text = try element.string("occurrenceString") {
                throw ImportIssue.notADate("occurrenceString", "\"\(text)\"")
            }
            throw ImportIssue.missing("occurrenceDateTime")
        }
        let protocols = try element.objects("protocolApplied")
        var diseases: [String] = []
        var kind = Vaccination.Kind.booster
        if let applied = protocols.first {
            diseases = try applied.concepts("targetDisease").compactMap(\.words)
            let series = try applied.string("series")?.lowercased() ?? ""
            let dose = try applied.string("doseNumberString")?.lowercased() ?? ""
            if series.contains("booster") || series.contains("rappel") || dose.contains("booster")
                || dose.contains("rappel")
            {
                kind = .booster
            } else if applied.has("doseNumberPositiveInt") || applied.has("doseNumberString") {
                kind = .primary
            }
        }
        // carnet's own export says the kind outright.
        if let own = try element.carnetExtension(FHIRVocabulary.vaccinationKind).flatMap(
            Vaccination.Kind.init(rawValue:))
        {
            kind = own
        }
        if diseases.isEmpty && CommonVaccine.named(vaccine) == nil {
            diseases = [text[.importDiseasesNotStated]]
        }
        var vaccinator: String?
        var vaccinatorRpps: String?
        if let actor = try element.objects("performer").first?.reference("actor") {
            if let (author, name) = try author(actor, of: position) {
                if case .professional(let rpps) = author {
                    vaccinatorRpps = rpps
                    vaccinator = try writer.professionalName(rpps)
                } else {
                    vaccinator = name
                }
            }
        }
        let primarySource = try element.bool("primarySource") ?? true
        var vaccination = try VaccinationEntry(
            vaccine: vaccine, diseases: diseases, date: date, kind: kind,
            lotNumber: try element.string("lotNumber"), vaccinator: vaccinator
        ).checked(
            birthDate: context.birthDate, now: context.now,
            enteredBy: primarySource ? .professional : .patient,
            vaccinatorRpps: vaccinatorRpps)
        if let requirement = try element.carnetExtension(FHIRVocabulary.vaccinationRequirement)
            .flatMap(Vaccination.Requirement.init(rawValue:))
        {
            vaccination.requirement = requirement
        }
        let outcome = try upsert(
            position, kind: .vaccination,
            add: { try writer.addVaccination(vaccination, patient: context.patient) },
            update: { try writer.updateVaccination($0, vaccination) })
        report.count(.vaccinations, outcome)
    }
}
