import ArgumentParser
import CarnetCore
import CarnetTUI
import Foundation

extension ProCommand {
    struct Vaccinate: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "vaccinate",
            abstract:
                CommandLanguage.text[.abstractProVaccinate]
        )
        @ParentCommand var pro: ProCommand
        @OptionGroup var record: RecordOptions
        @OptionGroup var entry: VaccinationEntryOptions

        func run() throws {
            let added = try VaccinationEntryOptions.checking {
                try refusing { try pro.access(record).vaccinate(try entry.entry()) }
            }
            print(Sanitizer.clean(CommandLanguage.text[.vaccinationAdded, added.vaccine, String(added.id)]))
        }
    }
}
