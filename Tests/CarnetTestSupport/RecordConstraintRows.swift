/// The rows a record's schema must refuse, whatever the engine: each CHECK and rule of the
/// SQLite schema, and the same in PostgreSQL's. The SQL differs only in how a dialect writes
/// bytes and an event's hash, so one list serves `ConstraintTests` and
/// `PostgresConstraintTests`.
///
/// They assume a record with patient 1 and its settings, the physician 10000000001, the
/// hospital 990000010, and `collisionRows` (the rows the bad ones collide with).
public struct RecordConstraintRows: Sendable {
    /// A blob from hexadecimal digits.
    let blob: @Sendable (String) -> String
    /// A blob of that many zero bytes.
    let zeroBlob: @Sendable (Int) -> String
    /// The access event's hash: SQLite's column is optional (it came with v2), PostgreSQL's is not.
    let eventHash: String?

    public static let sqlite = RecordConstraintRows(
        blob: { "x'\($0)'" }, zeroBlob: { "zeroblob(\($0))" }, eventHash: nil)
    public static let postgres = RecordConstraintRows(
        blob: { "'\\x\($0)'::bytea" }, zeroBlob: { "decode(repeat('00', \($0)), 'hex')" },
        eventHash: "decode(repeat('ab', 32), 'hex')")

    public static let goodDocument =
        "INSERT INTO document(patientId, category, title, authorKind, actDate, depositedAt) VALUES (1, 'BIOLOGIE', 'Bilan', 'patient', 0, 0)"
    public static let goodMeasurement =
        "INSERT INTO measurement(patientId, code, value, unit, at, source) VALUES (1, '29463-7', 72.5, 'kg', 0, 'patient')"

    private var hashColumn: String { eventHash == nil ? "" : ", hash" }
    private var hashValue: String { eventHash.map { ", " + $0 } ?? "" }

    /// Good rows the bad ones collide with (a pharmacist, a document and its version, a blood
    /// group, an event, a reading).
    public var collisionRows: [String] {
        [
            "INSERT INTO professional(rpps, name, profession) VALUES ('10000000002', 'Pharma', 'pharmacist')",
            Self.goodDocument,
            "INSERT INTO documentVersion(documentId, version, authorKind, createdAt, mediaType, size, content) VALUES (1, 1, 'patient', 0, 'text/plain', 1, \(blob("41")))",
            "INSERT INTO profileEntry(patientId, section, label) VALUES (1, 'bloodGroup', 'A+')",
            "INSERT INTO accessEvent(patientId, at, actorType, actorId, actorName, action, outcome\(hashColumn)) VALUES (1, 0, 'patient', '1', 'X', 'read', 'done'\(hashValue))",
            Self.goodMeasurement,
        ]
    }

