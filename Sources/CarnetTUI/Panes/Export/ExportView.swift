import CarnetCore
import Foundation

/// The browser's export: the whole record as FHIR R4, as `carnet export` writes it (a Bundle
/// file, or NDJSON files in a folder; the access history if asked), with the same checks. An
/// existing file is replaced only after a yes; the export runs off the key loop with a
/// progress line, and its summary shows as a page. A refusal writes nothing.
enum ExportView: ViewModule {
    static let action = ModuleAction("exportRecord", writes: true)
    static let key = KeyBinding([.char("E")], "E", .module(action), .keyExportRecord)

    /// Field positions of the form; the path is last, so that Enter there exports.
    enum Field {
        static let format = 0, history = 1, path = 2
    }

    /// A Bundle without the history, unless changed; the focus on the path.
    static func form(_ text: Catalog) -> Form {
        var form = Form(
            title: text[.formExportTitle],
            fields: [
                Form.Field(
                    label: text[.fieldExportFormat],
                    options: [
                        Menu.Option(text[.exportAsBundle], value: FHIRExporter.Format.bundle.rawValue),
                        Menu.Option(text[.exportAsNDJSON], value: FHIRExporter.Format.ndjson.rawValue),
                    ]),
                Form.Field(
                    label: text[.fieldExportHistory],
                    options: [
                        Menu.Option(text[.exportWithoutHistory], value: "no"),
                        Menu.Option(text[.exportWithHistory], value: "yes"),
                    ]),
                Form.Field(label: text[.fieldExportPath], placeholder: "~/carnet-export.json"),
            ],
            purpose: .module(action))
        for field in [Field.format, Field.history] {
            form.fields[field].choose(form.fields[field].options[0])
        }
        form.focus = Field.path
        form.keysLine = text[.exportFormKeys]
        return form
    }

    static func accepted(_ form: Form, _ state: inout AppState) -> [Effect] {
        guard let path = typedPath(form, field: Field.path, missing: .formExportPathMissing, &state) else {
            return []
        }
        let export = FHIRExport(
            path: path,
            format: form.fields[Field.format].value.flatMap(FHIRExporter.Format.init(rawValue:)) ?? .bundle,
            withHistory: form.fields[Field.history].value == "yes", force: false)
        return Update.start(RecordJob(export), &state)
    }
}

/// The export itself, run off the key loop: read in one read transaction, written under a
/// temporary name and renamed, recorded as an `export` event.
struct FHIRExport: RecordWork {
    /// As typed (`~` is the home folder; a relative path is from where carnet started).
    var path: String
    var format: FHIRExporter.Format
    var withHistory: Bool
    /// Replace what is at the path: only after the patient said yes.
    var force: Bool

    var description: String { "export \(format.rawValue) to \(path)" }

    func progress(_ percent: Int, _ text: Catalog) -> String { text[.exportProgress, String(percent)] }

    func run(on record: RecordAccess, progress: @escaping (Int, Int) -> Void) -> JobOutcome {
        let text = record.text
        var exporter = FHIRExporter(
            store: record.store, patient: record.patient,
            options: .init(format: format, withHistory: withHistory, force: force))
        exporter.progress = progress
        do {
            // The export is an event of the access history: the record changed.
            let lines = try exporter.run(to: RecordAccess.expandingHome(path)).lines(text)
            return .report(text[.exportPageTitle, path], lines, said: lines.joined(separator: " "))
        } catch ExportFailure.exists {
            var replacing = self
            replacing.force = true
            return .ask(text[.exportReplace, path], then: RecordJob(replacing))
        } catch let failure as ExportFailure {
            return .refused(failure.message(text))
        } catch {
            return .refused(text[.changeFailed, "\(error)"])
        }
    }
}
