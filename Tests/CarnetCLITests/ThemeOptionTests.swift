import Foundation
import Testing

/// `--theme` as a script sees it: the errors, before anything is drawn.
@Suite struct ThemeOptionTests {
    @Test func anUnknownThemeListsTheAvailableOnes() throws {
        let carnet = CarnetRunner()
        defer { carnet.cleanUp() }
        try carnet.run(["demo", "--no-open"])
        let result = try carnet.run(["--demo", "--theme", "sepia"])
        #expect(result.status == 1)
        #expect(
            result.stderr.contains(
                "no theme named 'sepia'. Available themes: default, high-contrast, light, mono."))
        #expect(result.stdout.isEmpty)
    }

    @Test func aBrokenUserThemeSaysWhichFileAndLine() throws {
        let carnet = CarnetRunner()
        defer { carnet.cleanUp() }
        try carnet.run(["demo", "--no-open"])
        let folder = carnet.configDirectory + "/carnet/themes"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let lines = ["# mine", "inherit = light", "", "", "", "heading = bold", "focus = fg:bleu reverse"]
        try lines.joined(separator: "\n").write(
            toFile: folder + "/mine.theme", atomically: true, encoding: .utf8)
        let result = try carnet.run(["--demo", "--theme", "mine"])
        #expect(result.status == 1)
        #expect(
            result.stderr.contains(folder + "/mine.theme line 7: unknown colour 'bleu'"), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        // In the reader's language.
        let french = try carnet.run(["--demo", "--theme", "mine", "--lang", "fr"])
        #expect(french.status == 1)
        #expect(
            french.stderr.contains("Erreur : " + folder + "/mine.theme ligne 7 : couleur « bleu » inconnue"),
            "\(french.stderr)")

        try "inherit = light\nheading = bold underline\n".write(
            toFile: folder + "/mine.theme", atomically: true, encoding: .utf8)
        #expect(try carnet.run(["--demo", "--theme", "mine"]).status == 0)
    }
}
