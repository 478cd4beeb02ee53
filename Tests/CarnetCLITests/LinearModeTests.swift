import CarnetCore
import Foundation
import Testing

/// `carnet --linear`: numbered menus and plain lines read from standard input, the same
/// record and the same changes as the browser, and nothing that moves a cursor.
@Suite(.serialized) struct LinearModeTests {
    let carnet: CarnetRunner

    init() throws {
        carnet = CarnetRunner()
        try carnet.run(["demo", "--no-open"])
    }

    func linear(_ script: [String], environment: [String] = ["--linear"]) throws -> CarnetRunner.Result {
        try carnet.run(environment + ["--demo"], stdin: script.joined(separator: "\n") + "\n")
    }

    @Test func everyPaneIsReachableAndPrintedAsPlainLines() throws {
        defer { carnet.cleanUp() }
        let result = try linear([
            "1", "", "2", "back", "2", "1", "back", "3", "1", "back", "back", "4", "back", "5", "back", "6",
            "quit",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let out = result.stdout
        #expect(out.contains("Main menu:\n  1. Documents\n  2. Vaccinations"))
        #expect(out.contains("Document 1 of 16: Carnet de glycémies"))
        #expect(out.contains("Document 16 of 16: Volet de synthèse médicale"), "Enter printed the next page")
        #expect(out.contains("Bilan lipidique et glycémie à jeun\nCategory:"), "a document opened")
        #expect(out.contains("Glycémie à jeun : 1,18 g/L"))
        #expect(out.contains("Diphtheria-tetanus-polio booster overdue since 14 March 2026"))
        #expect(out.contains("Vaccination: Vaxigrip"))
        #expect(out.contains("Weight 78.8 kg on 19 November 2026;"), "a kind's readings with its summary")
        #expect(out.contains("Allergy: Pénicilline") || out.contains("Pénicilline"))
        #expect(out.contains("Access history — 40 items\nevery event, newest first"))
        #expect(
            out.contains("Who may access your record")
                && out.contains("Julien Bernard, pharmacist, authorised"))
        #expect(out.contains("1 unread notification waits in your inbox: Julien Bernard (pharmacist) read"))
        // No escape sequence at all: nothing is drawn, moved or rewritten.
        #expect(!out.contains("\u{1B}"))
    }

    @Test func theHistoryFiltersAndAnEventOpensWithItsChain() throws {
        defer { carnet.cleanUp() }
        let result = try linear(["5", "action read", "since 2026-10-01", "1", "oldest", "help", "quit"])
        let out = result.stdout
        #expect(out.contains("only read, from 2026-10-01, newest first"))
        #expect(out.contains("Chain:") && out.contains("intact"))
        #expect(out.contains("only read, from 2026-10-01, oldest first"))
        #expect(out.contains("since DATE, until DATE"))
    }

    @Test func thePatientsActionsAreAskedAndWrittenWithTheirEvents() throws {
        defer { carnet.cleanUp() }
        let result = try linear([
            "6", "block 10", "yes", "block 5", "back", "1", "mask 2", "no", "back", "3", "1", "add", "-5", "",
            "",
            "add", "154", "lb", "", "quit",
        ])
        let out = result.stdout
        #expect(
            out.contains(
                "Block Julien Bernard, pharmacist? They will no longer see any document of your record. (yes/no)"
            ))
        #expect(out.contains("Julien Bernard (pharmacist) is blocked"))
        #expect(out.contains("Dr Claire Martin is your treating doctor and cannot be blocked"))
        #expect(out.contains("Nothing was changed."), "no to masking")
        #expect(out.contains("-5 kg is not a possible value for weight (29463-7)"))
        #expect(out.contains("Added Weight 69.9 kg"))
        let access = try carnet.run(["access", "list", "--demo", "--json"]).jsonObjects()
        #expect(
            access.first { $0["id"] as? String == DemoCast.pharmacist.rpps }?["status"] as? String
                == "blocked")
        let documents = try carnet.run(["documents", "list", "--demo", "--json"]).jsonObjects()
        #expect(documents.filter { $0["masked"] as? Bool == true }.count == 1)
        let log = try carnet.run(["log", "--demo", "--json", "--limit", "2"]).jsonObjects()
        #expect(log.map { $0["action"] as? String } == ["add", "block"])
    }

    @Test func inFrenchTheMenusAreFrench() throws {
        defer { carnet.cleanUp() }
        let french = try carnet.run(["--linear", "--demo", "--lang", "fr"], stdin: "9\naide\nquit\n")
        #expect(french.stdout.contains("Menu principal :"))
        #expect(french.stdout.contains("« 9 » n’est pas une commande ici"))
    }
}
