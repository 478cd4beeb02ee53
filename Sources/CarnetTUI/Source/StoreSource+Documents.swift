import CarnetCore
import Foundation

/// The Documents pane's reads and the patient's document changes, through the same core
/// code as `carnet documents …`.
extension StoreSource {
    public func document(_ id: Int64, version: Int?) throws -> DocumentReading? {
        try reader.read(id, version: version)
    }

    public func maskQuestion(_ document: DocumentSummary) throws -> String {
        try refusingDocumentChange { try documents.maskPreview(document.id).question(text) }
    }

    func applyToDocuments(_ change: RecordChange) throws -> String {
        try refusingDocumentChange {
            switch change {
            case .addDocument(let path, let category, let title, let date):
                let file = try DocumentFile.read((path as NSString).expandingTildeInPath, by: .patient)
                let added = try documents.add(file, category: category, title: title, date: date)
                return text[.addedDone, added.title]
            case .maskDocument(let document):
                return try documents.mask(document.id).done(text)
            case .unmaskDocument(let document):
                return try documents.unmask(document.id).done(text)
            case .deleteDocument(let document):
                return text[.deletedDone, try documents.delete(document.id).title]
            default:
                throw ChangeRefused(text[.nothingChanged])
            }
        }
    }

    /// The record's refusals, as the browser shows them: in words, nothing written.
    private func refusingDocumentChange<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as DocumentChangeError {
            throw ChangeRefused(error.message(text))
        } catch let error as DocumentFileError {
            throw ChangeRefused(error.message(text))
        }
    }
}
