import ArgumentParser
import CarnetCore
import CarnetTUI
import Foundation

/// `carnet copy --from A --to B [--patient ID]`: one patient's whole record into another
/// store, ids and history kept, then verified (see `RecordCopy`).
struct CopyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "copy",
        abstract: CommandLanguage.text[.abstractCopy],
        discussion: CommandLanguage.text[.discussionCopy])

    @OptionGroup var record: RecordOptions

    @Option(name: .long, help: ArgumentHelp(CommandLanguage.text[.helpCopyFrom], valueName: "path"))
    var from: String?

    @Option(name: .long, help: ArgumentHelp(CommandLanguage.text[.helpCopyTo], valueName: "path"))
    var to: String

    @Flag(name: .long, help: ArgumentHelp(CommandLanguage.text[.helpCopyJson]))
    var json = false

    func validate() throws {
        if from != nil && (record.db != nil || record.demo) {
            throw ValidationError(CommandLanguage.text[.optionCopyFromAndDb])
        }
    }

    func run() throws {
        umask(0o077)
        let text = CommandLanguage.text
        var sourceOptions = record
        sourceOptions.db = from ?? record.path
        sourceOptions.demo = false
        // Read-only is enough: nothing is written to the source, not even an event.
        let source = try sourceOptions.openForReading()
        let patient = try sourceOptions.patient(in: source)
        let destinationLocation = StoreLocation(argument: to)
        // What may be shown of each: a server's URL never with its password.
        let shownTo = destinationLocation.description
        let shownFrom = StoreLocation(argument: sourceOptions.path).description
        if Self.sameFile(sourceOptions.path, to) { throw StoreError.invalid(text[.copySameRecord, shownTo]) }

        let created = !destinationLocation.exists
        let destination: any RecordStore
        if created {
            destination = try destinationLocation.create()
            try destination.write { writer in try writer.setMetadata("kind", "personal") }
            HeadMemory().forget(record: shownTo)
        } else {
            var destinationOptions = record
            destinationOptions.db = to
            destinationOptions.demo = false
            destination = try destinationOptions.openForWriting()
        }

        // Interrupted, a copy commits nothing; a record made for it goes too.
        let interruption = created ? ExportInterruption(removing: ["", "-wal", "-shm"].map { to + $0 }) : nil
        defer { interruption?.end() }
        var copy = RecordCopy(source: source, destination: destination, patient: patient.id)
        let bar = ProgressBar(text: text, phrase: .copyProgress)
        copy.progress = { done, total in bar.show(done, total) }
        let report: CopyReport
        do {
            report = try copy.run()
            try destination.refreshStatistics()
            ProgressBar.clear()
        } catch {
            ProgressBar.clear()
            // A destination made for this copy does not stay half-made or empty.
            if created {
                try? destination.close()
                destinationLocation.remove()
            }
            throw error
        }
        try? HeadMemory().remember(report.head, record: shownTo, patient: patient.id)
        try destination.close()
        if json {
            let data = try JSONSerialization.data(
                withJSONObject: Self.json(report, from: shownFrom, to: shownTo), options: [.sortedKeys])
            print(String(decoding: data, as: UTF8.self))
            return
        }
        var output = StandardOutput()
        if created { output.writeLine(Sanitizer.clean(text[.copyCreated, shownTo])) }
        output.writeLine(
            Sanitizer.clean(
                text[.copyDone, String(patient.id), patient.name, shownTo, Self.contents(report, text)]))
        output.writeLine(text[.copyVerified, LogCommand.Head.line(report.head, text)])
        output.flush()
    }

    /// "16 documents (17 versions), 19 vaccinations, …, 40 events".
    static func contents(_ report: CopyReport, _ text: Catalog) -> String {
        let format = TextFormat(text.language)
        func words(_ count: Int, _ many: Phrase, _ one: Phrase) -> String {
            count == 1 ? text[one] : text[many, format.count(count)]
        }
        return [
            words(report.documents, .copyDocuments, .copyDocumentOne) + " ("
                + words(report.versions, .copyVersions, .copyVersionOne) + ")",
            words(report.vaccinations, .copyVaccinations, .copyVaccinationOne),
            words(report.readings, .copyReadings, .copyReadingOne),
            words(report.profileEntries, .copyProfileEntries, .copyProfileEntryOne),
            words(report.notifications, .copyNotifications, .copyNotificationOne),
            words(report.events, .copyEvents, .copyEventOne),
        ].joined(separator: ", ")
    }

    /// The report as `--json` prints it: identifiers as strings, counts as numbers.
    static func json(_ report: CopyReport, from: String, to: String) -> [String: Any] {
        [
            "patientId": String(report.patient.id), "patientName": report.patient.name, "from": from,
            "to": to,
            "documents": report.documents, "versions": report.versions, "vaccinations": report.vaccinations,
            "readings": report.readings, "profileEntries": report.profileEntries,
            "notifications": report.notifications, "events": report.events, "consents": report.consents,
            "importSources": report.importSources, "head": report.head.code,
            "headHash": AccessChain.hex(report.head.hash), "verified": true,
        ]
    }

    /// Whether two paths are one file, however each is spelled (a link, `./`).
    static func sameFile(_ first: String, _ second: String) -> Bool {
        var a = stat()
        var b = stat()
        guard stat(first, &a) == 0, stat(second, &b) == 0 else { return false }
        return a.st_dev == b.st_dev && a.st_ino == b.st_ino
    }
}
