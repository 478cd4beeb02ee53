import Testing

@testable import CarnetTUI

@Suite struct ThemeTests {
    @Test func everyRoleHasALookInBothBuiltInThemes() {
        for role in Style.Role.allCases {
            #expect(Theme.default.looks[role] != nil)
            #expect(Theme.monochrome.looks[role] != nil)
        }
    }

    @Test func monochromeUsesOnlyBoldReverseUnderline() {
        #expect(!Theme.monochrome.usesColor)
        let allowed: Style.Attributes = [.bold, .reverse, .underline]
        for role in Style.Role.allCases {
            let look = Theme.monochrome.look(for: Style(role, [.dim, .bold]))
            #expect(allowed.isSuperset(of: look.attributes))
        }
    }

    @Test func explicitAttributesAddToTheRoleLook() {
        let look = Theme.default.look(for: Style(.heading, [.underline]))
        #expect(look.attributes == [.bold, .underline])
    }

    @Test func roleNamesAreThemeFileNames() {
        #expect(Style.Role(rawValue: "tabActive") == .tabActive)
    }
}