    /// (what is wrong, statements separated by "; " of which the last must fail)
    public var badRows: [(String, String)] {
        var rows: [(String, String)] = [
            (
                "empty patient name",
                "INSERT INTO patient(name, birthDate, createdAt) VALUES ('  ', '1990-01-01', 0)"
            ),
            (
                "impossible birth date",
                "INSERT INTO patient(name, birthDate, createdAt) VALUES ('A', '1990-02-30', 0)"
            ),
            (
                "birth date not ISO",
                "INSERT INTO patient(name, birthDate, createdAt) VALUES ('A', '01/02/1990', 0)"
            ),
            (
                "short INS",
                "INSERT INTO patient(name, birthDate, ins, createdAt) VALUES ('A', '1990-01-01', '123', 0)"
            ),
            (
                "second own record",
                "INSERT INTO patient(name, birthDate, createdAt, relation) VALUES ('A', '1990-01-01', 0, 'self'); INSERT INTO patient(name, birthDate, createdAt, relation) VALUES ('B', '1990-01-01', 0, 'self')"
            ),
            (
                "unknown relation",
                "INSERT INTO patient(name, birthDate, createdAt, relation) VALUES ('A', '1990-01-01', 0, 'cousin')"
            ),
            (
                "unknown sex",
                "INSERT INTO patient(name, birthDate, createdAt, sex) VALUES ('A', '1990-01-01', 0, 'x')"
            ),
            (
                "RPPS with letters",
                "INSERT INTO professional(rpps, name, profession) VALUES ('1000000000X', 'A', 'nurse')"
            ),
            (
                "RPPS too short",
                "INSERT INTO professional(rpps, name, profession) VALUES ('100', 'A', 'nurse')"
            ),
            (
                "unknown profession",
                "INSERT INTO professional(rpps, name, profession) VALUES ('10000000099', 'A', 'wizard')"
            ),
            (
                "SAMU flag not boolean",
                "INSERT INTO professional(rpps, name, profession, samuRegulation) VALUES ('10000000099', 'A', 'physician', 2)"
            ),
            (
                "affiliation to an unknown establishment",
                "INSERT INTO affiliation(rpps, finess) VALUES ('10000000001', '990000099')"
            ),
            (
                "empty professional name",
                "INSERT INTO professional(rpps, name, profession) VALUES ('10000000099', '', 'nurse')"
            ),
            (
                "FINESS too long",
                "INSERT INTO establishment(finess, name, kind) VALUES ('9900000100', 'A', 'hospital')"
            ),
            (
                "unknown establishment kind",
                "INSERT INTO establishment(finess, name, kind) VALUES ('990000099', 'A', 'spa')"
            ),
            (
                "unknown consent status",
                "INSERT INTO consent(patientId, rpps, status, changedAt) VALUES (1, '10000000001', 'maybe', 0)"
            ),
            (
                "consent for nobody",
                "INSERT INTO consent(patientId, status, changedAt) VALUES (1, 'authorized', 0)"
            ),
            (
                "consent for two actors",
                "INSERT INTO consent(patientId, rpps, finess, status, changedAt) VALUES (1, '10000000001', '990000010', 'authorized', 0)"
            ),
            (
                "consent for an unknown professional",
                "INSERT INTO consent(patientId, rpps, status, changedAt) VALUES (1, '10000000077', 'authorized', 0)"
            ),
            ("emergency switch not boolean", "UPDATE recordSettings SET samuEmergency = 2"),
            ("any-emergency switch not boolean", "UPDATE recordSettings SET anyEmergency = -1"),
            ("masked-emergency switch not boolean", "UPDATE recordSettings SET maskedEmergency = 'yes'"),
            (
                "treating doctor not a physician",
                "UPDATE recordSettings SET treatingDoctorRpps = '10000000002'"
            ),
            (
                "unknown category",
                "INSERT INTO document(patientId, category, title, authorKind, actDate, depositedAt) VALUES (1, 'RECIPES', 'T', 'patient', 0, 0)"
            ),
            (
                "empty title",
                "INSERT INTO document(patientId, category, title, authorKind, actDate, depositedAt) VALUES (1, 'BIOLOGIE', ' ', 'patient', 0, 0)"
            ),
            (
                "unknown author kind",
                "INSERT INTO document(patientId, category, title, authorKind, actDate, depositedAt) VALUES (1, 'BIOLOGIE', 'T', 'robot', 0, 0)"
            ),
            (
                "professional author without RPPS",
                "INSERT INTO document(patientId, category, title, authorKind, actDate, depositedAt) VALUES (1, 'BIOLOGIE', 'T', 'professional', 0, 0)"
            ),
            (
                "patient author with RPPS",
                "INSERT INTO document(patientId, category, title, authorKind, authorRpps, actDate, depositedAt) VALUES (1, 'BIOLOGIE', 'T', 'patient', '10000000001', 0, 0)"
            ),
            (
                "empty author name",
                "INSERT INTO document(patientId, category, title, authorKind, actDate, depositedAt, authorName) VALUES (1, 'BIOLOGIE', 'T', 'patient', 0, 0, ' ')"
            ),
            (
                "masked not boolean",
                "INSERT INTO document(patientId, category, title, authorKind, actDate, depositedAt, masked) VALUES (1, 'BIOLOGIE', 'T', 'patient', 0, 0, 5)"
            ),
            (
                "hidden from representatives not boolean",
                "INSERT INTO document(patientId, category, title, authorKind, actDate, depositedAt, hiddenFromLegalRepresentatives) VALUES (1, 'BIOLOGIE', 'T', 'patient', 0, 0, 5)"
            ),
            (
                "document of no patient",
                "INSERT INTO document(patientId, category, title, authorKind, actDate, depositedAt) VALUES (42, 'BIOLOGIE', 'T', 'patient', 0, 0)"
            ),
            (
                "version 0",
                "INSERT INTO documentVersion(documentId, version, authorKind, createdAt, mediaType, size, content) VALUES (1, 0, 'patient', 0, 'text/plain', 1, \(blob("41")))"
            ),
            (
                "duplicate version",
                "INSERT INTO documentVersion(documentId, version, authorKind, createdAt, mediaType, size, content) VALUES (1, 1, 'patient', 0, 'text/plain', 1, \(blob("41")))"
            ),
            (
                "unknown media type",
                "INSERT INTO documentVersion(documentId, version, authorKind, createdAt, mediaType, size, content) VALUES (1, 2, 'patient', 0, 'application/x-msdownload', 1, \(blob("41")))"
            ),
            (
                "size that lies",
                "INSERT INTO documentVersion(documentId, version, authorKind, createdAt, mediaType, size, content) VALUES (1, 2, 'patient', 0, 'text/plain', 3, \(blob("41")))"
            ),
            (
                "patient file over 5 MB",
                "INSERT INTO documentVersion(documentId, version, authorKind, createdAt, mediaType, size, content) VALUES (1, 2, 'patient', 0, 'text/plain', 5242881, \(zeroBlob(5_242_881)))"
            ),
            (
                "unknown vaccination kind",
                "INSERT INTO vaccination(patientId, administeredAt, vaccine, diseases, kind, requirement, enteredBy) VALUES (1, 0, 'V', '[\"tetanus\"]', 'third', 'mandatory', 'patient')"
            ),
            (
                "diseases not a list",
                "INSERT INTO vaccination(patientId, administeredAt, vaccine, diseases, kind, requirement, enteredBy) VALUES (1, 0, 'V', 'tetanus', 'booster', 'mandatory', 'patient')"
            ),
            (
                "no disease",
                "INSERT INTO vaccination(patientId, administeredAt, vaccine, diseases, kind, requirement, enteredBy) VALUES (1, 0, 'V', '[]', 'booster', 'mandatory', 'patient')"
            ),
            (
                "unknown requirement",
                "INSERT INTO vaccination(patientId, administeredAt, vaccine, diseases, kind, requirement, enteredBy) VALUES (1, 0, 'V', '[\"tetanus\"]', 'booster', 'optional', 'patient')"
            ),
            (
                "unknown entered-by",
                "INSERT INTO vaccination(patientId, administeredAt, vaccine, diseases, kind, requirement, enteredBy) VALUES (1, 0, 'V', '[\"tetanus\"]', 'booster', 'mandatory', 'cat')"
            ),
            (
                "empty vaccine",
                "INSERT INTO vaccination(patientId, administeredAt, vaccine, diseases, kind, requirement, enteredBy) VALUES (1, 0, '', '[\"tetanus\"]', 'booster', 'mandatory', 'patient')"
            ),
            (
                "negative weight",
                "INSERT INTO measurement(patientId, code, value, unit, at, source) VALUES (1, '29463-7', -1, 'kg', 0, 'patient')"
            ),
            (
                "weight in pounds",
                "INSERT INTO measurement(patientId, code, value, unit, at, source) VALUES (1, '29463-7', 150, '[lb_av]', 0, 'patient')"
            ),
            (
                "pain of 11",
                "INSERT INTO measurement(patientId, code, value, unit, at, source) VALUES (1, '72514-3', 11, '{score}', 0, 'patient')"
            ),
            (
                "temperature of 50",
                "INSERT INTO measurement(patientId, code, value, unit, at, source) VALUES (1, '8310-5', 50, 'Cel', 0, 'patient')"
            ),
            (
                "glucose in mmol/L stored raw",
                "INSERT INTO measurement(patientId, code, value, unit, at, source) VALUES (1, '2345-7', 6, 'mmol/L', 0, 'patient')"
            ),
            (
                "HbA1c of 0",
                "INSERT INTO measurement(patientId, code, value, unit, at, source) VALUES (1, '4548-4', 0, '%', 0, 'patient')"
            ),
            (
                "negative steps",
                "INSERT INTO measurement(patientId, code, value, unit, at, source) VALUES (1, '41950-7', -5, '/d', 0, 'patient')"
            ),
            (
                "oxygen saturation over 100",
                "INSERT INTO measurement(patientId, code, value, unit, at, source) VALUES (1, '59408-5', 101, '%', 0, 'device')"
            ),
            (
                "unknown LOINC code",
                "INSERT INTO measurement(patientId, code, value, unit, at, source) VALUES (1, '1234-5', 1, 'kg', 0, 'patient')"
            ),
            (
                "unknown measurement source",
                "INSERT INTO measurement(patientId, code, value, unit, at, source) VALUES (1, '29463-7', 70, 'kg', 0, 'rumour')"
            ),
            (
                "unknown profile section",
                "INSERT INTO profileEntry(patientId, section, label) VALUES (1, 'hobbies', 'Chess')"
            ),
            (
                "family history without relative",
                "INSERT INTO profileEntry(patientId, section, label) VALUES (1, 'familyHistory', 'Asthma')"
            ),
            (
                "relative outside family history",
                "INSERT INTO profileEntry(patientId, section, label, relative) VALUES (1, 'allergy', 'Asthma', 'mother')"
            ),
            (
                "contact without role",
                "INSERT INTO profileEntry(patientId, section, label) VALUES (1, 'contact', 'Alex')"
            ),
            (
                "unknown contact role",
                "INSERT INTO profileEntry(patientId, section, label, contactRole) VALUES (1, 'contact', 'Alex', 'butler')"
            ),
            (
                "impossible blood group",
                "INSERT INTO profileEntry(patientId, section, label) VALUES (1, 'bloodGroup', 'C+')"
            ),
            (
                "second blood group",
                "INSERT INTO profileEntry(patientId, section, label) VALUES (1, 'bloodGroup', 'B-')"
            ),
            (
                "ends before it starts",
                "INSERT INTO profileEntry(patientId, section, label, startAt, endAt) VALUES (1, 'illness', 'Flu', 100, 50)"
            ),
            (
                "import source of unknown kind",
                "INSERT INTO importSource(patientId, sourceKey, kind, itemId, version) VALUES (1, 'urn:x', 'recipe', 1, '1')"
            ),
            (
                "unknown actor type",
                "INSERT INTO accessEvent(patientId, at, actorType, actorId, actorName, action, outcome\(hashColumn)) VALUES (1, 0, 'alien', 'x', 'X', 'read', 'done'\(hashValue))"
            ),
            (
                "unknown action",
                "INSERT INTO accessEvent(patientId, at, actorType, actorId, actorName, action, outcome\(hashColumn)) VALUES (1, 0, 'patient', '1', 'X', 'dance', 'done'\(hashValue))"
            ),
            (
                "unknown outcome",
                "INSERT INTO accessEvent(patientId, at, actorType, actorId, actorName, action, outcome\(hashColumn)) VALUES (1, 0, 'patient', '1', 'X', 'read', 'maybe'\(hashValue))"
            ),
            (
                "emergency not boolean",
                "INSERT INTO accessEvent(patientId, at, actorType, actorId, actorName, action, outcome, emergency\(hashColumn)) VALUES (1, 0, 'patient', '1', 'X', 'read', 'done', 3\(hashValue))"
            ),
            (
                "unknown notification kind",
                "INSERT INTO notification(patientId, eventId, kind, createdAt) VALUES (1, 1, 'gossip', 0)"
            ),
            (
                "notification of no event",
                "INSERT INTO notification(patientId, eventId, kind, createdAt) VALUES (1, 99, 'read', 0)"
            ),
            (
                "silencing emergencies",
                "INSERT INTO notificationPreference(patientId, kind, enabled) VALUES (1, 'emergency', 0)"
            ),
            (
                "preference not boolean",
                "INSERT INTO notificationPreference(patientId, kind, enabled) VALUES (1, 'read', 7)"
            ),
        ]
        if eventHash != nil {
            rows.append(
                (
                    "event without its hash",
                    "INSERT INTO accessEvent(patientId, at, actorType, actorId, actorName, action, outcome) VALUES (1, 0, 'patient', '1', 'X', 'read', 'done')"
                ))
        }
        return rows
    }
}
