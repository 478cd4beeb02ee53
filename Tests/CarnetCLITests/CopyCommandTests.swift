import CarnetCore
import Foundation
import Testing

/// `carnet copy` as a person uses it: the demo's records into a new file, every list and the
/// history's head the same, ids included; refusals that leave the destination as it was.
@Suite(.serialized) struct CopyCommandTests {
    let carnet = CarnetRunner()

    @Test func theDemoRecordsCopiedIntoANewFileListTheSameWithTheSameHead() throws {
        defer { carnet.cleanUp() }
        try carnet.run(["demo", "--no-open"])
        let copy = carnet.path("copy.sqlite")
        let parent = try carnet.run(["copy", "--demo", "--to", copy])
        #expect(parent.status == 0, "\(parent.stderr)")
        #expect(parent.stdout.contains("Created \(copy) for the copy."))
        #expect(
            parent.stdout.contains(
                "Copied record 1 (Camille Durand) to \(copy): 16 documents (17 versions), 19 vaccinations,"))
        let head = try carnet.run(["log", "head", "--demo"]).stdout.trimmingCharacters(in: .newlines)
        #expect(parent.stdout.contains("Chain verified: head \(head)."), "\(parent.stdout)")
        let mode = try FileManager.default.attributesOfItem(atPath: copy)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        #expect(!FileManager.default.fileExists(atPath: copy + "-wal"), "the copy is all in its file")
        #expect(!FileManager.default.fileExists(atPath: copy + "-shm"))

        // A child's record into the same file: a destination that holds another patient,
        // with other ids, takes it.
        let child = try carnet.run(["copy", "--demo", "--patient", "lea", "--to", copy])
        #expect(child.status == 0, "\(child.stderr)")
        #expect(child.stdout.contains("Copied record 2 (Léa Durand) to \(copy): 1 document (1 version)"))
        #expect(!child.stdout.contains("Created"))

