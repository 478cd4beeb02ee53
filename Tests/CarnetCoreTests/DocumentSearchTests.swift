import Foundation
import GRDB
import Testing

@testable import CarnetCore

/// The Documents pane's reads: newest first in keyset pages, by category, and by words found
/// in the title, the author or the text, kept in step with every change.
@Suite struct DocumentSearchTests {
    let folder = TemporaryFolder()
    let base = Date(timeIntervalSince1970: 1_700_000_000)

    func store(_ documents: [(String, DocumentCategory, String)]) throws -> (SQLiteStore, Int64) {
        let (store, patient) = try makeStore(in: folder)
        try store.write { writer in
            for (index, (title, category, body)) in documents.enumerated() {
                try writer.addDocument(
                    NewDocument(
                        category: category, title: title,
                        author: index % 2 == 0 ? .patient : .professional(rpps: DemoCast.treatingDoctor.rpps),
                        date: base.addingTimeInterval(Double(index) * 86_400), deposited: base,
                        content: Data(body.utf8)),
                    patient: patient)
            }
        }
        return (store, patient)
    }

    /// Every page of a filter, read forwards by key.
    func titles(_ store: SQLiteStore, _ patient: Int64, _ filter: DocumentFilter, pageSize: Int = 100) throws
        -> [String]
    {
        var all: [String] = []
        var page = PageRequest.first
        while true {
            let rows = try store.documents(of: patient, matching: filter, page: page, limit: pageSize)
            all += rows.map(\.title)
            guard rows.count == pageSize, let last = rows.last else { return all }
            page = .after(PageKey(date: last.date, id: last.id))
        }
    }

    @Test func pagesEndingExactlyOnAPageBoundaryNeitherRepeatNorLose() throws {
        let (store, patient) = try self.store((0..<10).map { ("Doc \($0)", .reports, "text \($0)") })
        let first = try store.documents(of: patient, limit: 5)
        #expect(first.map(\.title) == ["Doc 9", "Doc 8", "Doc 7", "Doc 6", "Doc 5"])
        let second = try store.documents(
            of: patient, page: .after(PageKey(date: first[4].date, id: first[4].id)), limit: 5)
        #expect(second.map(\.title) == ["Doc 4", "Doc 3", "Doc 2", "Doc 1", "Doc 0"])
        let third = try store.documents(
            of: patient, page: .after(PageKey(date: second[4].date, id: second[4].id)), limit: 5)
        #expect(third.isEmpty)
        let back = try store.documents(
            of: patient, page: .before(PageKey(date: second[0].date, id: second[0].id)), limit: 5)
        #expect(back.map(\.title) == first.map(\.title))
        // The same with a filter on: pages of 2 over the 5 even-numbered documents.
        let even = DocumentFilter(search: "text")
        #expect(try titles(store, patient, even, pageSize: 2).count == 10)
        #expect(try titles(store, patient, DocumentFilter(category: .reports), pageSize: 5).count == 10)
    }

    @Test func aCategoryShowsOnlyItsDocumentsWithTheirCount() throws {
        let (store, patient) = try self.store([
            ("Bilan sanguin", .labResults, "a"), ("Ordonnance", .prescriptions, "b"),
            ("Bilan lipidique", .labResults, "c"), ("Radio", .imaging, "d"),
        ])
        let lab = DocumentFilter(category: .labResults)
        #expect(try titles(store, patient, lab) == ["Bilan lipidique", "Bilan sanguin"])
        #expect(try store.documentCount(of: patient, matching: lab) == 2)
        #expect(try store.documentCount(of: patient, matching: DocumentFilter(category: .screening)) == 0)
        #expect(try store.documentCount(of: patient) == 4)
    }

