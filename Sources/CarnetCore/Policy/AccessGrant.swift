import GRDB

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
    static func decide(rpps: String, patient: Int64, emergency: Bool, _ db: Database) throws -> AccessGrant {
        guard
            let row = try Row.fetchOne(
                db, sql: "SELECT * FROM professional WHERE rpps = ?", arguments: [rpps])
        else { throw ProfessionalAccess.Refusal(.unknownProfessional(rpps: rpps)) }
        let professional = Professional(
            rpps: row["rpps"], name: row["name"],
            profession: Profession(rawValue: row["profession"]) ?? .other,
            specialty: row["specialty"], samuRegulation: row["samuRegulation"])
        guard
            let settings = try Row.fetchOne(
                db, sql: "SELECT * FROM recordSettings WHERE patientId = ?", arguments: [patient])
        else { throw StoreError.unknownPatient(String(patient)) }
        if settings["closedAt"] as Int64? != nil { throw ProfessionalAccess.Refusal(.recordClosed) }

        let status = try String.fetchOne(
            db, sql: "SELECT status FROM consent WHERE patientId = ? AND rpps = ?",
            arguments: [patient, rpps])
        if status == ConsentStatus.blocked.rawValue { throw ProfessionalAccess.Refusal(.blocked) }
        let establishments = try Row.fetchAll(
            db,
            sql: """
                SELECT e.name, c.status FROM affiliation a
                JOIN establishment e ON e.finess = a.finess
                LEFT JOIN consent c ON c.patientId = ? AND c.finess = a.finess
                WHERE a.rpps = ? ORDER BY e.name
                """,
            arguments: [patient, rpps])
        if let blocked = establishments.first(where: { $0["status"] == ConsentStatus.blocked.rawValue }) {
            throw ProfessionalAccess.Refusal(.blockedEstablishment(name: blocked["name"]))
        }

        let maskedSwitch: Bool = settings["maskedEmergency"]
        // Optional: a record may have no treating doctor (NULL), which a String read would trap on.
        if (settings["treatingDoctorRpps"] as String?) == rpps {
            return AccessGrant(professional: professional, seesMasked: true, emergency: emergency)
        }
        let authorized =
            status == ConsentStatus.authorized.rawValue
            || establishments.contains { $0["status"] == ConsentStatus.authorized.rawValue }
        if authorized {
            return AccessGrant(
                professional: professional, seesMasked: emergency && maskedSwitch, emergency: emergency)
        }
        guard emergency else { throw ProfessionalAccess.Refusal(.notAuthorized) }
        let samu = professional.samuRegulation && settings["samuEmergency"] as Bool
        guard samu || settings["anyEmergency"] as Bool else {
            throw ProfessionalAccess.Refusal(.emergencyNotAllowed)
        }
        return AccessGrant(professional: professional, seesMasked: maskedSwitch, emergency: true)
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
    func visibleDocument(_ id: Int64, patient: Int64, _ db: Database) throws -> DocumentSummary {
        guard
            let row = try Row.fetchOne(
                db, sql: Store.documentSelect + " WHERE d.patientId = ? AND d.id = ?",
                arguments: [patient, id])
        else { throw ProfessionalAccess.Refusal(.noDocument(id: id)) }
        let document = Store.documentSummary(row)
        if let refusal = refusal(for: document) { throw ProfessionalAccess.Refusal(refusal) }
        return document
    }
}
