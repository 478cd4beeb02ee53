import Foundation

/// The medical profile: each section as the R4 resource made for it. A detail R4 has no
/// element for goes in carnet's detail extension.
extension ExportResources {
    static func profileId(_ entry: ProfileEntry) -> String { "profile-\(entry.id)" }

    /// HL7 v3 RoleCode (FHIR R4 v3-FamilyMember) of each relative; "other" is FAMMEMB
    /// (family member), which import reads back as other.
    static let roleCodes: [String: String] = [
        "mother": "MTH", "father": "FTH", "sister": "SIS", "brother": "BRO", "daughter": "DAU", "son": "SON",
        "grandmother": "GRMTH", "grandfather": "GRFTH", "aunt": "AUNT", "uncle": "UNCLE", "cousin": "COUSN",
        "other": "FAMMEMB",
    ]

    func profileResource(_ entry: ProfileEntry) -> FHIRJSON {
        let id = Self.profileId(entry)
        let note: FHIRJSON? = entry.detail.flatMap { $0.isEmpty ? nil : .array([FHIR.text($0)]) }
        switch entry.section {
        case .allergy:
            return .members([
                "resourceType": .string("AllergyIntolerance"), "id": .string(id),
                "identifier": names.identifier(id),
                "clinicalStatus": FHIR.concept([FHIR.coding(FHIRVocabulary.allergyClinical, "active")]),
                "code": FHIR.text(entry.label), "patient": patientReference,
                "reaction": entry.detail.map {
                    .array([.object([("manifestation", .array([FHIR.text($0)]))])])
                },
            ])
        case .illness, .disability:
            var categories = [FHIR.coding(FHIRVocabulary.conditionCategory, "problem-list-item")]
            categories.append(FHIR.coding(FHIRVocabulary.profileSection, entry.section.rawValue))
            return .members([
                "resourceType": .string("Condition"), "id": .string(id), "identifier": names.identifier(id),
                "clinicalStatus": FHIR.concept([
                    FHIR.coding(FHIRVocabulary.conditionClinical, entry.end == nil ? "active" : "resolved")
                ]),
                "category": .array([FHIR.concept(categories)]), "code": FHIR.text(entry.label),
                "subject": patientReference, "onsetDateTime": entry.start.map(FHIR.instant),
                "abatementDateTime": entry.end.map(FHIR.instant), "note": note,
            ])
        case .treatment:
            return .members([
                "resourceType": .string("MedicationStatement"), "id": .string(id),
                "identifier": names.identifier(id),
                "status": .string(entry.end == nil ? "active" : "completed"),
                "medicationCodeableConcept": FHIR.text(entry.label), "subject": patientReference,
                "effectivePeriod": FHIR.period(entry.start, entry.end),
                "dosage": entry.detail.map { .array([FHIR.text($0)]) },
            ])
        case .familyHistory:
            let code = Self.roleCodes[entry.relative ?? "other"] ?? "FAMMEMB"
            return .members([
                "resourceType": .string("FamilyMemberHistory"), "id": .string(id),
                "identifier": names.identifier(id),
                "status": .string("completed"), "patient": patientReference,
                "relationship": FHIR.concept([FHIR.coding(FHIRVocabulary.roleCode, code)]),
                "note": note, "condition": .array([.object([("code", FHIR.text(entry.label))])]),
            ])
        case .hospitalization:
            return .members([
                "resourceType": .string("Encounter"), "id": .string(id),
                "extension": FHIR.detail(entry.detail),
                "identifier": names.identifier(id),
                "status": .string(entry.end == nil ? "in-progress" : "finished"),
                // v3-ActCode IMP: inpatient encounter.
                "class": FHIR.coding(FHIRVocabulary.encounterClass, "IMP", "inpatient encounter"),
                "subject": patientReference, "period": FHIR.period(entry.start, entry.end),
                "reasonCode": .array([FHIR.text(entry.label)]),
            ])
        case .bloodGroup:
            return .members([
                "resourceType": .string("Observation"), "id": .string(id), "identifier": names.identifier(id),
                "status": .string("final"),
                "category": .array([
                    FHIR.concept([FHIR.coding(FHIRVocabulary.observationCategory, "laboratory")])
                ]),
                // LOINC 882-1: ABO and Rh group [Type] in Blood.
                "code": FHIR.concept([FHIR.coding(FHIRVocabulary.loinc, "882-1")]),
                "subject": patientReference,
                "effectiveDateTime": entry.start.map(FHIR.instant),
                "valueCodeableConcept": FHIR.text(entry.label),
                "note": note,
            ])
        case .contact:
            return contact(entry, id: id)
        case .advanceDirective:
            return .members([
                "resourceType": .string("Consent"), "id": .string(id), "extension": FHIR.detail(entry.detail),
                "identifier": names.identifier(id), "status": .string("active"),
                "scope": FHIR.concept([FHIR.coding(FHIRVocabulary.consentScope, "adr")]),
                // LOINC 59284-0: Patient Consent, as the R4 Consent examples categorise.
                "category": .array([
                    FHIR.concept([FHIR.coding(FHIRVocabulary.loinc, "59284-0")], text: "advance directive")
                ]),
                "patient": patientReference, "dateTime": entry.start.map(FHIR.instant),
                "sourceAttachment": .object([("title", .string(entry.label))]),
                // ppc-1 wants a policy or a policy rule: France's law on advance directives.
                "policyRule": FHIR.text(
                    "Code de la santé publique, article L1111-11 (directives anticipées)"),
            ])
        }
    }

    /// A contact: HL7 v2 table 0131 C (emergency contact) or CP (contact person, read back
    /// as a carer); the trusted person (personne de confiance), which has no code there, by
    /// carnet's contact-role extension. The detail ("spouse") is the relationship's text.
    private func contact(_ entry: ProfileEntry, id: String) -> FHIRJSON {
        let role = entry.contactRole ?? .emergency
        let codings: [FHIRJSON] =
            switch role {
            case .emergency: [FHIR.coding(FHIRVocabulary.contactRole, "C", "Emergency Contact")]
            case .carer: [FHIR.coding(FHIRVocabulary.contactRole, "CP", "Contact person")]
            case .trustedPerson: []
            }
        let relationship: FHIRJSON? =
            codings.isEmpty && (entry.detail ?? "").isEmpty
            ? nil : .array([FHIR.concept(codings, text: entry.detail)])
        return .members([
            "resourceType": .string("RelatedPerson"), "id": .string(id),
            "extension": .array([FHIR.extensionCode(FHIRVocabulary.contactRoleExtension, role.rawValue)]),
            "identifier": names.identifier(id), "patient": patientReference, "relationship": relationship,
            "name": .array([FHIR.text(entry.label)]),
            "telecom": entry.phone.map {
                .array([.object([("system", .string("phone")), ("value", .string($0))])])
            },
        ])
    }
}
