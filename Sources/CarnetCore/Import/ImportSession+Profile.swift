import Foundation

/// Allergies, illnesses, treatments, family history, hospital stays and contacts become
/// entries of the medical profile, through the checks of an entry typed by hand.
extension ImportSession {
    /// HL7 v3 RoleCode family members (FHIR R4 valueset-v3-FamilyMember) → carnet's relatives.
    static let relatives: [String: ProfileEntry.Relative] = [
        "MTH": .mother, "NMTH": .mother, "FTH": .father, "NFTH": .father, "SIS": .sister, "NSIS": .sister,
        "BRO": .brother, "NBRO": .brother, "DAU": .daughter, "DAUC": .daughter, "SON": .son, "SONC": .son,
        "GRMTH": .grandmother, "MGRMTH": .grandmother, "PGRMTH": .grandmother, "GRFTH": .grandfather,
        "MGRFTH": .grandfather, "PGRFTH": .grandfather, "AUNT": .aunt, "MAUNT": .aunt, "PAUNT": .aunt,
        "UNCLE": .uncle, "MUNCLE": .uncle, "PUNCLE": .uncle, "COUSN": .cousin, "MCOUSN": .cousin,
        "PCOUSN": .cousin,
    ]

    func importAllergy(_ position: Int, _ element: FHIRElement) throws {
        if try cancelled(position, element) { return }
        guard let label = try element.concept("code")?.words else { throw ImportIssue.missing("code") }
        let reaction = try element.objects("reaction").first?.concepts("manifestation").first?.words
        try profile(position, ProfileEntry(section: .allergy, label: label, detail: reaction))
    }

    func importCondition(_ position: Int, _ element: FHIRElement) throws {
        if try cancelled(position, element) { return }
        guard let label = try element.concept("code")?.words else { throw ImportIssue.missing("code") }
        // carnet's own export marks a disability among the conditions.
        let sections = try element.concepts("category").flatMap {
            $0.codes(in: FHIRVocabulary.profileSection)
        }
        try profile(
            position,
            ProfileEntry(
                section: sections.contains(ProfileEntry.Section.disability.rawValue) ? .disability : .illness,
                label: label, detail: try element.noteText(), start: try element.date("onsetDateTime"),
                end: try element.date("abatementDateTime")))
    }

    func importMedicationStatement(_ position: Int, _ element: FHIRElement) throws {
        let status = try status(
            element,
            [
                "active", "completed", "entered-in-error", "intended", "stopped", "on-hold", "unknown",
                "not-taken",
            ])
        if status == "entered-in-error" || status == "not-taken" {
            skip(position, .leftOut("status", "\"\(status)\""))
            return
        }
        let period = try element.object("effectivePeriod")
        try profile(
            position,
            ProfileEntry(
                section: .treatment, label: try medication(element),
                detail: try element.objects("dosage").first?.string("text") ?? text[.importDosageNotStated],
                start: try period?.date("start") ?? element.date("effectiveDateTime"),
                end: try period?.date("end")))
    }

    func importMedicationRequest(_ position: Int, _ element: FHIRElement) throws {
        let status = try status(
            element,
            [
                "active", "on-hold", "cancelled", "completed", "entered-in-error", "stopped", "draft",
                "unknown",
            ])
        guard try element.string("intent") != nil else { throw ImportIssue.missing("intent") }
        if ["cancelled", "entered-in-error", "draft"].contains(status) {
            skip(position, .leftOut("status", "\"\(status)\""))
            return
        }
        try profile(
            position,
            ProfileEntry(
                section: .treatment, label: try medication(element),
                detail: try element.objects("dosageInstruction").first?.string("text")
                    ?? text[.importDosageNotStated],
                start: try element.date("authoredOn")))
    }

    func importFamilyHistory(_ position: Int, _ element: FHIRElement) throws {
        let status = try status(element, ["partial", "completed", "entered-in-error", "health-unknown"])
        if status == "entered-in-error" {
            skip(position, .leftOut("status", "\"\(status)\""))
            return
        }
        guard let relationship = try element.concept("relationship") else {
            throw ImportIssue.missing("relationship")
        }
        let code = relationship.codings.compactMap(\.code).first { Self.relatives[$0] != nil }
        let relative = code.flatMap { Self.relatives[$0] } ?? .other
        guard let condition = try element.objects("condition").first?.concept("code")?.words else {
            throw ImportIssue.missing("condition[0].code")
        }
        try profile(
            position,
            ProfileEntry(
                section: .familyHistory, label: condition, detail: try element.noteText(),
                relative: relative.rawValue))
    }

