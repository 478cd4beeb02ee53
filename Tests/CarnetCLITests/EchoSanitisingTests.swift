import Foundation
import Testing

/// Every message that repeats what was typed goes through the sanitiser: an escape sequence
/// or a bell comes back as a visible placeholder, never as the byte itself.
@Suite struct EchoSanitisingTests {
    static let hostile = "V\u{1B}]0;pwned\u{07}"

    let carnet = CarnetRunner()

    init() throws {
        try carnet.run(["demo", "--no-open"])
    }

    func expectClean(_ result: CarnetRunner.Result, _ what: String) {
        for output in [result.stdout, result.stderr] {
            #expect(!output.contains("\u{1B}"), "\(what): ESC reached the terminal")
            #expect(!output.contains("\u{07}"), "\(what): BEL reached the terminal")
        }
        #expect(
            (result.stdout + result.stderr).contains("V␛]0;pwned␇"),
            "\(what): \(result.stdout) \(result.stderr)")
    }

    @Test func additionsSayTheTypedNameSafely() throws {
        defer { carnet.cleanUp() }
        let vaccination = try carnet.run([
            "vaccinations", "add", Self.hostile, "--diseases", "influenza", "--demo",
        ])
        #expect(vaccination.status == 0, "\(vaccination.stderr)")
        expectClean(vaccination, "vaccinations add")
        let pro = try carnet.run([
            "pro", "--rpps", "10000000001", "vaccinate", Self.hostile, "--diseases", "influenza", "--demo",
        ])
        #expect(pro.status == 0, "\(pro.stderr)")
        expectClean(pro, "pro vaccinate")
        let profile = try carnet.run(["profile", "add", "allergy", Self.hostile, "--demo"])
        #expect(profile.status == 0, "\(profile.stderr)")
        expectClean(profile, "profile add")
    }

    @Test func errorsSayTheTypedWordSafely() throws {
        defer { carnet.cleanUp() }
        let file = carnet.path("note.txt")
        try "note".write(toFile: file, atomically: true, encoding: .utf8)
        for (arguments, what) in [
            (["documents", "add", file, "--category", Self.hostile, "--title", "x"], "unknown category"),
            (["measure", "add", Self.hostile, "70"], "unknown measurement type"),
            (["measure", "list", Self.hostile], "unknown measurement type (list)"),
            (["access", "grant", Self.hostile], "not an RPPS or FINESS"),
            (["pro", "--rpps", Self.hostile, "list"], "not an RPPS"),
        ] {
            let result = try carnet.run(arguments + ["--demo"])
            #expect(result.status != 0, "\(what)")
            expectClean(result, what)
        }
    }
}
