/// The DMP category of an imported document, from its LOINC document type.
///
/// No published table from LOINC document types to the twelve categories of Mon Espace
/// Santé was found (the ANS JDV value sets list the types, not these categories). So only
/// the types whose ANS label (TRE_A04-Loinc, mos.esante.gouv.fr/NOS/TRE_A04-Loinc) names the
/// category outright are mapped; every other type goes to AUTR_DOC (other).
enum DocumentTypeCategory {
    static let byLOINC: [String: DocumentCategory] = [
        "11502-2": .labResults,  // CR d'examens biologiques
        "11528-7": .imaging,  // CR d'imagerie médicale
        "18748-4": .imaging,  // CR d'imagerie médicale
        "29551-9": .prescriptions,  // Prescription de médicaments
        "57833-6": .prescriptions,  // Prescription de produits de santé
        "11488-4": .reports,  // CR ou fiche de consultation ou de visite
        "11490-0": .reports,  // Lettre de liaison à la sortie d'un établissement de soins
        "11493-4": .reports,  // CR hospitalier (séjour)
        "15507-7": .reports,  // CR de passage aux urgences
        "11505-5": .reports,  // CR d'acte thérapeutique (autre)
        "11526-1": .reports,  // CR d'anatomie et de cytologie pathologiques
        "15508-5": .reports,  // CR d'accouchement
        "10213-7": .reports,  // CR d'anesthésie
        "27899-4": .reports,  // CR d'acte diagnostique (autre)
        "24611-6": .reports,  // CR de télé-médecine (télé-consultation)
    ]

    /// DiagnosticReport.category, HL7 v2 table 0074 (diagnostic service sections, FHIR R4
    /// valueset-diagnostic-service-sections): laboratory sections to BIOLOGIE, imaging
    /// sections to RADIO_SC.
    static let bySection: [String: DocumentCategory] = [
        "LAB": .labResults, "BG": .labResults, "BLB": .labResults, "CH": .labResults, "CP": .labResults,
        "CUS": .labResults, "HM": .labResults, "HLA": .labResults, "IMM": .labResults, "MB": .labResults,
        "MCB": .labResults, "MYC": .labResults, "SP": .labResults, "SR": .labResults, "TX": .labResults,
        "VR": .labResults, "CG": .labResults,
        "RAD": .imaging, "CT": .imaging, "MR": .imaging, "NMR": .imaging, "NMS": .imaging, "RUS": .imaging,
        "RX": .imaging, "US": .imaging, "VUS": .imaging, "XRC": .imaging,
    ]

    /// The category of a DocumentReference: its `type` in the table, else a `category`
    /// coding that is itself a DMP code, else AUTR_DOC.
    static func category(type: CodeableConcept?, categories: [CodeableConcept]) -> DocumentCategory {
        if let code = type?.code(in: CodeableConcept.loinc), let found = byLOINC[code] { return found }
        for concept in categories {
            for coding in concept.codings {
                if let code = coding.code, let found = byLOINC[code] ?? DocumentCategory(rawValue: code) {
                    return found
                }
            }
        }
        return .other
    }
}
