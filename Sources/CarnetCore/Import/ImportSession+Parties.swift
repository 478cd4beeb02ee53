import Foundation

/// Practitioners and organisations: those with a national number (RPPS, FINESS) join the
/// record's directory of professionals and establishments; being known gives no access,
/// which only the patient's consent gives.
extension ImportSession {
    func importPractitioner(_ position: Int, _ element: FHIRElement) throws {
        guard let rpps = try FrenchIdentifiers.rpps(try element.objects("identifier")) else { return }
        guard try writer.profession(of: rpps) == nil else { return }
        let name = try Self.name(element) ?? rpps
        let role = try self.role(of: position)
        try writer.addProfessionalIfAbsent(
            Professional(
                rpps: rpps, name: String(name.prefix(200)), profession: role.profession,
                specialty: role.specialty.map { String($0.prefix(200)) }, samuRegulation: role.samuRegulation)
        )
        report.added[.professionals, default: 0] += 1
    }

    /// A PractitionerRole's establishment becomes the professional's affiliation (blocking
    /// the establishment then blocks them), when both are in the record.
    func importPractitionerRole(_ position: Int, _ element: FHIRElement) throws {
        guard let practitioner = scan.resolve(try element.reference("practitioner")?.reference),
            let organization = scan.resolve(try element.reference("organization")?.reference),
            let person = scan.parties[practitioner], let structure = scan.parties[organization],
            let rpps = try FrenchIdentifiers.rpps(try person.objects("identifier")),
            let finess = try FrenchIdentifiers.finess(try structure.objects("identifier")),
            try writer.profession(of: rpps) != nil, try writer.establishmentExists(finess)
        else { return }
        try writer.addAffiliationIfAbsent(rpps: rpps, finess: finess)
    }

    func importOrganization(_ position: Int, _ element: FHIRElement) throws {
        guard let finess = try FrenchIdentifiers.finess(try element.objects("identifier")) else { return }
        let name = try element.string("name") ?? finess
        let before = report.added[.establishments, default: 0]
        // carnet's own export says what kind of establishment it is.
        let kind =
            try element.concepts("type").lazy.flatMap { $0.codes(in: FHIRVocabulary.establishmentKind) }
            .compactMap(EstablishmentKind.init(rawValue:)).first ?? .other
        if try !writer.establishmentExists(finess) {
            try writer.addEstablishmentIfAbsent(
                Establishment(finess: finess, name: String(name.prefix(200)), kind: kind))
            report.added[.establishments] = before + 1
        }
    }

    /// The profession a PractitionerRole of the file gives this practitioner (carnet's own
    /// word first, else the ANS code), its specialty and whether it regulates for the SAMU.
    private func role(of practitioner: Int) throws -> (
        profession: Profession, specialty: String?, samuRegulation: Bool
    ) {
        for (position, role) in scan.parties.sorted(by: { $0.key < $1.key })
        where scan.resources[position].type == "PractitionerRole" {
            guard scan.resolve(try role.reference("practitioner")?.reference) == practitioner else {
                continue
            }
            let concepts = try role.concepts("code")
            let own = concepts.lazy.flatMap { $0.codes(in: FHIRVocabulary.profession) }.compactMap(
                Profession.init(rawValue:)
            )
            .first
            let profession =
                own ?? FrenchIdentifiers.profession(concepts.flatMap { $0.codings.compactMap(\.code) })
            return (
                profession, try role.concepts("specialty").first?.words,
                try role.carnetFlag(FHIRVocabulary.samuRegulation)
            )
        }
        return (.other, nil, false)
    }

    /// Who wrote something, from a reference: a professional or establishment by national
    /// number, else a name kept as words (the patient holding the item), else nobody.
    func author(_ reference: FHIRReference?, of position: Int) throws -> (Author, String?)? {
        guard let reference else { return nil }
        guard let target = scan.resolve(reference.reference), let party = scan.parties[target] else {
            if reference.reference != nil { unresolved(position, reference) }
            return reference.display.map { (.patient, Self.bounded($0)) }
        }
        switch scan.resources[target].type {
        case "Patient":
            return (.patient, nil)
        case "Practitioner":
            if let rpps = try FrenchIdentifiers.rpps(try party.objects("identifier")),
                try writer.profession(of: rpps) != nil
            {
                return (.professional(rpps: rpps), nil)
            }
            return (try Self.name(party) ?? reference.display).map { (.patient, Self.bounded($0)) }
        case "PractitionerRole":
            if let practitioner = try party.reference("practitioner") {
                return try author(practitioner, of: position)
            }
            return reference.display.map { (.patient, Self.bounded($0)) }
        case "Organization":
            if let finess = try FrenchIdentifiers.finess(try party.objects("identifier")),
                try writer.establishmentExists(finess)
            {
                return (.establishment(finess: finess), nil)
            }
            return (try party.string("name") ?? reference.display).map { (.patient, Self.bounded($0)) }
        default:
            return reference.display.map { (.patient, Self.bounded($0)) }
        }
    }

    /// A name as a person writes it: HumanName.text, else prefix, given and family names.
    static func name(_ element: FHIRElement) throws -> String? {
        guard let name = try element.objects("name").first else { return nil }
        if let text = try name.string("text"), !text.trimmingCharacters(in: .whitespaces).isEmpty {
            return text
        }
        let words =
            try name.strings("prefix") + name.strings("given") + [try name.string("family")].compactMap { $0 }
        let joined = words.joined(separator: " ").trimmingCharacters(in: .whitespaces)
        return joined.isEmpty ? nil : joined
    }

    static func bounded(_ text: String) -> String {
        String(text.trimmingCharacters(in: .whitespacesAndNewlines).prefix(200))
    }
}
