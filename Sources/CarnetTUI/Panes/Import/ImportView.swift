import CarnetCore
import Foundation

/// The browser's import: a FHIR R4 file (a Bundle, NDJSON, or a folder of them) into the
/// record, as `carnet import` does it, with the same importer, checks and report. A form
/// asks for the path; the import runs off the key loop with a progress line; its report
/// shows as a page. A refusal (no such file, not FHIR, another person's file, a resource
/// that breaks the rules) is said in the form, and nothing is written.
enum ImportView: ViewModule {
    static let action = ModuleAction("importFile", writes: true)
    static let key = KeyBinding([.char("I")], "I", .module(action), .keyImportFile)

    static func form(_ text: Catalog) -> Form {
        var form = Form(
            title: text[.formImportTitle],
            fields: [Form.Field(label: text[.fieldImportPath], placeholder: "~/export.json")],
            purpose: .module(action))
        form.keysLine = text[.importFormKeys]
        return form
    }

    static func accepted(_ form: Form, _ state: inout AppState) -> [Effect] {
        guard let path = typedPath(form, field: 0, missing: .formImportPathMissing, &state) else { return [] }
        return Update.start(RecordJob(FHIRImport(path: path)), &state)
    }
}

/// The import itself, run off the key loop: the importer opens the record's file on its own
/// connection and writes in one transaction, recorded as an `import` event.
struct FHIRImport: RecordWork {
    /// As typed (`~` is the home folder; a relative path is from where carnet started).
    var path: String

    var description: String { "import \(path)" }

    func progress(_ percent: Int, _ text: Catalog) -> String { text[.importProgress, String(percent)] }

    func run(on record: RecordAccess, progress: @escaping (Int, Int) -> Void) -> JobOutcome {
        let text = record.text
        var importer = FHIRImporter(
            paths: [RecordAccess.expandingHome(path)], recordPath: record.store.location,
            patient: String(record.patient.id), options: .init(language: text.language))
        importer.progress = progress
        importer.openStore = record.store
        do {
            let lines = try importer.run().lines(text)
            return .report(text[.importPageTitle, path], lines, said: lines.prefix(2).joined(separator: " "))
        } catch let failure as ImportFailure {
            return .refused(failure.message(text))
        } catch {
            return .refused(text[.changeFailed, "\(error)"])
        }
    }
}
