import CarnetCore
import Foundation
import Testing

@testable import CarnetTUI

@Suite struct ThemeCatalogTests {
    /// The repository's `themes/` folder, found from this file.
    static let themesFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("themes")

    let shippedOnly = ThemeCatalog(userDirectory: nil)

    /// A user theme folder of its own, removed at the end.
    final class UserThemes {
        let root = NSTemporaryDirectory() + "carnet-themes-" + UUID().uuidString
        var directory: String { root + "/carnet/themes" }
        var catalog: ThemeCatalog {
            ThemeCatalog(environment: ["XDG_CONFIG_HOME": root, "HOME": "/nonexistent"])
        }

        init() throws {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        }

        deinit { try? FileManager.default.removeItem(atPath: root) }

        func write(_ name: String, _ text: String) throws {
            try text.write(toFile: directory + "/\(name).theme", atomically: true, encoding: .utf8)
        }
    }

    @Test func theFourDesignedThemesAreShipped() {
        #expect(Set(ThemeCatalog.shippedNames).isSuperset(of: ["default", "light", "high-contrast", "mono"]))
    }

    /// The compiled-in themes are the files of `themes/`, byte for byte, and none is missing.
    @Test func compiledThemesAreTheFilesOfTheThemesFolder() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.themesFolder.path)
            .filter { $0.hasSuffix(".theme") }
        #expect(Set(files.map { String($0.dropLast(".theme".count)) }) == Set(ThemeCatalog.shippedNames))
        for file in files {
            let text = try String(contentsOf: Self.themesFolder.appendingPathComponent(file), encoding: .utf8)
            #expect(ShippedThemes.texts[String(file.dropLast(".theme".count))] == text, "\(file)")
        }
    }

    @Test(arguments: ThemeCatalog.shippedNames)
    func eachShippedThemeParsesWithEveryRole(_ name: String) throws {
        let theme = try shippedOnly.theme(named: name)
        #expect(theme.name == name)
        for role in Style.Role.allCases { #expect(theme.looks[role] != nil, "\(name): \(role)") }
    }

    /// Colour never carries meaning alone, in any shipped theme: the rules, and the same looks
    /// once colours are stripped.
    @Test(arguments: ThemeCatalog.shippedNames)
    func eachShippedThemeReadsWithoutColour(_ name: String) throws {
        let theme = try shippedOnly.theme(named: name)
        #expect(ThemeRules.violations(in: theme).isEmpty)
        let bare = { (role: Style.Role) in
            theme.look(for: Style(role)).attributes.subtracting(.dim)
        }
        #expect(bare(.focus).contains(.reverse) || bare(.focus).isSuperset(of: [.bold, .underline]))
        for role in [Style.Role.alert, .high, .low] {
            #expect(bare(role).contains(.bold), "\(name): \(role)")
        }
        #expect(bare(.tabActive) != bare(.tabInactive))
        #expect(bare(.selection) != bare(.focus))
    }

    @Test func monoHasNoColourAndNoDim() throws {
        let mono = try shippedOnly.theme(named: "mono")
        #expect(!mono.usesColor)
        for role in Style.Role.allCases {
            #expect(!mono.look(for: Style(role, [.dim])).attributes.contains(.dim))
        }
        #expect(Theme.monochrome == mono)
        #expect(Theme.default == (try shippedOnly.theme(named: "default")))
    }

    @Test func aThemeLettingColourCarryMeaningIsRefusedAtItsLine() throws {
        let user = try UserThemes()
        try user.write("flat", "inherit = default\n# focus by colour only\nfocus = fg:black bg:cyan\n")
        #expect(
            throws: ThemeError.invalid(
                path: user.directory + "/flat.theme", line: 3,
                problem: ThemeProblem(.themeFocusMark, "focus"))
        ) {
            try user.catalog.theme(named: "flat")
        }
        try user.write("same-tabs", "inherit = mono\ntab-active = fg:red\n")
        #expect(throws: ThemeError.self) { try user.catalog.theme(named: "same-tabs") }
    }

    @Test func aUserThemeInheritsAShippedOneAndOverridesSomeRoles() throws {
        let user = try UserThemes()
        try user.write("mine", "# my colours\ninherit = high-contrast\nselection = fg:green bold underline\n")
        let mine = try user.catalog.theme(named: "mine")
        let highContrast = try shippedOnly.theme(named: "high-contrast")
        #expect(mine.name == "mine")
        #expect(mine.looks[.selection] == .init(foreground: .green, attributes: [.bold, .underline]))
        #expect(mine.looks[.focus] == highContrast.looks[.focus])
        #expect(mine.allowedAttributes == highContrast.allowedAttributes, "allow is inherited too")
        #expect(user.catalog.names == ["default", "high-contrast", "light", "mine", "mono"])
    }

    @Test func aUserThemeTakesPrecedenceOverTheShippedOneOfItsName() throws {
        let user = try UserThemes()
        try user.write("light", "inherit = light\nheading = bold underline\n")
        try user.write("lighter", "inherit = light\n")
        let light = try user.catalog.theme(named: "light")
        #expect(light.looks[.heading] == .init(attributes: [.bold, .underline]))
        #expect(light.looks[.normal] == (try shippedOnly.theme(named: "light")).looks[.normal])
        // Other user themes inheriting `light` get the user's.
        #expect(try user.catalog.theme(named: "lighter").looks == light.looks)
        // The shipped themes never see the user's.
        #expect(try user.catalog.theme(named: "default") == Theme.default)
    }

    @Test func inheritLoopsAndUnknownParentsAreErrorsAtTheirLine() throws {
        let user = try UserThemes()
        try user.write("a", "# a\ninherit = b\n")
        try user.write("b", "inherit = c\n")
        try user.write("c", "\n\ninherit = a\n")
        #expect(
            throws: ThemeError.invalid(
                path: user.directory + "/c.theme", line: 3, problem: ThemeProblem(.themeInheritLoop, "a → b → c → a"))
        ) {
            try user.catalog.theme(named: "a")
        }
        try user.write("self", "inherit = self\n")
        #expect(throws: ThemeError.self) { try user.catalog.theme(named: "self") }
        try user.write("orphan", "# no such parent\ninherit = sepia\n")
        do {
            _ = try user.catalog.theme(named: "orphan")
            Issue.record("an unknown parent was accepted")
        } catch {
            #expect(error.description.hasPrefix(user.directory + "/orphan.theme line 2: inherits 'sepia'"))
        }
    }

    @Test func anUnknownNameListsTheAvailableThemes() throws {
        let user = try UserThemes()
        try user.write("mine", "inherit = default\n")
        #expect(
            throws: ThemeError.unknown(
                name: "sepia", available: ["default", "high-contrast", "light", "mine", "mono"],
                userDirectory: user.directory)
        ) { try user.catalog.theme(named: "sepia") }
        #expect(throws: ThemeError.self) { try user.catalog.theme(named: "../mine") }
        let message = ThemeError.unknown(name: "x", available: ["default", "mono"], userDirectory: "/d")
            .description
        #expect(
            message
                == "no theme named 'x'. Available themes: default, mono. Your own themes go in /d/NAME.theme."
        )
    }

    @Test func theUserFolderFollowsXDGConfigHome() {
        #expect(
            ThemeCatalog.userDirectory(environment: ["XDG_CONFIG_HOME": "/c", "HOME": "/h"])
                == "/c/carnet/themes")
        #expect(ThemeCatalog.userDirectory(environment: ["HOME": "/h"]) == "/h/.config/carnet/themes")
        #expect(
            ThemeCatalog.userDirectory(environment: ["XDG_CONFIG_HOME": "relative", "HOME": "/h"])
                == "/h/.config/carnet/themes", "a relative XDG_CONFIG_HOME is ignored")
    }
}
