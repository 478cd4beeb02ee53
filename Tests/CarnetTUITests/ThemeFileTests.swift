import CarnetCore
import Testing

@testable import CarnetTUI

@Suite struct ThemeFileTests {
    func parse(_ text: String) throws(ThemeError) -> ThemeFile {
        try ThemeFile(parsing: text, path: "themes/x.theme")
    }

    @Test func readsRolesColoursAttributesAndComments() throws {
        let file = try parse(
            """
            # a comment line
            inherit = default   # a comment after a value
            allow = bold reverse underline

            focus = fg:black bg:cyan bold reverse
            tab-active = underline bold
            tabInactive = plain
            low = fg:bright-blue bg:208 dim
            """)
        #expect(file.inherit == .init(value: "default", line: 2))
        #expect(file.allow?.value == [.bold, .reverse, .underline])
        #expect(
            file.looks[.focus]
                == .init(
                    value: .init(foreground: .black, background: .cyan, attributes: [.bold, .reverse]),
                    line: 5))
        #expect(file.looks[.tabActive]?.value.attributes == [.bold, .underline])
        #expect(file.looks[.tabInactive]?.value == Theme.Look())
        #expect(
            file.looks[.low]?.value
                == .init(foreground: .indexed(12), background: .indexed(208), attributes: [.dim]))
    }

    @Test func windowsLineEndingsCountLinesTheSame() {
        #expect(
            throws: ThemeError.invalid(
                path: "themes/x.theme", line: 3, problem: ThemeProblem(.themeExpectedPair, "oops"))
        ) {
            try parse("inherit = default\r\nfocus = reverse\r\noops\r\n")
        }
    }

    /// Each mistake is reported with the file, its line and what is wrong.
    @Test(arguments: [
        ("focus = fg:bleu reverse", "unknown colour 'bleu'"),
        ("focsu = reverse", "unknown role 'focsu' (roles: normal, heading, tab-active"),
        ("focus = reverse blink", "unknown attribute 'blink'"),
        ("focus = red", "'red' is a colour: write fg:red or bg:red"),
        ("focus reverse", "expected 'name = value', found 'focus reverse'"),
        ("focus =", "no value for 'focus'"),
        ("= bold", "nothing before '='"),
        ("focus = fg:300", "unknown colour '300'"),
        ("focus = fg:red fg:blue", "two foreground colours"),
        ("focus = plain bold", "'plain' means no attributes and stands alone"),
        ("allow = bold italic", "unknown attribute 'italic'"),
        ("heading = bold", "'heading' is set twice (first on line 2)"),
        ("inherit = light", "'inherit' is set twice (first on line 1)"),
    ])
    func aMistakeNamesTheFileAndLine(_ mistake: String, _ expected: String) {
        let text = ["inherit = default", "heading = bold", "", "# line 4", "", "", mistake].joined(
            separator: "\n")
        do {
            _ = try parse(text)
            Issue.record("\(mistake) was accepted")
        } catch {
            #expect(error.description.hasPrefix("themes/x.theme line 7: "), "\(error)")
            #expect(error.description.contains(expected), "\(error)")
        }
    }

    @Test func aParentIsNamedLikeAFileNotAPath() {
        #expect(
            throws: ThemeError.invalid(
                path: "themes/x.theme", line: 1, problem: ThemeProblem(.themeNotAName, "../secret"))
        ) {
            try parse("inherit = ../secret")
        }
    }

    @Test func aCamelCaseAndAKebabCaseNameOfOneRoleAreADuplicate() {
        #expect(throws: ThemeError.self) {
            try parse("inherit = default\ntab-active = bold\ntabActive = reverse")
        }
    }

    @Test func withoutInheritEveryRoleMustBeSet() {
        do {
            _ = try parse("normal = plain\nfocus = reverse")
            Issue.record("an incomplete theme was accepted")
        } catch {
            #expect(
                error.description.hasPrefix("themes/x.theme: no look for heading, tab-active"), "\(error)")
            #expect(error.description.contains("inherit = default"))
        }
    }

    @Test func roleNamesInKebabCaseAndAsInSwift() {
        for role in Style.Role.allCases {
            #expect(Style.Role(themeName: role.themeName) == role)
            #expect(Style.Role(themeName: role.rawValue) == role)
        }
        #expect(Style.Role.tabActive.themeName == "tab-active")
        #expect(Style.Role(themeName: "Focus") == nil)
    }
}
