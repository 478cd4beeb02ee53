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
        return (PatientDocuments(store: store, patient: patient), CommandLanguage.text)
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
            commandName: "add",
            abstract: CommandLanguage.text[.abstractDocumentChangeAdd])
        @OptionGroup var record: RecordOptions
        @Argument(help: ArgumentHelp(CommandLanguage.text[.helpDocumentChangeAddFile])) var file: String
        @Option(help: ArgumentHelp(CommandLanguage.text[.helpDocumentChangeAddCategory])) var category: String
        @Option(help: ArgumentHelp(CommandLanguage.text[.helpDocumentChangeAddTitle])) var title: String
        @Option(help: ArgumentHelp(CommandLanguage.text[.helpDocumentChangeAddDate], valueName: "YYYY-MM-DD"))
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
            commandName: "mask",
            abstract:
                CommandLanguage.text[.abstractDocumentChangeMask])
        @OptionGroup var record: RecordOptions
        @Argument(help: ArgumentHelp(CommandLanguage.text[.helpDocumentChangeMaskId])) var id: Int64

        func run() throws {
            let (documents, text) = try DocumentChange.documents(record)
            say(try refusing(text) { try documents.mask(id) }.done(text))
        }
    }

    struct Unmask: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "unmask",
            abstract: CommandLanguage.text[.abstractDocumentChangeUnmask])
        @OptionGroup var record: RecordOptions
        @Argument(help: ArgumentHelp(CommandLanguage.text[.helpDocumentChangeUnmaskId])) var id: Int64

        func run() throws {
            let (documents, text) = try DocumentChange.documents(record)
            say(try refusing(text) { try documents.unmask(id) }.done(text))
        }
    }

    struct Delete: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "delete",
            abstract: CommandLanguage.text[.abstractDocumentChangeDelete],
            discussion: CommandLanguage.text[.discussionDocumentChangeDelete])
        @OptionGroup var record: RecordOptions
        @Argument(help: ArgumentHelp(CommandLanguage.text[.helpDocumentChangeUnmaskId])) var id: Int64
        @Flag(help: ArgumentHelp(CommandLanguage.text[.helpDocumentChangeDeleteYes])) var yes = false

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
