import CarnetCore
import Foundation
import Testing

/// With a French locale (or `--lang fr`) the command line speaks French: its help, the
/// parser's own words, errors of the record and a professional's refusal with its reason.
@Suite(.serialized) struct FrenchCommandLineTests {
    let carnet = CarnetRunner()
    let french = ["LANG": "fr_FR.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""]

    @Test func helpIsInFrenchWithAFrenchLocaleAndInEnglishOtherwise() throws {
        defer { carnet.cleanUp() }
        let help = try carnet.run(["--help"], environment: french)
        #expect(help.status == 0)
        for words in ["PRÉSENTATION : Un navigateur", "UTILISATION : carnet", "OPTIONS :", "SOUS-COMMANDES :",
            "Créer votre propre dossier.", "Afficher l'aide.", "pour l'aide détaillée."]
        {
            #expect(help.stdout.contains(words), "missing \(words)")
        }
        #expect(!help.stdout.contains("Show help information"))
        let english = try carnet.run(["--help"], environment: ["LANG": "C.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""])
        #expect(english.stdout.contains("USAGE: carnet"))
        #expect(english.stdout.contains("Create your own record."))
        // --lang wins over the locale, for every command and `carnet help`.
        let add = try carnet.run(["--lang", "fr", "documents", "add", "--help"])
        #expect(add.stdout.contains("Le code de catégorie DMP, par exemple BIOLOGIE."))
        #expect(add.stdout.contains("(valeurs : en, fr)"))
        let helpCommand = try carnet.run(["help", "log", "list", "--lang=fr"])
        #expect(helpCommand.stdout.contains("Lister l'historique des accès"))
        let back = try carnet.run(["--lang", "en", "init", "--help"], environment: french)
        #expect(back.stdout.contains("Your date of birth."))
    }

    @Test func usageErrorsAndOptionChecksAreInFrench() throws {
        defer { carnet.cleanUp() }
        let missing = try carnet.run(["documents", "add"], environment: french)
        #expect(missing.status == 64)
        #expect(missing.stderr.contains("Erreur : Argument attendu manquant : « <file> »"))
        #expect(missing.stderr.contains("Voir « carnet documents add --help » pour en savoir plus."))
        let both = try carnet.run(["documents", "list", "--db", "x.sqlite", "--demo"], environment: french)
        #expect(both.stderr.contains("--db et --demo désignent deux dossiers différents"))
    }

    @Test func aBadFileAndARefusedReadAreSaidInFrenchWithTheReason() throws {
        defer { carnet.cleanUp() }
        _ = try carnet.run(["demo", "--no-open"])
        let program = carnet.home + "/facture.pdf"
        try Data([0x4D, 0x5A, 0x90, 0x00, 0x03]).write(to: URL(fileURLWithPath: program))
        let bad = try carnet.run(
            ["documents", "add", "--demo", program, "--category", "BIOLOGIE", "--title", "Facture"],
            environment: french)
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("Erreur : "))
        #expect(bad.stderr.contains("programme Windows"), "\(bad.stderr)")

        let refused = try carnet.run(
            ["pro", "--rpps", DemoCast.blocked.rpps, "read", "1", "--demo"], environment: french)
        #expect(refused.status == 3)
        #expect(refused.stderr == "Refusé : bloqué par le patient\n")
        // The banner's words, as the inbox lists them, and the history's.
        let inbox = try carnet.run(["notifications", "list", "--demo", "--unread"], environment: french)
        let line = try #require(inbox.stdout.split(separator: "\n").first { $0.contains("REFUSÉ") })
        #expect(
            line.contains(
                "REFUSÉ (bloqué par le patient) : Dr Paul Moreau (médecin, dermatologie et vénéréologie) a tenté de consulter"))
        let log = try carnet.run(["log", "list", "--demo", "--limit", "1"], environment: french)
        #expect(log.stdout.contains("REFUSÉ (bloqué par le patient)"))
        // The history keeps the code; English readers get English words.
        let json = try carnet.run(["log", "list", "--demo", "--limit", "1", "--json"]).jsonObjects()
        #expect(json.first?["reason"] as? String == "blocked-by-patient")
        let english = try carnet.run(["log", "list", "--demo", "--limit", "1"], environment: ["LANG": "C.UTF-8"])
        #expect(english.stdout.contains("DENIED (blocked by the patient)"))
    }
}
