import ArgumentParser
import CarnetCore
import CarnetTUI
import Foundation

/// The patient's profile commands: add, change, remove. Each says what it did, is in the
/// access history, and on refusal says why, exits 1 and writes nothing.
enum ProfileChange {
    static func profile(_ record: RecordOptions) throws -> (PatientProfile, Store, Patient) {
        umask(0o077)
        let store = try record.openForWriting()
        let patient = try record.patient(in: store)
        return (PatientProfile(store: store, patient: patient), store, patient)
    }

    /// Runs a change; a refused one exits 1 with the reason in the reader's language.
    static func refusing<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as ProfileError {
            let language = Language.fromLocale()
            throw StoreError.refused(error.message(Catalog(language), TextFormat(language)))
        }
    }

    /// What describes an entry on the command line; for a change, only what is given
    /// replaces the entry's values, and an empty value clears one.
    struct Fields: ParsableArguments {
        @Option(help: "More about it: the reaction, the dosage, the establishment, the relationship…")
        var detail: String?
        @Option(
            help: ArgumentHelp("When it began, or the day directives were written.", valueName: "YYYY-MM-DD"))
        var start: String?
        @Option(help: ArgumentHelp("When it ended (a treatment's may be ahead).", valueName: "YYYY-MM-DD"))
        var end: String?
        @Option(help: "For family history: mother, father, sister, brother, daughter, son, grandmother, …")
        var relative: String?
        @Option(help: "For contacts: emergency, trusted-person (personne de confiance) or carer.")
        var role: String?
        @Option(help: "For contacts: 06 12 34 56 78, +33 6 12 34 56 78 or an international number.")
        var phone: String?

        /// The entry with the given fields written over it.
        func apply(to entry: ProfileEntry) throws -> ProfileEntry {
            var entry = entry
            if let detail { entry.detail = detail }
            if let start { entry.start = start.isEmpty ? nil : try ActDate.parse(start) }
            if let end { entry.end = end.isEmpty ? nil : try ActDate.parse(end) }
            if let relative { entry.relative = relative.isEmpty ? nil : relative }
            if let role { entry.contactRole = role.isEmpty ? nil : try ProfileSectionName.role(role) }
            if let phone { entry.phone = phone }
            return entry
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add an entry to a section of your profile.",
            discussion: """
                SECTION is one of \(ProfileSectionName.all). A treatment needs --detail (its \
                dosage), family history --relative, a contact --role and --phone.
                """)
        @OptionGroup var record: RecordOptions
        @Argument(help: "The section.") var section: String
        @Argument(help: "What the entry is: the allergy, the illness, the medicine, the contact's name…")
        var label: String
        @OptionGroup var fields: Fields

        func run() throws {
            let section = try ProfileSectionName.parse(section)
            let entry = try fields.apply(to: ProfileEntry(section: section, label: label))
            let (profile, _, _) = try ProfileChange.profile(record)
            let added = try refusing { try profile.add(entry) }
            let text = Catalog(.fromLocale())
            print(Sanitizer.clean(text[.profileAddedWithId, added.section.label(text), added.label, String(added.id)]))
        }
    }

    struct Change: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Change an entry of your profile: what is given replaces it, an empty value clears it.")
        @OptionGroup var record: RecordOptions
        @Argument(help: "The entry's identifier, as listings print it.") var id: Int64
        @Option(help: "What the entry is.") var label: String?
        @OptionGroup var fields: Fields

        func run() throws {
            let (profile, store, patient) = try ProfileChange.profile(record)
            let changed = try refusing {
                guard var entry = try store.profileEntry(id, of: patient.id) else {
                    throw ProfileError.noEntry(id: id)
                }
                if let label { entry.label = label }
                return try profile.change(try fields.apply(to: entry))
            }
            let text = Catalog(.fromLocale())
            print(Sanitizer.clean(text[.profileChanged, changed.section.label(text), changed.label]))
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Remove an entry from your profile.",
            discussion: "On a terminal it asks first; --yes (or a script's standard input) does not.")
        @OptionGroup var record: RecordOptions
        @Argument(help: "The entry's identifier.") var id: Int64
        @Flag(help: "Do not ask for confirmation.") var yes = false

        func run() throws {
            let (profile, store, patient) = try ProfileChange.profile(record)
            let text = Catalog(.fromLocale())
            if !yes && isatty(STDIN_FILENO) == 1 {
                let entry = try refusing {
                    guard let entry = try store.profileEntry(id, of: patient.id) else {
                        throw ProfileError.noEntry(id: id)
                    }
                    return entry
                }
                StandardError.write(
                    text[.profileConfirmRemove, entry.section.label(text), entry.label] + text[.yesNoSuffix])
                let answer = (readLine() ?? "").trimmingCharacters(in: .whitespaces).lowercased()
                guard ["y", "yes", "o", "oui"].contains(answer) else {
                    print(text[.nothingChanged])
                    return
                }
            }
            let removed = try refusing { try profile.remove(id) }
            print(Sanitizer.clean(text[.profileRemoved, removed.section.label(text), removed.label]))
        }
    }
}
