import CarnetCore
import Foundation

/// The browser's import: a FHIR R4 file (a Bundle, NDJSON, or a folder of them) into the
/// record, as `carnet import` does it, with the same importer, checks and report. A form
/// asks for the path; the import runs off the key loop with a progress line; its report
/// shows as a page. A refusal (no such file, not FHIR, another person's file, a resource
/// that breaks the rules) is said in the form, and nothing is written.
enum ImportView: ViewModule {
    static let importFile = ModuleAction("importFile", writes: true)

    static var keys: [KeyBinding] {
        [KeyBinding([.char("I")], "I", .module(importFile), .keyImportFile)]
    }

    static func perform(_ action: ModuleAction, _ state: inout AppState) -> [Effect]? {
        guard action == importFile else { return nil }
        state.form = form(state.text)
        state.announcement = state.text[.announceFormOpened, state.text[.formImportTitle]]
        return []
    }

    static func form(_ text: Catalog) -> Form {
        Form(
            title: text[.formImportTitle],
            fields: [Form.Field(label: text[.fieldImportPath], placeholder: "~/export.json")],
            purpose: .module(importFile))
    }

    static func accept(_ form: Form, _ state: inout AppState) -> [Effect]? {
        guard form.purpose == .module(importFile) else { return nil }
        var form = form
        form.message = nil
        let path = form.text(0)
        form.flag(0, path.isEmpty ? state.text[.formImportPathMissing] : nil)
        guard form.isValid else {
            Update.refuseForm(form, &state)
            return []
        }
        state.form = form
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
            paths: [(path as NSString).expandingTildeInPath], recordPath: record.store.path,
            patient: String(record.patient.id), options: .init(language: text.language))
        importer.progress = progress
        do {
            let lines = try importer.run().lines(text)
            let page = TextPage(
                title: text[.importPageTitle, path], fields: [], body: lines, subject: .summary)
            return .done(page, said: lines.prefix(2).joined(separator: " "), changedRecord: true)
        } catch let failure as ImportFailure {
            return .refused(failure.message(text))
        } catch {
            return .refused(text[.changeFailed, "\(error)"])
        }
    }
}