    /// Only inpatient stays (class IMP, ACUTE, NONAC of HL7 v3 ActCode) are hospitalisations.
    func importEncounter(_ position: Int, _ element: FHIRElement) throws {
        let status = try status(
            element,
            [
                "planned", "arrived", "triaged", "in-progress", "onleave", "finished", "cancelled",
                "entered-in-error",
                "unknown",
            ])
        guard let kind = try element.object("class") else { throw ImportIssue.missing("class") }
        guard ["IMP", "ACUTE", "NONAC"].contains(try kind.string("code") ?? "") else {
            report.notImported["Encounter", default: 0] += 1
            return
        }
        if ["cancelled", "entered-in-error", "planned"].contains(status) {
            skip(position, .leftOut("status", "\"\(status)\""))
            return
        }
        let label =
            try element.concepts("reasonCode").first?.words ?? element.concepts("type").first?.words
            ?? element.reference("serviceProvider")?.display ?? text[.importHospitalStay]
        let period = try element.object("period")
        try profile(
            position,
            ProfileEntry(
                section: .hospitalization, label: label,
                detail: try element.carnetExtension(FHIRVocabulary.detailExtension),
                start: try period?.date("start"),
                end: try period?.date("end")))
    }

    func importRelatedPerson(_ position: Int, _ element: FHIRElement) throws {
        guard let name = try Self.name(element) else { throw ImportIssue.missing("name") }
        try contact(position, name: name, element)
    }

    /// A Patient's `contact`s (the Patient itself is the record's person, read before).
    func importPatientContacts(_ position: Int, _ element: FHIRElement) throws {
        for (index, contact) in try element.objects("contact").enumerated() {
            guard
                let name = try contact.object("name").flatMap({ name in
                    try name.string("text")
                        ?? ([
                            try name.strings("given").joined(separator: " "), try name.string("family") ?? "",
                        ]
                        .joined(separator: " ").trimmingCharacters(in: .whitespaces))
                }), !name.isEmpty
            else { continue }
            try self.contact(position, name: name, contact, part: "contact[\(index)]")
        }
    }

    private func contact(_ position: Int, name: String, _ element: FHIRElement, part: String = "") throws {
        let phone = try element.objects("telecom").first { try $0.string("system") == "phone" }?.string(
            "value")
        let relationships = try element.concepts("relationship")
        let codes = relationships.flatMap { $0.codings.compactMap(\.code) }
        // HL7 v2 table 0131: C emergency contact; anything else is kept as an emergency contact
        // too. carnet's own export names the role (the trusted person has no code there).
        let own = try element.carnetExtension(FHIRVocabulary.contactRoleExtension).flatMap(
            ProfileEntry.ContactRole.init)
        let role: ProfileEntry.ContactRole = own ?? (codes.contains("CP") ? .carer : .emergency)
        let detail = relationships.compactMap(\.text).first
        try profile(
            position,
            ProfileEntry(section: .contact, label: name, detail: detail, contactRole: role, phone: phone),
            part: part)
    }

    private func medication(_ element: FHIRElement) throws -> String {
        if let words = try element.concept("medicationCodeableConcept")?.words { return words }
        if let reference = try element.reference("medicationReference") {
            if let target = scan.resolve(reference.reference), let medication = scan.parties[target],
                let words = try medication.concept("code")?.words
            {
                return words
            }
            if let display = reference.display { return display }
        }
        throw ImportIssue.missing("medication[x]")
    }

    /// AllergyIntolerance and Condition: entered in error or refuted are left out.
    private func cancelled(_ position: Int, _ element: FHIRElement) throws -> Bool {
        let verification = try element.concept("verificationStatus")?.codings.compactMap(\.code) ?? []
        guard let code = verification.first(where: { $0 == "entered-in-error" || $0 == "refuted" }) else {
            return false
        }
        skip(position, .leftOut("verificationStatus", "\"\(code)\""))
        return true
    }

    func profile(_ position: Int, _ entry: ProfileEntry, part: String = "") throws {
        let checked = try entry.checked(birthDate: context.birthDate, now: context.now)
        let outcome = try upsert(
            position, part: part, kind: .profile,
            add: { try writer.addProfileEntry(checked, patient: context.patient) },
            update: { id in
                var changed = checked
                changed.id = id
                try writer.updateProfileEntry(changed, patient: context.patient)
            })
        report.count(.profileEntries, outcome)
    }
}
