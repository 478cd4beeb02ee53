/// The code systems and codes the export writes, each from the FHIR R4 (4.0.1) specification
/// or the terminology it names (https://hl7.org/fhir/R4/terminologies-systems.html), and the
/// few carnet-defined URLs for what R4 has no element for. Import reads the carnet ones back.
enum FHIRVocabulary {
    static let loinc = "http://loinc.org"
    /// Observation.category (https://hl7.org/fhir/R4/codesystem-observation-category.html).
    static let observationCategory = "http://terminology.hl7.org/CodeSystem/observation-category"
    /// Document and consent confidentiality: R, restricted
    /// (https://terminology.hl7.org/CodeSystem-v3-Confidentiality.html).
    static let confidentiality = "http://terminology.hl7.org/CodeSystem/v3-Confidentiality"
    /// Consent.scope: patient-privacy, adr (https://hl7.org/fhir/R4/codesystem-consent-scope.html).
    static let consentScope = "http://terminology.hl7.org/CodeSystem/consentscope"
    /// Consent.policyRule OPTIN / OPTOUT, as the R4 Consent examples write it.
    static let actCode = "http://terminology.hl7.org/CodeSystem/v3-ActCode"
    /// Provision purposes: ETREAT (emergency treatment) and BTG (break the glass).
    static let actReason = "http://terminology.hl7.org/CodeSystem/v3-ActReason"
    /// Consent actor role PRCP (primary information recipient).
    static let participationType = "http://terminology.hl7.org/CodeSystem/v3-ParticipationType"
    /// Condition.category problem-list-item.
    static let conditionCategory = "http://terminology.hl7.org/CodeSystem/condition-category"
    static let conditionClinical = "http://terminology.hl7.org/CodeSystem/condition-clinical"
    static let allergyClinical = "http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical"
    /// Encounter.class IMP (inpatient encounter).
    static let encounterClass = "http://terminology.hl7.org/CodeSystem/v3-ActCode"
    /// FamilyMemberHistory.relationship (HL7 v3 RoleCode).
    static let roleCode = "http://terminology.hl7.org/CodeSystem/v3-RoleCode"
    /// RelatedPerson.relationship: HL7 v2 table 0131, C emergency contact, CP contact person.
    static let contactRole = "http://terminology.hl7.org/CodeSystem/v2-0131"
    /// AuditEvent.type 110110 Patient Record (DICOM), as the R4 AuditEvent examples write it.
    static let dicom = "http://dicom.nema.org/resources/ontology/DCM"
    /// AuditEvent.subtype: the FHIR restful interactions.
    static let restfulInteraction = "http://hl7.org/fhir/restful-interaction"
    /// The ANS profession codes (TRE_G15-ProfessionSante), as FrenchIdentifiers reads them.
    static let professionANS =
        "https://mos.esante.gouv.fr/NOS/TRE_G15-ProfessionSante/FHIR/TRE-G15-ProfessionSante"
    /// Identifier types of the ANS FR Core guide (RPPS, INS-NIR, FINEG).
    static let frCoreIdentifierType = "https://hl7.fr/ig/fhir/core/CodeSystem/fr-core-cs-v2-0203"

    // carnet's own URLs: no published code or element says these things.
    static let carnetSecurity = ImportSession.maskedLabel.system
    static let vaccinationKind = "urn:carnet:fhir:vaccination-kind"
    static let vaccinationRequirement = "urn:carnet:fhir:vaccination-requirement"
    static let contactRoleExtension = "urn:carnet:fhir:contact-role"
    static let detailExtension = "urn:carnet:fhir:detail"
    static let samuRegulation = "urn:carnet:fhir:samu-regulation"
    static let profession = "urn:carnet:fhir:profession"
    static let establishmentKind = "urn:carnet:fhir:establishment-kind"
    static let profileSection = "urn:carnet:fhir:profile-section"
}
