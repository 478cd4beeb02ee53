import Foundation
import Testing

@testable import CarnetCore

@Suite struct CatalogTests {
    /// The placeholders a template uses: {1}, {2}…
    func placeholders(_ template: String) -> Set<String> {
        var found: Set<String> = []
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            found.insert(String(rest[open...close]))
            rest = rest[rest.index(after: close)...]
        }
        return found
    }

    @Test(arguments: Language.allCases)
    func everyPhraseIsTranslated(_ language: Language) {
        let table = Catalog.table(language)
        let missing = Phrase.allCases.filter { (table[$0] ?? "").isEmpty }
        #expect(missing.isEmpty, "missing in \(language): \(missing)")
    }

    @Test func translationsTakeTheSameArguments() {
        for phrase in Phrase.allCases {
            let english = Catalog(.en).template(phrase)
            let french = Catalog(.fr).template(phrase)
            #expect(placeholders(english) == placeholders(french), "\(phrase): \(english) / \(french)")
        }
    }

    @Test func argumentsFillTheirPlaces() {
        #expect(
            Catalog(.en)[.itemSpoken, "Document", "3", "41", "Blood test"] == "Document 3 of 41: Blood test")
        #expect(Catalog(.fr)[.itemSpoken, "Document", "3", "41", "Bilan"] == "Document 3 sur 41 : Bilan")
    }

    @Test func theLocaleChoosesTheLanguage() {
        #expect(Language.fromLocale(environment: ["LANG": "fr_FR.UTF-8"]) == .fr)
        #expect(Language.fromLocale(environment: ["LANG": "fr_CA"]) == .fr)
        #expect(Language.fromLocale(environment: ["LANG": "en_GB.UTF-8"]) == .en)
        #expect(Language.fromLocale(environment: ["LANG": "C.UTF-8"]) == .en)
        #expect(Language.fromLocale(environment: [:]) == .en)
        #expect(Language.fromLocale(environment: ["LANG": "en_US.UTF-8", "LC_ALL": "fr_FR.UTF-8"]) == .fr)
        #expect(Language.fromLocale(environment: ["LANG": "fr_FR.UTF-8", "LC_MESSAGES": "en_US"]) == .en)
        #expect(Language.fromLocale(environment: ["LC_ALL": "", "LANG": "fr_FR"]) == .fr)
    }

    @Test func datesAndNumbersFollowTheLanguage() {
        let utc = TimeZone(identifier: "UTC")!
        let day = Date(timeIntervalSince1970: 1_795_700_700)  // 2026-11-26 13:45 UTC
        let french = TextFormat(.fr, timeZone: utc)
        let english = TextFormat(.en, timeZone: utc)
        #expect(french.day(day) == "26/11/2026")
        #expect(english.day(day) == "2026-11-26")
        #expect(french.minute(day) == "26/11/2026 13:45")
        #expect(french.longDay(day) == "26 novembre 2026")
        #expect(english.longDay(day) == "26 November 2026")
        // The first of the month is an ordinal in French: 1er décembre.
        let first = Date(timeIntervalSince1970: 1_796_126_400)  // 2026-12-01 12:00 UTC
        #expect(french.longDay(first) == "1er décembre 2026")
        #expect(french.dayAndMonth(first) == "1er décembre")
        #expect(english.longDay(first) == "1 December 2026")
        #expect(french.number(72.5) == "72,5")
        #expect(english.number(72.5) == "72.5")
        #expect(french.number(84) == "84")
        #expect(french.count(1_000_040) == "1\u{00A0}000\u{00A0}040")
        #expect(english.count(1_000_040) == "1,000,040")
        #expect(french.day(iso: "1981-03-14") == "14/03/1981")
    }

    @Test func storeErrorsSpeakTheReadersLanguage() {
        let error = StoreError.unknownPatient("99")
        #expect(error.message(Catalog(.fr)) == "aucun patient 99 dans ce dossier.")
        #expect(error.description == "no patient 99 in this record.")
    }

    @Test func placeholdersAreFilledInOnePassAndArgumentsAreTakenAsTheyAre() {
        #expect(Catalog.format("{1} read “{2}”", ["Dr {2}", "Bilan"]) == "Dr {2} read “Bilan”")
        #expect(Catalog.format("{2}, {1}, {1}", ["a", "b"]) == "b, a, a")
        #expect(Catalog.format("{3} {x} {", ["a"]) == "{3} {x} {")
        #expect(TextFormat(.fr, timeZone: TimeZone(identifier: "UTC")!).day(Date(timeIntervalSince1970: 0)) == "01/01/1970")
    }
}
