import Foundation

/// Consents: an advance directive (scope adr) becomes an entry of the profile; the
/// patient-privacy consent carnet's export writes sets who may access the record.
extension ImportSession {
    static let consentStatuses: Set<String> = [
        "draft", "proposed", "active", "rejected", "inactive", "entered-in-error",
    ]

    func importConsent(_ position: Int, _ element: FHIRElement) throws {
        let status = try status(element, Self.consentStatuses)
        let scopes = try element.concept("scope")?.codes(in: FHIRVocabulary.consentScope) ?? []
        guard scopes.contains("adr") || scopes.contains("patient-privacy") else {
            report.notImported["Consent", default: 0] += 1
            return
        }
        if status != "active" {
            skip(position, .leftOut("status", "\"\(status)\""))
            return
        }
        if scopes.contains("adr") {
            try importAdvanceDirective(position, element)
        } else {
            try importPrivacy(position, element)
        }
    }

    /// An advance directive: its title (the source attachment's), carnet's detail, its date.
    private func importAdvanceDirective(_ position: Int, _ element: FHIRElement) throws {
        let label =
            try element.object("sourceAttachment")?.string("title") ?? element.concepts("category").first?
            .text
            ?? text[.headingAdvanceDirectives]
        try profile(
            position,
            ProfileEntry(
                section: .advanceDirective, label: label,
                detail: try element.carnetExtension(FHIRVocabulary.detailExtension),
                start: try element.date("dateTime")))
    }

    /// Who may access the record. Only the patient sets it: through `pro import` it is not
    /// imported. The root provision's deny closes the record; each nested provision with an
    /// actor authorises (permit) or blocks (deny) that professional or establishment; those
    /// with a purpose set the emergency switches (ETREAT: SAMU regulation; BTG: break the
    /// glass, and with a restricted (R) label, revealing masked documents).
    private func importPrivacy(_ position: Int, _ element: FHIRElement) throws {
        guard context.profession == nil else {
            report.notImported["Consent", default: 0] += 1
            return
        }
        guard let root = try element.object("provision") else { throw ImportIssue.missing("provision") }
        let patient = context.patient
        for provision in try root.objects("provision") {
            guard let type = try provision.code("type", in: ["permit", "deny"]) else { continue }
            let permit = type == "permit"
            for actor in try provision.objects("actor") {
                guard let reference = try actor.reference("reference") else {
                    throw ImportIssue.missing(actor.at("reference"))
                }
                guard let number = try nationalNumber(reference, of: position) else { continue }
                try writer.setConsent(
                    patient: patient, actorId: number, status: permit ? .authorized : .blocked,
                    at: context.now)
            }
            let purposes = try provision.objects("purpose").compactMap { try $0.string("code") }
            let restricted = try provision.objects("securityLabel").contains { try $0.string("code") == "R" }
            if purposes.contains("ETREAT") { try writer.setEmergency(.samu, on: permit, patient: patient) }
            if purposes.contains("BTG") {
                try writer.setEmergency(restricted ? .masked : .any, on: permit, patient: patient)
            }
        }
        let closed = try root.code("type", in: ["permit", "deny"]) == "deny"
        try writer.setClosed(patient: patient, at: closed ? context.now : nil)
        report.count(.consents, .updated)
    }

    /// The RPPS or FINESS number of a Practitioner or Organization in the file and in the record.
    private func nationalNumber(_ reference: FHIRReference, of position: Int) throws -> String? {
        guard let target = scan.resolve(reference.reference), let party = scan.parties[target] else {
            unresolved(position, reference)
            return nil
        }
        switch scan.resources[target].type {
        case "Practitioner":
            guard let rpps = try FrenchIdentifiers.rpps(try party.objects("identifier")),
                try writer.profession(of: rpps) != nil
            else { return nil }
            return rpps
        case "Organization":
            guard let finess = try FrenchIdentifiers.finess(try party.objects("identifier")),
                try writer.establishmentExists(finess)
            else { return nil }
            return finess
        default:
            return nil
        }
    }
}

extension ImportSession {
    /// `Patient.generalPractitioner`: a physician of the file known to the record becomes the
    /// treating doctor, when the patient imports (a professional's file does not choose it).
    func importTreatingDoctor(_ position: Int, _ element: FHIRElement) throws {
        guard context.profession == nil else { return }
        for reference in try element.objects("generalPractitioner").map(FHIRReference.init) {
            guard let target = scan.resolve(reference.reference),
                scan.resources[target].type == "Practitioner",
                let party = scan.parties[target],
                let rpps = try FrenchIdentifiers.rpps(try party.objects("identifier")),
                try writer.profession(of: rpps) == .physician
            else { continue }
            try writer.setTreatingDoctor(patient: context.patient, rpps: rpps)
            report.count(.consents, .updated)
            return
        }
    }
}
