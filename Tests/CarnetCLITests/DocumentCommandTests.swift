import CarnetCore
import Foundation
import Testing

/// `carnet documents add|mask|unmask|delete` and `carnet pro … add|update` on the demo
/// record: what they print, what they refuse, and that a refusal writes nothing.
@Suite(.serialized) struct DocumentCommandTests {
    let carnet: CarnetRunner

    init() throws {
        carnet = CarnetRunner()
        try carnet.run(["demo", "--no-open"])
    }

    func count() throws -> Int {
        try carnet.run(["documents", "list", "--demo", "--json"]).jsonObjects().count
    }

    func file(_ name: String, _ content: Data) -> String {
        let path = carnet.path(name)
        _ = FileManager.default.createFile(atPath: path, contents: content)
        return path
    }

    @Test func aSixMegabyteFileAndAWindowsProgramAreRefusedAndNothingIsWritten() throws {
        defer { carnet.cleanUp() }
        let before = try count()
        let events = try carnet.run(["log", "--demo", "--json"]).jsonObjects().count
        let big = file("scanner.pdf", Data("%PDF-1.4\n".utf8) + Data(count: 6 * 1024 * 1024))
        let refusedBig = try carnet.run([
            "documents", "add", big, "--category", "BIOLOGIE", "--title", "Scan", "--demo",
        ])
        #expect(refusedBig.status == 1)
        #expect(
            refusedBig.stderr.contains("scanner.pdf is 6 MB, over the limit of 5 MB."), "\(refusedBig.stderr)"
        )
        let exe = file("setup.exe", Data([0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00]))
        let refusedExe = try carnet.run([
            "documents", "add", exe, "--category", "AUTR_DOC", "--title", "Setup", "--demo",
        ])
        #expect(refusedExe.status == 1)
        #expect(
            refusedExe.stderr.contains(
                "setup.exe is a Windows program, not a document: the record takes text, PDF, JPEG, PNG, TIFF and RTF files."
            ), "\(refusedExe.stderr)")
        #expect(try count() == before)
        #expect(try carnet.run(["log", "--demo", "--json"]).jsonObjects().count == events)
    }

    @Test func addingMaskingUnmaskingAndDeletingAreSaidAndRecorded() throws {
        defer { carnet.cleanUp() }
        let note = file("tension.txt", Data("Tension 12/8 le matin.\n".utf8))
        let added = try carnet.run([
            "documents", "add", note, "--category", "autr_doc", "--title", "Relevé de tension", "--date",
            "2026-11-01",
            "--demo",
        ])
        #expect(added.status == 0, "\(added.stderr)")
        // Ids 17 and 18 are the documents of the demo's children's records.
        #expect(added.stdout.hasPrefix("Added document 19: “Relevé de tension” (text, 23 bytes)."))
        let listed = try #require(
            try carnet.run(["documents", "list", "--demo", "--json"]).jsonObjects().first {
                $0["id"] as? String == "19"
            })
        #expect(listed["author"] as? String == "Camille Durand")
        #expect((listed["date"] as? String)?.hasPrefix("2026-11-01T12:00:00") == true)

        let masked = try carnet.run(["documents", "mask", "19", "--demo"])
        #expect(
            masked.stdout
                == "Masked: only you and your treating doctor Dr Claire Martin will see “Relevé de tension”.\n"
        )
        let again = try carnet.run(["documents", "mask", "19", "--demo"])
        #expect(again.status == 1 && again.stderr.contains("“Relevé de tension” is already masked."))
        let unmasked = try carnet.run(["documents", "unmask", "19", "--demo"])
        #expect(unmasked.status == 0 && unmasked.stdout.hasPrefix("Unmasked:"))

        let notMine = try carnet.run(["documents", "delete", "1", "--demo"])
        #expect(notMine.status == 1)
        #expect(notMine.stderr.contains("you can delete only the documents you deposited"))
        let deleted = try carnet.run(["documents", "delete", "19", "--demo"])
        #expect(deleted.stdout == "Deleted document 19: “Relevé de tension”.\n")
        let log = try carnet.run(["log", "--demo", "--json", "--limit", "4"]).jsonObjects()
        #expect(log.compactMap { $0["action"] as? String } == ["delete", "unmask", "mask", "add"])
        #expect(
            log.allSatisfy {
                $0["target"] as? String == "document 19" && $0["actorType"] as? String == "patient"
            })
        #expect(try carnet.run(["log", "verify", "--demo"]).status == 0)
    }

    @Test func badUsageSaysWhat() throws {
        defer { carnet.cleanUp() }
        let note = file("a.txt", Data("a".utf8))
        let category = try carnet.run([
            "documents", "add", note, "--category", "LABO", "--title", "x", "--demo",
        ])
        #expect(category.status == 64 && category.stderr.contains("unknown category 'LABO'"))
        let date = try carnet.run([
            "documents", "add", note, "--category", "BIOLOGIE", "--title", "x", "--date", "2026-02-30",
            "--demo",
        ])
        #expect(date.status == 64)
        let future = try carnet.run([
            "documents", "add", note, "--category", "BIOLOGIE", "--title", "x", "--date", "2999-01-01",
            "--demo",
        ])
        #expect(future.status == 1 && future.stderr.contains("is after today"))
        let missing = try carnet.run(["documents", "mask", "999", "--demo"])
        #expect(missing.status == 1 && missing.stderr.contains("no document 999 in this record."))
    }

    /// A professional's document and its new version: the author in the listing, both
    /// versions kept, the search finding the new text.
    @Test func aProfessionalsDocumentShowsItsAuthorAndItsVersions() throws {
        defer { carnet.cleanUp() }
        let rpps = DemoCast.cardiologist.rpps
        let first = file("echo.txt", Data("Échographie normale.".utf8))
        let added = try carnet.run([
            "pro", "--rpps", rpps, "add", first, "--category", "CPT_REND", "--title", "Échographie", "--demo",
        ])
        #expect(added.status == 0, "\(added.stderr)")
        let second = file("echo2.txt", Data("Échographie normale ; FEVG 60 %.".utf8))
        #expect(try carnet.run(["pro", "--rpps", rpps, "update", "19", second, "--demo"]).status == 0)
        let refused = try carnet.run([
            "pro", "--rpps", rpps, "update", "19", file("x.exe", Data([0x4D, 0x5A, 0, 0])), "--demo",
        ])
        #expect(refused.status == 1 && refused.stderr.contains("Windows program"))
        let listed = try #require(
            try carnet.run(["documents", "list", "--demo", "--json"]).jsonObjects().first {
                $0["id"] as? String == "19"
            })
        #expect(listed["author"] as? String == "Dr Sophie Lefèvre")
        let store = try SQLiteStore.open(at: carnet.dataDirectory + "/demo.sqlite")
        let versions = try store.documentVersions(of: 19)
        #expect(versions.map(\.version) == [2, 1])
        #expect(versions.map(\.authorName) == ["Dr Sophie Lefèvre", "Dr Sophie Lefèvre"])
        #expect(try store.documentCount(of: 1, matching: DocumentFilter(search: "fevg")) == 1)
    }
}
