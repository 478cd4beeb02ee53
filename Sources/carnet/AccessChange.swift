import ArgumentParser
import CarnetCore
import CarnetTUI
import Foundation

/// The patient's consent commands: each changes one thing, says what changed, and is in the
/// access history.
enum AccessChange {
    /// The consent settings of the record the options name, and the words to report with.
    static func settings(_ record: RecordOptions) throws -> (ConsentSettings, Catalog) {
        umask(0o077)
        let store = try record.openForWriting()
        let patient = try record.patient(in: store)
        return (ConsentSettings(store: store, patient: patient), CommandLanguage.text)
    }

    /// Runs a consent change; a refused one exits 1 with the reason.
    static func refusingConsent<T>(_ text: Catalog, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as ConsentError {
            throw StoreError.refused(error.message(text))
        }
    }

    /// An RPPS or FINESS number by its form, before anything is looked up or logged.
    static func checkActor(_ id: String) throws {
        guard HealthIdentifier.isRPPS(id) || HealthIdentifier.isFINESS(id) else {
            throw ValidationError(CommandLanguage.text[.badActorId, Sanitizer.clean(String(id.prefix(40)))])
        }
    }

    struct Grant: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "grant",
            abstract: CommandLanguage.text[.abstractAccessChangeGrant])
        @OptionGroup var record: RecordOptions
        @Argument(help: ArgumentHelp(CommandLanguage.text[.helpAccessChangeGrantId])) var id: String

        func validate() throws { try AccessChange.checkActor(id) }

        func run() throws {
            let (settings, text) = try AccessChange.settings(record)
            let entry = try refusingConsent(text) { try settings.grant(id) }
            say(text[.grantedDone, entry.name, entry.roleWords(text)])
        }
    }

    struct Block: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "block", abstract: CommandLanguage.text[.abstractAccessChangeBlock])
        @OptionGroup var record: RecordOptions
        @Argument(help: ArgumentHelp(CommandLanguage.text[.helpAccessChangeGrantId])) var id: String

        func validate() throws { try AccessChange.checkActor(id) }

        func run() throws {
            let (settings, text) = try AccessChange.settings(record)
            let entry = try refusingConsent(text) { try settings.block(id) }
            say(text[.blockedDone, entry.name, entry.roleWords(text)])
        }
    }

    struct Unblock: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "unblock", abstract: CommandLanguage.text[.abstractAccessChangeUnblock])
        @OptionGroup var record: RecordOptions
        @Argument(help: ArgumentHelp(CommandLanguage.text[.helpAccessChangeGrantId])) var id: String

        func validate() throws { try AccessChange.checkActor(id) }

        func run() throws {
            let (settings, text) = try AccessChange.settings(record)
            let entry = try refusingConsent(text) { try settings.unblock(id) }
            say(text[.unblockedDone, entry.name, entry.roleWords(text)])
        }
    }

    struct SetDoctor: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "set-doctor", abstract: CommandLanguage.text[.abstractAccessChangeSetDoctor])
        @OptionGroup var record: RecordOptions
        @Argument(help: ArgumentHelp(CommandLanguage.text[.helpAccessChangeSetDoctorRpps])) var rpps: String

        func validate() throws { try AccessChange.checkActor(rpps) }

        func run() throws {
            let (settings, text) = try AccessChange.settings(record)
            let entry = try refusingConsent(text) { try settings.setTreatingDoctor(rpps) }
            say(text[.doctorDone, entry.name])
        }
    }

    struct Emergency: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "emergency",
            abstract:
                CommandLanguage.text[.abstractAccessChangeEmergency]
        )
        @OptionGroup var record: RecordOptions
        @Argument(help: ArgumentHelp(CommandLanguage.text[.helpAccessChangeEmergencyWhich])) var which: EmergencySwitch
        @Argument(help: ArgumentHelp(CommandLanguage.text[.helpAccessChangeEmergencyState])) var state: OnOff

        enum OnOff: String, ExpressibleByArgument, CaseIterable { case on, off }

        func run() throws {
            let (settings, text) = try AccessChange.settings(record)
            try settings.setEmergency(which, on: state == .on)
            let what: Phrase =
                switch which {
                case .samu: .switchSamu
                case .any: .switchAny
                case .masked: .switchMasked
                }
            say(text[state == .on ? .emergencyOn : .emergencyOff, text[what]])
        }
    }

    struct Close: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "close",
            abstract: CommandLanguage.text[.abstractAccessChangeClose])
        @OptionGroup var record: RecordOptions
        @Flag(help: ArgumentHelp(CommandLanguage.text[.helpAccessChangeCloseYes])) var yes = false

        func validate() throws {
            if !yes { throw ValidationError(CommandLanguage.text[.closeNeedsYes]) }
        }

        func run() throws {
            let (settings, text) = try AccessChange.settings(record)
            try settings.close()
            say(text[.closedDone])
        }
    }

    struct Reopen: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "reopen", abstract: CommandLanguage.text[.abstractAccessChangeReopen])
        @OptionGroup var record: RecordOptions

        func run() throws {
            let (settings, text) = try AccessChange.settings(record)
            try settings.reopen()
            say(text[.reopenedDone])
        }
    }
}

extension EmergencySwitch: ExpressibleByArgument {}
