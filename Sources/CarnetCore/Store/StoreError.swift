/// Errors of the record store, worded for the person at the keyboard.
public enum StoreError: Error, Equatable, CustomStringConvertible {
    /// No database at this path.
    case noRecord(path: String)
    /// `init` or a write of the demo found a database already there.
    case recordExists(path: String)
    /// The file is not a carnet record (another SQLite file, or not SQLite at all).
    case notARecord(path: String)
    /// The record was written by a newer carnet.
    case newerSchema(path: String)
    /// Opened read-only, the record needs an update that only a normal open writes.
    case needsUpdate(path: String)
    /// The database holds no patient.
    case noPatient
    /// `--patient` named nobody in this record.
    case unknownPatient(String)
    /// A value was refused before reaching the database.
    case invalid(String)
    /// The database refused a write: a constraint or a rule of the record.
    case refused(String)
    /// The file could not be opened or created.
    case cannotOpen(path: String, reason: String)
    /// A writing command met a record this process cannot write.
    case readOnlyRecord(path: String)
    /// A rule of the record refused a value or a write, worded from the catalog.
    case rule(Phrase, [String])
    /// A day that cannot go into the record.
    case day(DayProblem)

    public var description: String { message(Catalog(.en)) }

    /// The message in the reader's language. `invalid` and `refused` carry words already
    /// chosen (in the caller's language, or SQLite's own for an unforeseen failure).
    public func message(_ text: Catalog) -> String {
        switch self {
        case .noRecord(let path): text[.errorNoRecord, path]
        case .recordExists(let path): text[.errorRecordExists, path]
        case .notARecord(let path): text[.errorNotARecord, path]
        case .newerSchema(let path): text[.errorNewerSchema, path]
        case .needsUpdate(let path): text[.errorNeedsUpdate, path]
        case .noPatient: text[.errorNoPatient]
        case .unknownPatient(let id): text[.errorUnknownPatient, id]
        case .invalid(let message), .refused(let message): message
        case .cannotOpen(let path, let reason): text[.errorCannotOpen, path, reason]
        case .readOnlyRecord(let path): text[.errorReadOnlyRecord, path]
        case .rule(let phrase, let arguments): text[phrase, arguments: arguments]
        case .day(let problem): problem.message(text)
        }
    }
}
