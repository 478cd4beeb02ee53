import ArgumentParser
import CarnetCore
import CarnetTUI
import Foundation

/// The patient's profile commands: add, change, remove. Each says what it did, is in the
/// access history, and on refusal says why, exits 1 and writes nothing.
enum ProfileChange {
    static func profile(_ record: RecordOptions) throws -> (PatientProfile, any RecordStore, Patient) {
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
            let language = CommandLanguage.current
            throw StoreError.refused(error.message(Catalog(language), TextFormat(language)))
        }
    }

    /// What describes an entry on the command line; for a change, only what is given
    /// replaces the entry's values, and an empty value clears one.
    struct Fields: ParsableArguments {
        @Option(help: ArgumentHelp(CommandLanguage.text[.helpProfileChangeFieldsDetail]))
        var detail: String?
        @Option(
            help: ArgumentHelp(CommandLanguage.text[.helpProfileChangeFieldsStart], valueName: "YYYY-MM-DD"))
        var start: String?
        @Option(help: ArgumentHelp(CommandLanguage.text[.helpProfileChangeFieldsEnd], valueName: "YYYY-MM-DD"))
        var end: String?
        @Option(help: ArgumentHelp(CommandLanguage.text[.helpProfileChangeFieldsRelative]))
        var relative: String?
        @Option(help: ArgumentHelp(CommandLanguage.text[.helpProfileChangeFieldsRole]))
        var role: String?
        @Option(help: ArgumentHelp(CommandLanguage.text[.helpProfileChangeFieldsPhone]))
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
            commandName: "add",
            abstract: CommandLanguage.text[.abstractProfileChangeAdd],
            discussion: CommandLanguage.text[.discussionProfileChangeAdd, ProfileSectionName.all])
        @OptionGroup var record: RecordOptions
        @Argument(help: ArgumentHelp(CommandLanguage.text[.helpProfileChangeAddSection])) var section: String
        @Argument(help: ArgumentHelp(CommandLanguage.text[.helpProfileChangeAddLabel]))
        var label: String
        @OptionGroup var fields: Fields

        func run() throws {
            let section = try ProfileSectionName.parse(section)
            let entry = try fields.apply(to: ProfileEntry(section: section, label: label))
            let (profile, _, _) = try ProfileChange.profile(record)
            let added = try refusing { try profile.add(entry) }
            let text = CommandLanguage.text
            print(Sanitizer.clean(text[.profileAddedWithId, added.section.label(text), added.label, String(added.id)]))
        }
    }

    struct Change: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "change",
            abstract: CommandLanguage.text[.abstractProfileChangeChange])
        @OptionGroup var record: RecordOptions
        @Argument(help: ArgumentHelp(CommandLanguage.text[.helpProfileChangeChangeId])) var id: Int64
        @Option(help: ArgumentHelp(CommandLanguage.text[.helpProfileChangeChangeLabel])) var label: String?
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
            let text = CommandLanguage.text
            print(Sanitizer.clean(text[.profileChanged, changed.section.label(text), changed.label]))
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "remove",
            abstract: CommandLanguage.text[.abstractProfileChangeRemove],
            discussion: CommandLanguage.text[.discussionDocumentChangeDelete])
        @OptionGroup var record: RecordOptions
        @Argument(help: ArgumentHelp(CommandLanguage.text[.helpProfileChangeRemoveId])) var id: Int64
        @Flag(help: ArgumentHelp(CommandLanguage.text[.helpDocumentChangeDeleteYes])) var yes = false

        func run() throws {
            let (profile, store, patient) = try ProfileChange.profile(record)
            let text = CommandLanguage.text
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