    @Test func wordsAreFoundInTitlesAuthorsAndTextIgnoringCaseAndAccents() throws {
        let (store, patient) = try self.store([
            ("Bilan lipidique", .labResults, "Cholestérol LDL : 1,05 g/L"),
            ("Ordonnance", .prescriptions, "Metformine 1000 mg"),
            ("Hémoglobine glyquée (HbA1c)", .labResults, "HbA1c : 6,9 %"),
        ])
        func find(_ words: String, category: DocumentCategory? = nil) throws -> [String] {
            try titles(store, patient, DocumentFilter(category: category, search: words))
        }
        #expect(try find("lipid") == ["Bilan lipidique"])
        #expect(try find("LIPIDIQUE") == ["Bilan lipidique"])
        #expect(try find("cholesterol") == ["Bilan lipidique"], "a word of the text, without its accent")
        #expect(try find("metf") == ["Ordonnance"])
        #expect(try find("martin") == ["Ordonnance"], "the author, Dr Claire Martin")
        #expect(try find("hba1c") == ["Hémoglobine glyquée (HbA1c)"])
        #expect(try find("glyquee hba") == ["Hémoglobine glyquée (HbA1c)"], "every word must match")
        #expect(try find("glyquee metformine").isEmpty)
        #expect(try find("bilan", category: .prescriptions).isEmpty)
        #expect(
            try store.documentCount(of: patient, matching: DocumentFilter(search: "g")) == 2,
            "g/L and glyquée")
        // Query syntax typed by mistake is only words.
        for hostile in ["\"", "*", "bilan OR", "(ordonnance", "NEAR(a b)", "-x", "'", "^"] {
            #expect(throws: Never.self) { try find(hostile) }
        }
        #expect(try find("   ").count == 3, "no word: every document")
    }

    @Test func theIndexFollowsNewVersionsAndDeletions() throws {
        let (store, patient) = try self.store([("Compte rendu", .reports, "première version")])
        try store.write {
            try $0.addVersion(
                document: 1, author: .patient, at: base, mediaType: .text, content: Data("seconde".utf8))
        }
        #expect(try titles(store, patient, DocumentFilter(search: "seconde")) == ["Compte rendu"])
        #expect(try titles(store, patient, DocumentFilter(search: "premiere")).isEmpty)
        try store.write { try $0.deleteDocument(1) }
        #expect(try titles(store, patient, DocumentFilter(search: "compte")).isEmpty)
        #expect(try store.documentCount(of: patient) == 0)
        #expect(throws: StoreError.rule(.ruleNoDocument, ["1"])) {
            try store.write { try $0.deleteDocument(1) }
        }
    }

    @Test func aFilteredPageIsOneRangeScanOfADocumentIndex() throws {
        let (store, patient) = try self.store([("Bilan", .labResults, "x")])
        for filter in [DocumentFilter(search: "bilan"), DocumentFilter(category: .labResults, search: "b")] {
            let query = SQLiteStore.documentQuery(patient, filter)
            let (sql, arguments, _) = query.statement(.after(PageKey(date: base, id: 9)), limit: 200)
            let plan = try store.reading { db in
                try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: arguments)
                    .map { $0["detail"] as String }.joined(separator: "\n")
            }
            #expect(
                plan.contains("USING INDEX document_by") || plan.contains("USING COVERING INDEX document_by"),
                "\(plan)")
            #expect(!plan.contains("SCAN d\n") && !plan.contains("USE TEMP B-TREE FOR ORDER BY"), "\(plan)")
        }
    }

    /// A record written before documents had a search index gets one, filled, and takes
    /// TIFF and RTF files.
    @Test func theMigrationIndexesExistingDocumentsAndWidensTheTypes() throws {
        let path = folder.file("old.sqlite")
        let queue = try DatabaseQueue(path: path)
        try Schema.migrator.migrate(queue, upTo: "v3-access-by-action")
        try queue.write { db in
            try db.execute(
                sql: """
                    INSERT INTO patient(id, name, birthDate, createdAt) VALUES (1, 'P', '1990-01-01', 0);
                    INSERT INTO recordSettings(patientId) VALUES (1);
                    INSERT INTO document(id, patientId, category, title, authorKind, actDate, depositedAt)
                        VALUES (7, 1, 'BIOLOGIE', 'Ancien bilan', 'patient', 0, 0);
                    INSERT INTO documentVersion(documentId, version, authorKind, createdAt, mediaType, size, content)
                        VALUES (7, 1, 'patient', 0, 'text/plain', 9, CAST('ferritine' AS BLOB));
                    """)
        }
        try queue.close()
        let store = try SQLiteStore.open(at: path)
        #expect(try titles(store, 1, DocumentFilter(search: "ferritine")) == ["Ancien bilan"])
        #expect(try titles(store, 1, DocumentFilter(search: "ancien")) == ["Ancien bilan"])
        try store.write { writer in
            try writer.addVersion(
                document: 7, author: .patient, at: base, mediaType: .tiff, content: SampleFiles.tiff())
            try writer.addVersion(
                document: 7, author: .patient, at: base, mediaType: .rtf, content: SampleFiles.rtf)
        }
        #expect(try store.documentVersions(of: 7).map(\.mediaType) == [.rtf, .tiff, .text])
        #expect(
            try titles(store, 1, DocumentFilter(search: "glycemie")) == ["Ancien bilan"],
            "RTF text is indexed")
    }
}