        for patient in [[], ["--patient", "lea"]] {
            let original = try carnet.listings(["--demo"] + patient)
            let copied = try carnet.listings(["--db", copy] + patient)
            for (listing, rows) in original { #expect(copied[listing] == rows, "\(patient) \(listing)") }
            #expect(
                try carnet.recordState(["--db", copy] + patient) == carnet.recordState(["--demo"] + patient),
                "\(patient)")
        }
        let records = try carnet.run(["records", "list", "--db", copy, "--json"]).jsonObjects()
        #expect(records.map { $0["name"] as? String } == ["Camille Durand", "Léa Durand"])
        #expect(records.map { $0["relation"] as? String } == ["self", "child"])
    }

    @Test func aCopyThatWouldReuseAnIdIsRefusedAndChangesNothing() throws {
        defer { carnet.cleanUp() }
        try carnet.run(["demo", "--no-open"])
        let destination = carnet.path("dest.sqlite")
        #expect(try carnet.run(["copy", "--demo", "--to", destination]).status == 0)
        let before = try carnet.listings(["--db", destination])
        let beforeState = try carnet.recordState(["--db", destination])

        // The same record again: its id is taken.
        let again = try carnet.run(["copy", "--demo", "--to", destination])
        #expect(again.status == 1)
        #expect(
            again.stderr.contains(
                "the destination already has a record with id 1 (Camille Durand): a copy keeps every id, so this record cannot go there. Nothing was copied."
            ), "\(again.stderr)")

        // Another carnet's child (record 2, free here) whose first document is number 1,
        // which the destination's own record already uses.
        let other = carnet.path("other.sqlite")
        #expect(
            try carnet.run(["init", "--db", other, "--name", "Ana Martin", "--birth-date", "1985-02-03"])
                .status == 0)
        #expect(
            try carnet.run([
                "records", "add", "--db", other, "--name", "Bo Martin", "--birth-date", "2020-04-05",
            ]).status == 0)
        let note = carnet.path("note.txt")
        try Data("Vaccins à jour".utf8).write(to: URL(fileURLWithPath: note))
        #expect(
            try carnet.run([
                "documents", "add", note, "--db", other, "--patient", "bo", "--category", "AUTR_DOC",
                "--title", "Note",
            ]).status == 0)
        let refused = try carnet.run(["copy", "--from", other, "--patient", "bo", "--to", destination])
        #expect(refused.status == 1)
        #expect(
            refused.stderr.contains("the destination already has a document with id 1"), "\(refused.stderr)")
        #expect(refused.stderr.contains("Nothing was copied."))

        #expect(try carnet.listings(["--db", destination]) == before)
        #expect(try carnet.recordState(["--db", destination]) == beforeState)
        let records = try carnet.run(["records", "list", "--db", destination, "--json"]).jsonObjects()
        #expect(records.count == 1, "Bo's record was not left behind")
    }

    @Test func anUnknownPatientIsRefusedAndNoDestinationIsCreated() throws {
        defer { carnet.cleanUp() }
        try carnet.run(["demo", "--no-open"])
        let destination = carnet.path("never.sqlite")
        let refused = try carnet.run(["copy", "--demo", "--patient", "nobody", "--to", destination])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("no patient nobody in this record."))
        #expect(!FileManager.default.fileExists(atPath: destination))
    }

    @Test func aKioskDestinationOrTheSourceItselfIsRefused() throws {
        defer { carnet.cleanUp() }
        try carnet.run(["demo", "--no-open"])
        let kiosk = carnet.path("kiosk.sqlite")
        #expect(
            try carnet.run(["init", "--db", kiosk, "--name", "Zoé Kiosque", "--birth-date", "1990-01-01"])
                .status == 0)
        #expect(try carnet.run(["kiosk", "set-pin", "--db", kiosk], stdin: "2468\n2468\n").status == 0)
        let toKiosk = try carnet.run(["copy", "--demo", "--patient", "lea", "--to", kiosk])
        #expect(toKiosk.status == 1)
        #expect(
            toKiosk.stderr.contains("is a clinic kiosk's record (it has a kiosk PIN)"), "\(toKiosk.stderr)")
        #expect(try carnet.run(["records", "list", "--db", kiosk, "--json"]).jsonObjects().count == 1)

        let same = try carnet.run(["copy", "--demo", "--to", carnet.dataDirectory + "/./demo.sqlite"])
        #expect(same.status == 1)
        #expect(same.stderr.contains("--from and --to are the same record"), "\(same.stderr)")
    }

    /// A record this user cannot write copies from, not into (as `nobody` when run as root).
    @Test(.enabled(if: CarnetRunner.canRunAsOther))
    func aReadOnlySourceCopiesAndAReadOnlyDestinationIsRefused() throws {
        defer { carnet.cleanUp() }
        try carnet.run(["demo", "--no-open"])
        let (folder, source) = try carnet.sharedReadOnlyDemo("source.sqlite")
        let copied = try carnet.runAsOther([
            "copy", "--from", source, "--patient", "lea", "--to", folder + "/lea.sqlite",
        ])
        #expect(copied.status == 0, "\(copied.stderr)")
        #expect(copied.stdout.contains("Copied record 2 (Léa Durand)"))
        #expect(!FileManager.default.fileExists(atPath: source + "-wal"), "the source is left as it was")

        let readOnly = folder + "/read-only.sqlite"
        #expect(
            try carnet.run(["init", "--db", readOnly, "--name", "Zoé Lecture", "--birth-date", "1990-01-01"])
                .status == 0)
        chmod(readOnly, 0o444)
        let refused = try carnet.runAsOther(["copy", "--from", source, "--patient", "lea", "--to", readOnly])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("read-only.sqlite is read-only"), "\(refused.stderr)")
    }

    /// Ctrl-C while a copy writes into a record it created: the copy commits nothing and the
    /// new record goes with it.
    @Test func anInterruptedCopyLeavesNoNewRecordBehind() throws {
        defer { carnet.cleanUp() }
        let source = carnet.path("bulk.sqlite")
        try DemoRecord.write(
            to: source, scale: DemoScale(documents: 0, cgmReadings: 0, accessEvents: 100_000))
        let destination = carnet.path("copy.sqlite")
        let process = Process()
        process.executableURL = CarnetRunner.executable
        process.arguments = ["copy", "--from", source, "--to", destination]
        process.environment = ProcessInfo.processInfo.environment.merging(
            [
                "HOME": carnet.home, "XDG_DATA_HOME": carnet.home + "/data",
                "XDG_STATE_HOME": carnet.home + "/state",
            ]
        ) { _, new in new }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        // The record is made first, then the copy writes 100,000 events into it.
        let deadline = Date().addingTimeInterval(20)
        while !FileManager.default.fileExists(atPath: destination + "-wal") && Date() < deadline {
            usleep(5_000)
        }
        usleep(200_000)
        #expect(process.isRunning, "still copying when interrupted")
        kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()
        #expect(process.terminationStatus == 128 + SIGINT)
        for suffix in ["", "-wal", "-shm"] {
            #expect(!FileManager.default.fileExists(atPath: destination + suffix), "\(suffix)")
        }
    }

    @Test func jsonSaysWhatWasCopiedAndFrenchWordsIt() throws {
        defer { carnet.cleanUp() }
        try carnet.run(["demo", "--no-open"])
        let result = try carnet.run([
            "copy", "--demo", "--patient", "lea", "--to", carnet.path("lea.sqlite"), "--json",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect(object?["patientId"] as? String == "2")
        #expect(object?["documents"] as? Int == 1 && object?["events"] as? Int == 5)
        #expect(object?["verified"] as? Bool == true)
        // `log head` on the source: "5 events · 9e19 1aee a044", the start of the copy's hash.
        let head = try carnet.run(["log", "head", "--demo", "--patient", "lea"]).stdout
        let digits = head.split(separator: "·").last.map { $0.filter(\.isHexDigit) } ?? "none"
        #expect(head.hasPrefix("5 events · "))
        #expect((object?["headHash"] as? String)?.hasPrefix(digits) == true, "\(head)")

        let french = try carnet.run(["copy", "--demo", "--to", carnet.path("fr.sqlite"), "--lang", "fr"])
        #expect(french.stdout.contains("Dossier 1 (Camille Durand) copié vers"), "\(french.stdout)")
        #expect(french.stdout.contains("Chaîne vérifiée : tête 40 événements · "))
    }
}
