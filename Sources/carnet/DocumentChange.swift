import ArgumentParser
import CarnetCore
import Foundation

/// The patient's document commands: add, mask, unmask, delete. Each says what it did, is in
/// the access history, and on refusal says why, exits 1 and writes nothing.
enum DocumentChange {
    static func documents(_ record: RecordOptions) throws -> (PatientDocuments, Catalog) {
        umask(0o077)
        let store = try record.openForWriting()
        let patient = try record.patient(in: store)
        return (PatientDocuments(store: store, patient: patient), Catalog(.fromLocale()))
    }

    /// Runs a change; a refused one exits 1 with the reason.
    static func refusing<T>(_ text: Catalog, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as DocumentChangeError {
            throw StoreError.refused(error.message(text))
        } catch let error as DocumentFileError {
            throw StoreError.refused(error.message(text))
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add a file to your documents (text, PDF, JPEG, PNG, TIFF or RTF; at most 5 MB).")
        @OptionGroup var record: RecordOptions
        @Argument(help: "The file.") var file: String
        @Option(help: "The DMP category code, e.g. BIOLOGIE.") var category: String
        @Option(help: "The document's title.") var title: String
        @Option(help: ArgumentHelp("The date of the act (default: today).", valueName: "YYYY-MM-DD"))
        var date: String?

        func run() throws {
            let code = try ActDate.category(category)
            let actDate = try date.map(ActDate.parse)
            let (documents, text) = try DocumentChange.documents(record)
            let added = try refusing(text) {
                let checked = try DocumentFile.read(file, by: .patient)
                return (try documents.add(checked, category: code, title: title, date: actDate), checked)
            }
            say(
                text[
                    .documentAddedByPatient, String(added.0.id), added.0.title,
                    text[added.1.mediaType.phrase],
                    text.fileSize(added.1.content.count)])
        }
    }

    struct Mask: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Mask a document from professionals: only you, its author and your treating doctor see it.")
        @OptionGroup var record: RecordOptions
        @Argument(help: "The document's identifier, as listings print it.") var id: Int64

        func run() throws {
            let (documents, text) = try DocumentChange.documents(record)
            say(try refusing(text) { try documents.mask(id) }.done(text))
        }
    }

    struct Unmask: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show a masked document to professionals again.")
        @OptionGroup var record: RecordOptions
        @Argument(help: "The document's identifier.") var id: Int64

        func run() throws {
            let (documents, text) = try DocumentChange.documents(record)
            say(try refusing(text) { try documents.unmask(id) }.done(text))
        }
    }

    struct Delete: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Delete a document you deposited, with its versions.",
            discussion: "On a terminal it asks first; --yes (or a script's standard input) does not.")
        @OptionGroup var record: RecordOptions
        @Argument(help: "The document's identifier.") var id: Int64
        @Flag(help: "Do not ask for confirmation.") var yes = false

        func run() throws {
            let (documents, text) = try DocumentChange.documents(record)
            if !yes && isatty(STDIN_FILENO) == 1 {
                let store = try record.openForWriting()
                let patient = try record.patient(in: store)
                guard let document = try store.document(id, of: patient.id) else {
                    throw StoreError.refused(DocumentChangeError.noDocument(id: id).message(text))
                }
                StandardError.write(text[.confirmDelete, document.title] + text[.yesNoSuffix])
                let answer = (readLine() ?? "").trimmingCharacters(in: .whitespaces).lowercased()
                guard ["y", "yes", "o", "oui"].contains(answer) else {
                    print(text[.nothingChanged])
                    return
                }
            }
            let deleted = try refusing(text) { try documents.delete(id) }
            say(text[.documentDeleted, String(deleted.id), deleted.title])
        }
    }
}
