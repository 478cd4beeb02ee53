import ArgumentParser
import CarnetCore
import CarnetTUI
import Foundation

/// The professional's side: what a doctor, pharmacist or nurse's software does with the
/// record, through the same policy gate as everything else.
struct ProCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pro",
        abstract: CommandLanguage.text[.abstractPro],
        discussion:
            CommandLanguage.text[.discussionPro],
        subcommands: [List.self, Read.self, Add.self, Update.self, Vaccinate.self, Import.self])

    @OptionGroup var record: RecordOptions

    @Option(help: ArgumentHelp(CommandLanguage.text[.helpProRpps], valueName: "number"))
    var rpps: String

    @Flag(help: ArgumentHelp(CommandLanguage.text[.helpProEmergency]))
    var emergency = false

    func validate() throws {
        guard HealthIdentifier.isRPPS(rpps) else {
            throw ValidationError(CommandLanguage.text[.badRPPS, Sanitizer.clean(String(rpps.prefix(40)))])
        }
    }

    /// The gate for this professional, on the record the options name.
    func access(_ options: RecordOptions) throws -> ProfessionalAccess {
        let store = try options.openForWriting()
        let patient = try options.patient(in: store)
        return ProfessionalAccess(store: store, patient: patient.id, rpps: rpps, emergency: emergency)
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: CommandLanguage.text[.abstractProList])
        @ParentCommand var pro: ProCommand
        @OptionGroup var record: RecordOptions
        @OptionGroup var listing: ListingOptions

        func run() throws {
            var documents = try refusing { try pro.access(record).listDocuments() }
            if let limit = listing.limit { documents = Array(documents.prefix(limit)) }
            DocumentListing.print(documents, json: listing.json)
        }
    }

    struct Read: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "read", abstract: CommandLanguage.text[.abstractProRead])
        @ParentCommand var pro: ProCommand
        @OptionGroup var record: RecordOptions
        @Argument(help: ArgumentHelp(CommandLanguage.text[.helpDocumentChangeMaskId])) var id: Int64

        func run() throws {
            let toTerminal = isatty(STDOUT_FILENO) == 1
            let document: DocumentContent
            do {
                document = try refusing {
                    try pro.access(record).read(id) { !toTerminal || $0.isPlainText }
                }
            } catch let refused as DocumentNotDelivered {
                throw StoreError.invalid(
                    CommandLanguage.text[.binaryToTerminal, String(id), refused.mediaType.rawValue])
            }
            if document.mediaType.isPlainText {
                let text = String(decoding: document.content, as: UTF8.self)
                // A file's bytes are untrusted: on a terminal, control characters are shown, not obeyed.
                print(
                    toTerminal
                        ? text.split(separator: "\n", omittingEmptySubsequences: false)
                            .map { Sanitizer.clean(String($0)) }.joined(separator: "\n") : text)
            } else {
                FileHandle.standardOutput.write(document.content)
            }
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add", abstract: CommandLanguage.text[.abstractProAdd])
        @ParentCommand var pro: ProCommand
        @OptionGroup var record: RecordOptions
        @Argument(help: ArgumentHelp(CommandLanguage.text[.helpProAddFile])) var file: String
        @Option(help: ArgumentHelp(CommandLanguage.text[.helpProAddCategory])) var category: String
        @Option(help: ArgumentHelp(CommandLanguage.text[.helpDocumentChangeAddTitle])) var title: String
        @Option(help: ArgumentHelp(CommandLanguage.text[.helpDocumentChangeAddDate], valueName: "YYYY-MM-DD"))
        var date: String?

        func run() throws {
            let code = try ActDate.category(category)
            let checked = try checkedFile(file)
            let actDate = try date.map(ActDate.parse)
            let id = try refusing {
                try pro.access(record).add(
                    category: code, title: title, date: actDate, mediaType: checked.mediaType,
                    content: checked.content)
            }
            print(CommandLanguage.text[.documentAdded, String(id)])
        }
    }

    struct Update: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "update",
            abstract: CommandLanguage.text[.abstractProUpdate])
        @ParentCommand var pro: ProCommand
        @OptionGroup var record: RecordOptions
        @Argument(help: ArgumentHelp(CommandLanguage.text[.helpDocumentChangeUnmaskId])) var id: Int64
        @Argument(help: ArgumentHelp(CommandLanguage.text[.helpProUpdateFile])) var file: String

        func run() throws {
            let checked = try checkedFile(file)
            try refusing {
                try pro.access(record).update(id, mediaType: checked.mediaType, content: checked.content)
            }
            print(CommandLanguage.text[.documentUpdated, String(id)])
        }
    }
}

extension ProCommand {
    /// A professional deposits a FHIR file (a laboratory sending results).
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: CommandLanguage.text[.abstractProImport],
            discussion: CommandLanguage.text[.discussionProImport])
        @ParentCommand var pro: ProCommand
        @OptionGroup var record: RecordOptions
        @OptionGroup var importing: ImportOptions

        func run() throws {
            let access = try pro.access(record)
            let importer = importing.importer(paths: importing.files, record: record)
            try ImportOptions.finish(importing.json) { try refusing { try importer.run(as: access) } }
        }
    }
}

/// A professional's file, checked as the patient's are (with their own limits); a refusal
/// exits 1 with the reason.
func checkedFile(_ path: String) throws -> DocumentFile {
    do {
        return try DocumentFile.read(path, by: .professional)
    } catch let error as DocumentFileError {
        throw StoreError.refused(error.message(CommandLanguage.text))
    }
}

/// Runs a gated action; a refusal becomes exit code 3 with the reason on standard error.
func refusing<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let denied as AccessDenied {
        let text = CommandLanguage.text
        StandardError.write(text[.refusedPrefix] + denied.message(text) + "\n")
        throw ExitCode(3)
    } catch let error as DocumentChangeError {
        throw StoreError.refused(error.message(CommandLanguage.text))
    }
}
