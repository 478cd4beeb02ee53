/// The French national identifiers carnet reads in a file, as the ANS FR Core guide types
/// them (https://hl7.fr/ig/fhir/core/CodeSystem/fr-core-cs-v2-0203: RPPS, IDNPS, INS-NIR,
/// INS-NIA, FINEG, FINEJ, IDNST) and the OIDs of their systems.
enum FrenchIdentifiers {
    /// INS-NIR, the definitive national health identifier (and its test and demo systems).
    static let insSystems: Set<String> = [
        "urn:oid:1.2.250.1.213.1.4.8", "urn:oid:1.2.250.1.213.1.4.10", "urn:oid:1.2.250.1.213.1.4.11",
    ]
    /// IdNat_PS, the national professional identifier: "8" followed by the RPPS number.
    static let nationalProfessionalSystem = "urn:oid:1.2.250.1.71.4.2.1"
    /// IdNat_Struct, the national structure identifier: "1" followed by the FINESS number.
    static let nationalStructureSystem = "urn:oid:1.2.250.1.71.4.2.2"
    static let typeSystems: Set<String> = [
        "https://hl7.fr/ig/fhir/core/CodeSystem/fr-core-cs-v2-0203",
        "http://interopsante.org/fhir/CodeSystem/fr-v2-0203",
        "http://terminology.hl7.org/CodeSystem/v2-0203",
    ]

    /// The patient's INS: 15 characters (13 of the NIR, a 2-digit key).
    static func ins(_ identifiers: [FHIRElement]) throws -> String? {
        for identifier in identifiers {
            let system = try identifier.string("system", limit: 500)
            let type = try identifier.concept("type")?.codings.compactMap(\.code) ?? []
            guard insSystems.contains(system ?? "") || type.contains("INS-NIR") || type.contains("NNFRA") else {
                continue
            }
            if let value = try identifier.string("value", limit: 64)?.replacingOccurrences(of: " ", with: "") {
                return value
            }
        }
        return nil
    }

    /// The RPPS number (11 digits) of a practitioner: typed RPPS, or an IDNPS "8" + RPPS.
    static func rpps(_ identifiers: [FHIRElement]) throws -> String? {
        for identifier in identifiers {
            guard let value = try identifier.string("value", limit: 64) else { continue }
            let system = try identifier.string("system", limit: 500)
            let types = try identifier.concept("type")?.codings.compactMap(\.code) ?? []
            if types.contains("RPPS"), isDigits(value, 11) { return value }
            if types.contains("IDNPS") || system == nationalProfessionalSystem,
                value.count == 12, value.hasPrefix("8"), isDigits(String(value.dropFirst()), 11)
            {
                return String(value.dropFirst())
            }
        }
        return nil
    }

    /// The FINESS number (9 characters) of an organisation: typed FINEG/FINEJ, or an IdNat_Struct "1" + FINESS.
    static func finess(_ identifiers: [FHIRElement]) throws -> String? {
        for identifier in identifiers {
            guard let value = try identifier.string("value", limit: 64) else { continue }
            let system = try identifier.string("system", limit: 500)
            let types = try identifier.concept("type")?.codings.compactMap(\.code) ?? []
            if types.contains("FINEG") || types.contains("FINEJ"), isFiness(value) { return value }
            if types.contains("IDNST") || system == nationalStructureSystem {
                if value.count == 10, value.hasPrefix("1"), isFiness(String(value.dropFirst())) {
                    return String(value.dropFirst())
                }
                if isFiness(value) { return value }
            }
        }
        return nil
    }

    private static func isDigits(_ text: String, _ count: Int) -> Bool {
        text.count == count && text.allSatisfy { $0.isASCII && $0.isNumber }
    }

    private static func isFiness(_ text: String) -> Bool {
        text.count == 9 && text.allSatisfy { $0.isASCII && ($0.isNumber || $0 == "A" || $0 == "B") }
    }

    /// Professions by the ANS code of TRE_G15-ProfessionSante carried by a PractitionerRole
    /// (10 médecin, 21 pharmacien, 40 chirurgien-dentiste, 50 sage-femme, 60 infirmier,
    /// 70 masseur-kinésithérapeute); any other is "other".
    static func profession(_ codes: [String]) -> Profession {
        for code in codes {
            switch code {
            case "10": return .physician
            case "21": return .pharmacist
            case "40": return .dentist
            case "50": return .midwife
            case "60": return .nurse
            case "70": return .physiotherapist
            default: continue
            }
        }
        return .other
    }
}
