import Foundation

/// Who may access the record, as one patient-privacy Consent, and the access history as
/// AuditEvents.
extension ExportResources {
    struct ConsentEntry {
        var actor: String
        var status: ConsentStatus
    }

    static let privacyConsentId = "privacy"

    /// The consent settings: the root provision permits (the DMP's rules) or, for a closed
    /// record, denies with no actor; each authorisation or block is a nested permit or deny
    /// with its actor (role PRCP, recipient); the emergency switches are provisions for the
    /// purposes ETREAT (SAMU regulation) and BTG (break the glass), the switch that reveals
    /// masked documents a BTG provision for restricted (R) data.
    func privacyConsent(_ settings: RecordSettings, consents: [ConsentEntry]) -> FHIRJSON {
        func permit(_ on: Bool) -> FHIRJSON { .string(on ? "permit" : "deny") }
        func purpose(_ code: String) -> FHIRJSON { .array([FHIR.coding(FHIRVocabulary.actReason, code)]) }
        var provisions: [FHIRJSON] = consents.compactMap { consent in
            guard consent.status != .none, let reference = partyReference(consent.actor) else { return nil }
            return .object([
                ("type", permit(consent.status == .authorized)),
                (
                    "actor",
                    .array([
                        .object([
                            ("role", FHIR.concept([FHIR.coding(FHIRVocabulary.participationType, "PRCP")])),
                            ("reference", reference),
                        ])
                    ])
                ),
            ])
        }
        provisions.append(
            .object([("type", permit(settings.samuEmergency)), ("purpose", purpose("ETREAT"))]))
        provisions.append(.object([("type", permit(settings.anyEmergency)), ("purpose", purpose("BTG"))]))
        provisions.append(
            .object([
                ("type", permit(settings.maskedEmergency)),
                ("securityLabel", .array([FHIR.coding(FHIRVocabulary.confidentiality, "R")])),
                ("purpose", purpose("BTG")),
            ]))
        let id = Self.privacyConsentId
        return .object([
            ("resourceType", .string("Consent")), ("id", .string(id)), ("identifier", names.identifier(id)),
            ("status", .string("active")),
            ("scope", FHIR.concept([FHIR.coding(FHIRVocabulary.consentScope, "patient-privacy")])),
            ("category", .array([FHIR.concept([FHIR.coding(FHIRVocabulary.loinc, "59284-0")])])),
            ("patient", patientReference),
            (
                "policyRule",
                FHIR.concept([FHIR.coding(FHIRVocabulary.actCode, settings.closed ? "OPTOUT" : "OPTIN")])
            ),
            ("provision", .object([("type", permit(!settings.closed)), ("provision", .array(provisions))])),
        ])
    }

    /// carnet's own system for its access actions, kept whole in `subtype`.
    static let accessActionSystem = "urn:carnet:fhir:access-action"

    /// An access event. `action` is R4's audit-event-action (C create, R read, U update,
    /// D delete, E execute); `outcome` 0 done, 4 denied (minor failure); an emergency
    /// access is the purpose BTG.
    func auditEvent(_ event: AccessEvent) -> FHIRJSON {
        let who: FHIRJSON =
            switch event.actorType {
            case .patient: patientReference
            case .professional, .establishment:
                partyReference(event.actorId, display: event.actorName)
                    ?? .object([
                        ("identifier", .object([("value", .string(event.actorId))])),
                        ("display", .string(event.actorName)),
                    ])
            case .system: .object([("display", .string(event.actorName))])
            }
        var members: [(String, FHIRJSON)] = [
            ("resourceType", .string("AuditEvent")), ("id", .string("event-\(event.id)")),
            ("type", FHIR.coding(FHIRVocabulary.dicom, "110110", "Patient Record")),
            ("subtype", .array([FHIR.coding(Self.accessActionSystem, event.action.rawValue)])),
            ("action", .string(Self.auditAction(event.action))), ("recorded", FHIR.instant(event.at)),
            ("outcome", .string(event.outcome == .done ? "0" : "4")),
        ]
        // The record keeps a refusal's reason as a code: the file says it in words.
        if let reason = event.reason, !reason.isEmpty {
            members.append(("outcomeDesc", .string(AccessDenied.words(forStored: reason, Catalog(.en)))))
        }
        if event.emergency {
            members.append(
                ("purposeOfEvent", .array([FHIR.concept([FHIR.coding(FHIRVocabulary.actReason, "BTG")])])))
        }
        members.append(
            (
                "agent",
                .array([
                    .object([("who", who), ("name", .string(event.actorName)), ("requestor", .bool(true))])
                ])
            ))
        members.append(("source", .object([("observer", deviceReference)])))
        var entity: [(String, FHIRJSON)] = [("what", patientReference)]
        if !event.target.isEmpty { entity.append(("description", .string(event.target))) }
        members.append(("entity", .array([.object(entity)])))
        return .object(members)
    }

    static func auditAction(_ action: AccessAction) -> String {
        switch action {
        case .read, .list, .export: "R"
        case .add, .import: "C"
        case .delete: "D"
        default: "U"
        }
    }
}
