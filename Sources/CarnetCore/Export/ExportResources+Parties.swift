import Foundation

/// Builds the FHIR R4 resources of one record. Each builder is a pure function of the
/// record's values; `ExportNames` says how resources are named and referred to.
struct ExportResources {
    let names: ExportNames
    let patient: Patient
    /// National numbers with a resource in the export: references to anyone else keep only a name.
    let professionals: Set<String>
    let establishments: Set<String>
    /// Made once: every resource points at the patient, and the history at its actors.
    let patientReference: FHIRJSON
    let deviceReference: FHIRJSON
    private let partyReferences: [String: String]

    init(names: ExportNames, patient: Patient, professionals: Set<String>, establishments: Set<String>) {
        self.names = names
        self.patient = patient
        self.professionals = professionals
        self.establishments = establishments
        patientReference = names.reference("Patient", "patient-\(patient.id)", display: patient.name)
        deviceReference = names.reference("Device", Self.deviceId)
        var references: [String: String] = [:]
        for rpps in professionals {
            references[rpps] = names.referenceText("Practitioner", Self.practitionerId(rpps))
        }
        for finess in establishments {
            references[finess] = names.referenceText("Organization", Self.organizationId(finess))
        }
        partyReferences = references
    }

    var patientId: String { "patient-\(patient.id)" }

    /// A reference to a professional or establishment of the export by national number.
    func partyReference(_ number: String, display: String? = nil) -> FHIRJSON? {
        partyReferences[number].map {
            .members(["reference": .string($0), "display": display.map(FHIRJSON.string)])
        }
    }

    static func practitionerId(_ rpps: String) -> String { "rpps-\(rpps)" }
    static func organizationId(_ finess: String) -> String { "finess-\(finess)" }

    /// A reference to whoever wrote something: the Patient, a Practitioner or an Organization.
    func authorReference(_ author: Author, name: String?) -> FHIRJSON {
        switch author {
        case .patient:
            return patientReference
        case .professional(let rpps) where professionals.contains(rpps):
            return names.reference("Practitioner", Self.practitionerId(rpps), display: name)
        case .establishment(let finess) where establishments.contains(finess):
            return names.reference("Organization", Self.organizationId(finess), display: name)
        default:
            return .members(["display": .string(name ?? "?")])
        }
    }

    /// The Patient: name as the record holds it (one text, not split into given and family
    /// names, which carnet does not know), birth date, INS-NIR, the treating doctor.
    func patientResource(treatingDoctor: String?) -> FHIRJSON {
        let identifier: FHIRJSON? = patient.ins.map { ins in
            .array([
                .members([
                    "use": .string("official"),
                    "type": FHIR.concept([FHIR.coding(FHIRVocabulary.frCoreIdentifierType, "INS-NIR")]),
                    // INS-NIR: urn:oid:1.2.250.1.213.1.4.8 (ANS, FR Core).
                    "system": .string("urn:oid:1.2.250.1.213.1.4.8"), "value": .string(ins),
                ])
            ])
        }
        let doctor: FHIRJSON? = treatingDoctor.flatMap { rpps in
            professionals.contains(rpps)
                ? .array([names.reference("Practitioner", Self.practitionerId(rpps))]) : nil
        }
        return .members([
            "resourceType": .string("Patient"), "id": .string(patientId), "identifier": identifier,
            "name": .array([FHIR.text(patient.name)]),
            // FHIR's administrative gender has female and male among its codes, as carnet's sex.
            "gender": patient.sex.map { .string($0.rawValue) }, "birthDate": .string(patient.birthDate),
            "generalPractitioner": doctor,
        ])
    }

    /// A professional by RPPS, as the ANS directory writes it: an RPPS identifier and the
    /// national professional identifier IDNPS ("8" + RPPS, urn:oid:1.2.250.1.71.4.2.1).
    func practitioner(_ professional: Professional) -> FHIRJSON {
        .members([
            "resourceType": .string("Practitioner"), "id": .string(Self.practitionerId(professional.rpps)),
            "identifier": .array([
                .object([
                    ("type", FHIR.concept([FHIR.coding(FHIRVocabulary.frCoreIdentifierType, "RPPS")])),
                    ("system", .string("https://rpps.esante.gouv.fr")), ("value", .string(professional.rpps)),
                ]),
                .object([
                    ("type", FHIR.concept([FHIR.coding(FHIRVocabulary.frCoreIdentifierType, "IDNPS")])),
                    ("system", .string(FrenchIdentifiers.nationalProfessionalSystem)),
                    ("value", .string("8" + professional.rpps)),
                ]),
            ]),
            "name": .array([FHIR.text(professional.name)]),
        ])
    }

    /// The professional's profession (ANS TRE_G15 code where there is one, and carnet's own
    /// word), specialty, SAMU regulation and establishment: one role per establishment.
    func practitionerRoles(_ professional: Professional, establishments affiliated: [String]) -> [FHIRJSON] {
        let organisations: [String?] = affiliated.isEmpty ? [nil] : affiliated.map { $0 }
        return organisations.map { finess in
            var codings: [FHIRJSON] = []
            if let ans = Self.ansProfession[professional.profession] {
                codings.append(FHIR.coding(FHIRVocabulary.professionANS, ans))
            }
            codings.append(FHIR.coding(FHIRVocabulary.profession, professional.profession.rawValue))
            let id = "role-\(professional.rpps)" + (finess.map { "-\($0)" } ?? "")
            return .members([
                "resourceType": .string("PractitionerRole"), "id": .string(id),
                "extension": professional.samuRegulation
                    ? .array([
                        .object([
                            ("url", .string(FHIRVocabulary.samuRegulation)), ("valueBoolean", .bool(true)),
                        ])
                    ])
                    : nil,
                "identifier": names.identifier(id),
                "practitioner": names.reference("Practitioner", Self.practitionerId(professional.rpps)),
                "organization": finess.map { names.reference("Organization", Self.organizationId($0)) },
                "code": .array([FHIR.concept(codings)]),
                "specialty": professional.specialty.map { .array([FHIR.text($0)]) },
            ])
        }
    }

    /// ANS TRE_G15-ProfessionSante codes, as `FrenchIdentifiers.profession` reads them;
    /// a biologist (physician or pharmacist in France) and "other" have none here.
    static let ansProfession: [Profession: String] = [
        .physician: "10", .pharmacist: "21", .dentist: "40", .midwife: "50", .nurse: "60",
        .physiotherapist: "70",
    ]

    /// An establishment by FINESS, as IdNat_Struct ("1" + FINESS, urn:oid:1.2.250.1.71.4.2.2).
    func organization(_ establishment: Establishment) -> FHIRJSON {
        .members([
            "resourceType": .string("Organization"), "id": .string(Self.organizationId(establishment.finess)),
            "identifier": .array([
                .object([
                    ("type", FHIR.concept([FHIR.coding(FHIRVocabulary.frCoreIdentifierType, "IDNST")])),
                    ("system", .string(FrenchIdentifiers.nationalStructureSystem)),
                    ("value", .string("1" + establishment.finess)),
                ])
            ]),
            "type": .array([
                FHIR.concept([FHIR.coding(FHIRVocabulary.establishmentKind, establishment.kind.rawValue)])
            ]),
            "name": .string(establishment.name),
        ])
    }

    /// carnet itself, the observer of its access history.
    static let deviceId = "carnet"

    func device() -> FHIRJSON {
        .object([
            ("resourceType", .string("Device")), ("id", .string(Self.deviceId)),
            (
                "deviceName",
                .array([.object([("name", .string("carnet")), ("type", .string("user-friendly-name"))])])
            ),
        ])
    }
}
