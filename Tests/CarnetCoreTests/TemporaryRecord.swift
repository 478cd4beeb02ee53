import Foundation

@testable import CarnetCore

/// A folder of its own for each test, removed when the test ends.
final class TemporaryFolder {
    let path: String

    init() {
        path = NSTemporaryDirectory() + "carnet-tests-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    func file(_ name: String) -> String { path + "/" + name }

    deinit { try? FileManager.default.removeItem(atPath: path) }
}

/// A new store with one patient, one professional and one establishment.
func makeStore(in folder: TemporaryFolder) throws -> (SQLiteStore, Int64) {
    let store = try SQLiteStore.create(at: folder.file("record.sqlite"))
    let patient = try store.write { writer in
        try writer.addProfessional(DemoCast.treatingDoctor)
        try writer.addEstablishment(DemoCast.hospital)
        return try writer.addPatient(NewPatient(name: "Test Patient", birthDate: "1990-01-31"))
    }
    return (store, patient)
}

extension SQLiteStore {
    /// Raw SQL for tests that must go around the writer, as a hostile or buggy caller would.
    func execute(_ sql: String) throws {
        try pool.write { db in try db.execute(sql: sql) }
    }
}
