import Foundation
import GRDB

/// What `carnet doctor` reads in a record: its schema version and each patient's history
/// chain. Read without changing the file in any way.
public struct RecordInspection: Sendable, Equatable {
    /// Where the record's schema stands against the one this carnet writes.
    public enum SchemaState: Sendable, Equatable {
        case current
        /// Written by an older carnet: a normal open updates it.
        case older
        /// Written by a newer carnet: this one refuses it.
        case newer
    }

    /// A patient and what the verification of their access history found.
    public struct Chain: Sendable, Equatable {
        public let patient: Patient
        public let report: AccessChainReport
    }

    /// How many of this carnet's migrations the record has (`SQLiteStore.schemaVersion` when current).
    public let schemaVersion: Int
    public let schema: SchemaState
    /// One per patient; empty when the schema is not current (the chain's columns may not
    /// be there yet).
    public let chains: [Chain]
}

extension SQLiteStore {
    /// The version of the record schema this carnet writes: the number of its migrations.
    public static var schemaVersion: Int { Schema.migrator.migrations.count }

    /// Reads a record's schema version and verifies every patient's access history, without
    /// writing anything: no migration, and not even a `-wal` or `-shm` file. A read-only
    /// SQLite connection creates those for a WAL database when they are missing, so a record
    /// without them (nothing is writing it) is opened as immutable instead.
    public static func inspect(at path: String) throws -> RecordInspection {
        guard FileManager.default.fileExists(atPath: path) else { throw StoreError.noRecord(path: path) }
        let quiet = !FileManager.default.fileExists(atPath: path + "-wal")
        var config = Configuration()
        config.readonly = true
        config.busyMode = .timeout(5)
        config.prepareDatabase { db in try db.execute(sql: "PRAGMA query_only = ON") }
        do {
            let store = SQLiteStore(
                path: path,
                pool: try DatabasePool(path: quiet ? immutableURI(path) : path, configuration: config),
                readOnly: true)
            defer { try? store.close() }
            let migrator = Schema.migrator
            let (version, state) = try store.pool.read { db -> (Int, RecordInspection.SchemaState) in
                guard try db.tableExists("grdb_migrations") else { throw StoreError.notARecord(path: path) }
                if try migrator.hasBeenSuperseded(db) {
                    return (try migrator.completedMigrations(db).count, .newer)
                }
                let completed = try migrator.completedMigrations(db).count
                return (completed, completed == migrator.migrations.count ? .current : .older)
            }
            guard state == .current else {
                return RecordInspection(schemaVersion: version, schema: state, chains: [])
            }
            let chains = try store.patients().map { patient in
                RecordInspection.Chain(patient: patient, report: try store.verifyAccessChain(of: patient.id))
            }
            return RecordInspection(schemaVersion: version, schema: state, chains: chains)
        } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB {
            throw StoreError.notARecord(path: path)
        } catch let error as DatabaseError {
            throw StoreError.cannotOpen(path: path, reason: describe(error))
        }
    }

    /// `file:` URI with `immutable=1`: SQLite then takes no lock and creates no file.
    private static func immutableURI(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "?#")
        let escaped = absolute.addingPercentEncoding(withAllowedCharacters: allowed) ?? absolute
        return "file:" + escaped + "?immutable=1"
    }
}
