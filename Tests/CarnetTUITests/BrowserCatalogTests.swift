import CarnetCore
import Foundation
import Testing

@testable import CarnetTUI

/// The browser's own words: every one in both languages, taking the same arguments.
@Suite struct BrowserCatalogTests {
    /// The placeholders a template uses: {1}, {2}…
    func placeholders(_ template: String) -> Set<String> {
        Set(template.matches(of: /\{[0-9]+\}/).map { String($0.output) })
    }

    @Test(arguments: Language.allCases)
    func everyPhraseIsTranslated(_ language: Language) {
        let table = BrowserCatalog.table(language)
        let missing = BrowserPhrase.allCases.filter { (table[$0] ?? "").isEmpty }
        #expect(missing.isEmpty, "missing in \(language): \(missing)")
    }

    @Test func translationsTakeTheSameArguments() {
        for phrase in BrowserPhrase.allCases {
            let english = Catalog(.en).template(phrase)
            let french = Catalog(.fr).template(phrase)
            #expect(placeholders(english) == placeholders(french), "\(phrase): \(english) / \(french)")
        }
    }

    @Test func aKeysWordsFollowTheLanguageWithTheirArguments() {
        #expect(Catalog(.en)[.keyQuit] == "Quit")
        #expect(Catalog(.fr)[.keyQuit] == "Quitter")
        #expect(Catalog(.en)[.announcePane, "Profile"].contains("Profile"))
    }
}
