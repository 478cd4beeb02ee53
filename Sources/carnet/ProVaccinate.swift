import ArgumentParser
import CarnetCore
import CarnetTUI
import Foundation

extension ProCommand {
    struct Vaccinate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Add a vaccination you gave to the patient's card (physicians, midwives, nurses, pharmacists)."
        )
        @ParentCommand var pro: ProCommand
        @OptionGroup var record: RecordOptions
        @OptionGroup var entry: VaccinationEntryOptions

        func run() throws {
            let added = try VaccinationEntryOptions.checking {
                try refusing { try pro.access(record).vaccinate(try entry.entry()) }
            }
            print(Sanitizer.clean(Catalog(.fromLocale())[.vaccinationAdded, added.vaccine, String(added.id)]))
        }
    }
}
