import CarnetCore
import Foundation

/// The Profile pane's rows and the patient's profile changes, through the same core code
/// as `carnet profile …`.
extension StoreSource {
    /// Every section with its entries; advance directives also show the record's latest
    /// DIR_ANT documents, newest first (a record rarely holds more than one; the Documents
    /// pane lists them all). A short list, read whole.
    func profileRows() throws -> [ListRow] {
        let directives = try store.documents(
            of: patient, matching: DocumentFilter(category: .advanceDirectives), page: .first, limit: 5)
        return ProfilePane.rows(try store.profile(of: patient), directives: directives, text, format)
    }

    func applyToProfile(_ change: RecordChange) throws -> String {
        do {
            switch change {
            case .addProfileEntry(let entry):
                let added = try profile.add(entry)
                return text[.profileAdded, added.section.label(text), added.label]
            case .changeProfileEntry(let entry):
                let changed = try profile.change(entry)
                return text[.profileChanged, changed.section.label(text), changed.label]
            case .removeProfileEntry(let entry):
                let removed = try profile.remove(entry.id)
                return text[.profileRemoved, removed.section.label(text), removed.label]
            default:
                throw ChangeRefused(text[.nothingChanged])
            }
        } catch let error as ProfileError {
            throw ChangeRefused(error.message(text, format))
        }
    }
}
