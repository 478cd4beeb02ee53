import Foundation

/// The checks every store's writer makes in Swift before it writes, so that the SQLite file
/// and a PostgreSQL server refuse the same values with the same words (`StoreError`). What
/// needs the record (is there an own record already, who holds this INS) is asked through
/// the closures, in each store's SQL; the order of the checks, and so which refusal a value
/// with two faults gets, is here once.
public enum WriterChecks {
    /// A new record's name, trimmed, after every check of a new record: a name, a real birth
    /// day not in the future, a well-formed INS, at most 200 characters, a child who is a
    /// minor, no second own record, an INS no other record holds.
    public static func newPatient(
        _ patient: NewPatient, at now: Date, ownRecordExists: () throws -> Bool,
        insHolder: (String) throws -> String?
    ) throws -> String {
        let name = patient.name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty else { throw StoreError.rule(.rulePatientNameEmpty, []) }
        if let problem = RecordDays.checkBirth(patient.birthDate, now: now) {
            throw StoreError.day(problem)
        }
        if let ins = patient.ins, !HealthIdentifier.isINS(ins) {
            throw StoreError.rule(.ruleINSLength, [ins])
        }
        guard name.count <= 200 else { throw StoreError.rule(.recordsNameTooLong, []) }
        if patient.relation == .child, let age = Age(birthDate: patient.birthDate, on: now), !age.isMinor {
            throw StoreError.rule(.recordsChildNotMinor, [name])
        }
        if patient.relation == .own, try ownRecordExists() { throw StoreError.rule(.recordsOwnExists, []) }
        if let ins = patient.ins, let holder = try insHolder(ins) {
            throw StoreError.rule(.recordsINSTaken, [ins, holder])
        }
        return name
    }

    /// A record's new name, trimmed: not empty, at most 200 characters.
    public static func patientName(_ name: String) throws -> String {
        let name = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty else { throw StoreError.rule(.rulePatientNameEmpty, []) }
        guard name.count <= 200 else { throw StoreError.rule(.recordsNameTooLong, []) }
        return name
    }

    /// The consent column an actor's id goes in: `rpps` for a professional the record knows,
    /// `finess` for an establishment; anyone else is refused.
    public static func consentActorColumn(
        _ actorId: String, isProfessional: (String) throws -> Bool, isEstablishment: (String) throws -> Bool
    ) throws -> String {
        if try isProfessional(actorId) { return "rpps" }
        if try isEstablishment(actorId) { return "finess" }
        throw StoreError.rule(.ruleUnknownActor, [actorId])
    }

    /// A copied record's checks: its id, its INS and (for an own record) the own record must
    /// be free in the destination; each closure names the record holding it, if any.
    public static func copiedPatient(
        _ patient: Patient, idHolder: (Int64) throws -> String?, insHolder: (String) throws -> String?,
        ownHolder: () throws -> String?
    ) throws {
        if let holder = try idHolder(patient.id) {
            throw StoreError.rule(.copyPatientTaken, [String(patient.id), holder])
        }
        if let ins = patient.ins, let holder = try insHolder(ins) {
            throw StoreError.rule(.copyINSTaken, [ins, holder])
        }
        if patient.relation == .own, let holder = try ownHolder() {
            throw StoreError.rule(.copyOwnTaken, [holder])
        }
    }

    /// Refuses a batch of copied rows when the destination already uses one of their ids:
    /// `used` gives the ids it holds between the batch's lowest and highest (copied batches
    /// come in id order, so that range is as narrow as the batch).
    public static func refuseUsedIds(
        _ ids: [Int64], phrase: Phrase, used: (_ low: Int64, _ high: Int64) throws -> [Int64]
    ) throws {
        guard let low = ids.min(), let high = ids.max() else { return }
        let wanted = Set(ids)
        if let taken = try used(low, high).first(where: wanted.contains) {
            throw StoreError.rule(phrase, [String(taken)])
        }
    }

    /// A document's title, trimmed: not empty.
    public static func documentTitle(_ title: String) throws -> String {
        let title = title.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !title.isEmpty else { throw StoreError.rule(.ruleTitleEmpty, []) }
        return title
    }

    /// A version's content: at most 5 MB from the patient, 64 MB from anyone else.
    public static func versionContent(_ content: Data, author: Author) throws {
        let limit =
            author == .patient ? DocumentLimits.maximumPatientFileSize : DocumentLimits.maximumFileSize
        guard content.count <= limit else {
            throw StoreError.rule(.ruleFileTooLarge, [String(content.count), String(limit)])
        }
    }

    /// The words a document is searched by: `text` when given (a PDF's, read by a tool),
    /// else the text of its content.
    public static func searchBody(_ text: String?, content: Data, _ mediaType: MediaType) -> String {
        text ?? DocumentText.text(of: content, mediaType) ?? ""
    }

    /// A vaccination's diseases as the record keeps them: a JSON list.
    public static func diseasesJSON(_ vaccination: Vaccination) throws -> String {
        String(decoding: try JSONEncoder().encode(vaccination.diseases), as: UTF8.self)
    }
}
