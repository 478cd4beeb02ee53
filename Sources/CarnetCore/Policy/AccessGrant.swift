/// What the policy lets one professional do on one record, decided from the consents.
struct AccessGrant {
    let professional: Professional
    /// Whether masked documents are visible: the treating doctor, or an emergency access
    /// with the "reveal masked documents" switch on.
    let seesMasked: Bool
    /// Whether this is an emergency access ("bris de glace"), always recorded as such.
    let emergency: Bool

    /// The rules of the record, in order: a closed record refuses everyone; a blocked
    /// professional or establishment is refused; the treating doctor and the authorised are
    /// let in; anyone else only by breaking the glass, when the patient's switch allows it.
    static func decide(
        rpps: String, patient: Int64, emergency: Bool, _ reader: any RecordReader
    ) throws -> AccessGrant {
        guard let professional = try reader.professional(rpps) else {
            throw ProfessionalAccess.Refusal(.unknownProfessional(rpps: rpps))
        }
        guard let settings = try reader.recordSettings(of: patient) else {
            throw StoreError.unknownPatient(String(patient))
        }
        if settings.closed { throw ProfessionalAccess.Refusal(.recordClosed) }

        let status = try reader.consentStatus(patient: patient, rpps: rpps)
        if status == .blocked { throw ProfessionalAccess.Refusal(.blocked) }
        let establishments = try reader.establishmentConsents(patient: patient, rpps: rpps)
        if let blocked = establishments.first(where: { $0.status == .blocked }) {
            throw ProfessionalAccess.Refusal(.blockedEstablishment(name: blocked.name))
        }

        if settings.treatingDoctorRpps == rpps {
            return AccessGrant(professional: professional, seesMasked: true, emergency: emergency)
        }
        let authorized = status == .authorized || establishments.contains { $0.status == .authorized }
        if authorized {
            return AccessGrant(
                professional: professional, seesMasked: emergency && settings.maskedEmergency,
                emergency: emergency)
        }
        guard emergency else { throw ProfessionalAccess.Refusal(.notAuthorized) }
        let samu = professional.samuRegulation && settings.samuEmergency
        guard samu || settings.anyEmergency else {
            throw ProfessionalAccess.Refusal(.emergencyNotAllowed)
        }
        return AccessGrant(professional: professional, seesMasked: settings.maskedEmergency, emergency: true)
    }

    /// Why this professional may not see a document, or nil when they may.
    func refusal(for document: DocumentSummary) -> AccessDenied? {
        if document.author == .professional(rpps: professional.rpps) { return nil }
        if !Habilitation.allows(professional.profession, document.category) {
            return .category(document.category)
        }
        if document.masked && !seesMasked { return .noDocument(id: document.id) }
        return nil
    }

    /// The document, if it is the patient's and this professional may see it.
    func visibleDocument(_ id: Int64, patient: Int64, _ reader: any RecordReader) throws -> DocumentSummary {
        guard let document = try reader.document(id, of: patient) else {
            throw ProfessionalAccess.Refusal(.noDocument(id: id))
        }
        if let refusal = refusal(for: document) { throw ProfessionalAccess.Refusal(refusal) }
        return document
    }
}
