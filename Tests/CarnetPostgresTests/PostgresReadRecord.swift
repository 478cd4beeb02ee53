import CarnetCore
import CarnetTestSupport
import Foundation
import PostgresNIO

@testable import CarnetPostgres

/// A record on the throwaway cluster whose rows a test writes with SQL as the superuser (as a
/// clinic's own tools or a bulk `COPY` would: the schema's triggers keep the counts), read
/// back through `PostgresStore`.
final class PostgresReadRecord {
    let database: PostgresTestDatabase
    let store: PostgresStore
    let session: PostgresSession
    let patient: Int64

    init(_ label: String) throws {
        database = try PostgresTestDatabase.migrated(label)
        store = try PostgresStore.open(
            url: database.cluster.url(database: database.name), .existing,
            environment: ["PGPASSWORD": database.cluster.superuserPassword], home: "/nonexistent")
        session = try database.session()
        patient = try session.value(
            """
            INSERT INTO patient (name, birthDate, createdAt, relation)
            VALUES ('Camille Lecteur', '1980-04-02', 0, 'self') RETURNING id
            """, as: Int64.self)!
    }

    deinit {
        try? session.close()
        try? store.close()
    }

    /// A document by the patient, with its search row (title, author, text) as the writer
    /// keeps it.
    @discardableResult
    func document(
        _ title: String, at seconds: Int64, category: DocumentCategory = .other, author: String = "",
        text: String = ""
    ) throws -> Int64 {
        let id = try session.value(
            """
            INSERT INTO document (patientId, category, title, authorKind, actDate, depositedAt)
            VALUES (\(patient), \(category.code), \(title), 'patient', \(seconds), \(seconds)) RETURNING id
            """, as: Int64.self)!
        try session.query(
            """
            INSERT INTO documentVersion (documentId, version, authorKind, createdAt, mediaType, size, content)
            VALUES (\(id), 1, 'patient', \(seconds), 'text/plain', \(Int64(text.utf8.count)), \(Data(text.utf8)))
            """)
        try session.query(
            "INSERT INTO documentSearch (documentId, title, author, body) VALUES (\(id), \(title), \(author), \(text))"
        )
        return id
    }

    /// An event of the history; its hash is 32 bytes that chain nothing (counts and pages do
    /// not read it).
    @discardableResult
    func event(at seconds: Int64, actor: String, action: AccessAction = .read) throws -> Int64 {
        try session.value(
            """
            INSERT INTO accessEvent (patientId, at, actorType, actorId, actorName, action, target, outcome, hash)
            VALUES (\(patient), \(seconds), 'professional', \(actor), 'Dr Test', \(action.rawValue), '', 'done',
                sha256(\(actor)::bytea))
            RETURNING id
            """, as: Int64.self)!
    }

    /// A notification of a new event.
    @discardableResult
    func notification(at seconds: Int64, read: Bool = false) throws -> Int64 {
        let event = try event(at: seconds, actor: "10000000001")
        let readAt: Int64? = read ? seconds + 1 : nil
        return try session.value(
            """
            INSERT INTO notification (patientId, eventId, kind, createdAt, readAt)
            VALUES (\(patient), \(event), 'read', \(seconds), \(readAt)) RETURNING id
            """, as: Int64.self)!
    }

    @discardableResult
    func reading(_ type: MeasurementType, _ value: Double, at seconds: Int64) throws -> Int64 {
        try session.value(
            """
            INSERT INTO measurement (patientId, code, value, unit, at, source)
            VALUES (\(patient), \(type.code), \(value), \(type.unit), \(seconds), 'device') RETURNING id
            """, as: Int64.self)!
    }
}
