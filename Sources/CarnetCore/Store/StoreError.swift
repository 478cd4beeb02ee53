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

    public var description: String {
        switch self {
        case .noRecord(let path):
            "no record at \(path). Create yours with `carnet init --name NAME --birth-date YYYY-MM-DD`, or try `carnet demo`."
        case .recordExists(let path):
            "a record already exists at \(path); nothing was changed."
        case .notARecord(let path):
            "\(path) is not a carnet record."
        case .newerSchema(let path):
            "\(path) was written by a newer version of carnet; update carnet to open it."
        case .noPatient:
            "this record holds no patient."
        case .unknownPatient(let id):
            "no patient \(id) in this record."
        case .invalid(let message), .refused(let message):
            message
        case .cannotOpen(let path, let reason):
            "cannot open \(path): \(reason)"
        }
    }
}
