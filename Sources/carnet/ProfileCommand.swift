import ArgumentParser
import CarnetCore
import Foundation

struct ProfileCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "profile", abstract: CommandLanguage.text[.abstractProfile],
        discussion: CommandLanguage.text[.discussionProfile, ProfileSectionName.all],
        subcommands: [
            List.self, ProfileChange.Add.self, ProfileChange.Change.self, ProfileChange.Remove.self,
        ],
        defaultSubcommand: List.self)

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list", abstract: CommandLanguage.text[.abstractProfileList])
        @OptionGroup var record: RecordOptions
        @OptionGroup var listing: ListingOptions
        @Option(help: ArgumentHelp(CommandLanguage.text[.helpProfileListSection], valueName: "SECTION")) var section: String?

        func run() throws {
            let only = try section.map(ProfileSectionName.parse)
            let store = try record.openForReading()
            let patient = try record.patient(in: store)
            let entries = try store.profile(of: patient.id).filter { only == nil || $0.section == only }
                .prefix(listing.limit ?? Int.max)
            let dates = ISODate()
            if listing.json {
                var writer = JSONArrayWriter()
                for entry in entries {
                    writer.add([
                        "id": .string(String(entry.id)), "section": .string(entry.section.rawValue),
                        "label": .string(entry.label), "detail": .optional(entry.detail),
                        "start": .optional(entry.start.map(dates.day)),
                        "end": .optional(entry.end.map(dates.day)),
                        "relative": .optional(entry.relative),
                        "contactRole": .optional(entry.contactRole?.rawValue),
                        "phone": .optional(entry.phone),
                    ])
                }
                writer.finish()
                return
            }
            let text = CommandLanguage.text
            var table = TextTable(widths: [5, 18, 30, 23])
            table.row([
                text[.tableId], text[.tableSection], text[.tableEntry], text[.tableDates],
                text[.tableDetails],
            ])
            for entry in entries {
                let details = [
                    entry.contactRole?.label(text), entry.relativeLabel(text), entry.phone, entry.detail,
                ].compactMap { $0 }
                table.row([
                    String(entry.id), entry.section.label(text), entry.label,
                    entry.period(text, day: dates.day), details.joined(separator: ", "),
                ])
            }
            table.finish()
        }
    }
}

/// Sections, roles and relatives as the command line names them: the record's own words
/// (`familyHistory`), or with dashes (`family-history`).
enum ProfileSectionName {
    static let all = ProfileEntry.Section.allCases.map { dashed($0.rawValue) }.joined(separator: ", ")

    static func parse(_ typed: String) throws -> ProfileEntry.Section {
        guard let section = ProfileEntry.Section.allCases.first(where: { matches(typed, $0.rawValue) }) else {
            throw ValidationError(CommandLanguage.text[.profileUnknownSection, typed, all])
        }
        return section
    }

    static func role(_ typed: String) throws -> ProfileEntry.ContactRole {
        guard let role = ProfileEntry.ContactRole.allCases.first(where: { matches(typed, $0.rawValue) })
        else {
            let roles = ProfileEntry.ContactRole.allCases.map { dashed($0.rawValue) }.joined(separator: ", ")
            throw ValidationError(CommandLanguage.text[.profileUnknownRole, typed, roles])
        }
        return role
    }

    /// "familyHistory" as "family-history".
    static func dashed(_ name: String) -> String {
        name.reduce(into: "") { out, character in
            if character.isUppercase { out += "-" + character.lowercased() } else { out.append(character) }
        }
    }

    private static func matches(_ typed: String, _ name: String) -> Bool {
        let typed = typed.lowercased()
        return typed == name.lowercased() || typed == dashed(name)
    }
}
