import Foundation

/// `carnet import`: FHIR R4 Bundles and NDJSON into the record, in one transaction.
///
/// ```swift
/// let importer = FHIRImporter(paths: ["export.json"], recordPath: path)
/// let report = try importer.run()           // throws ImportFailure; nothing written then
/// print(report.lines(Catalog(.en)).joined(separator: "\n"))
/// ```
public struct FHIRImporter {
    public struct Options: Sendable {
        public var dryRun = false
        /// Write the valid resources and list the others, instead of refusing the file.
        public var skipInvalid = false
        public var language: Language = .en
        public init(dryRun: Bool = false, skipInvalid: Bool = false, language: Language = .en) {
            self.dryRun = dryRun
            self.skipInvalid = skipInvalid
            self.language = language
        }
    }

    let paths: [String]
    let recordPath: String
    /// The record already open (the browser's): imported into as it is, never reopened.
    public var openStore: (any RecordStore)?
    let patientSelector: String?
    let options: Options
    let now: @Sendable () -> Date
    let standardInput: () -> Data?
    /// Called as the work advances: bytes done, bytes in all (for a progress bar).
    public var progress: (Int, Int) -> Void = { _, _ in }

    public init(
        paths: [String], recordPath: String, patient: String? = nil, options: Options = Options(),
        now: @escaping @Sendable () -> Date = { Date() },
        standardInput: @escaping () -> Data? = { FHIRImporter.readStandardInput() }
    ) {
        self.paths = paths
        self.recordPath = recordPath
        self.patientSelector = patient
        self.options = options
        self.now = now
        self.standardInput = standardInput
    }

    /// Imports as the patient. With no record at the path, creates one from the file's Patient.
    public func run() throws -> ImportReport {
        let (input, scan, filePatient) = try read()
        if let openStore {
            let patient = try openStore.patient(matching: patientSelector)
            try check(filePatient, against: patient)
            return try write(store: openStore, patient: patient, input: input, scan: scan, created: false)
        }
        let location = StoreLocation(argument: recordPath)
        let store: any RecordStore
        do {
            guard location.exists else { throw StoreError.noRecord(path: recordPath) }
            store = try location.open()
        } catch StoreError.noRecord {
            // No file there, or a server's empty database: the record is made from the file's Patient.
            guard let filePatient else { throw ImportFailure.noPatientToCreate(path: location.description) }
            return try creating(filePatient, input, scan)
        }
        defer { try? store.close() }
        let patient = try store.patient(matching: patientSelector)
        try check(filePatient, against: patient)
        return try write(store: store, patient: patient, input: input, scan: scan, created: false)
    }

    /// Imports as a professional, through the policy gate (see `ProfessionalAccess.importFile`).
    public func run(as access: ProfessionalAccess) throws -> ImportReport {
        let (input, scan, filePatient) = try read()
        let patient = try access.store.patient(matching: String(access.patient))
        try check(filePatient, against: patient)
        return try access.importFile(dryRun: options.dryRun, summary: { $0.summary }) { writer, profession in
            try session(writer, patient: patient, input: input, scan: scan, depositor: .professional, profession: profession)
        }
    }

    /// Standard input, read whole up to the Bundle limit (and one byte more, to tell).
    public static func readStandardInput() -> Data? {
        ImportInput.readStandardInput()
    }

    // MARK: - Steps

    private func read() throws -> (ImportInput, ImportScan, FilePatient?) {
        let input = try ImportInput(paths: paths, standardInput: standardInput)
        let scan = try ImportScan(input) { progress($0 / 2, max(input.totalBytes, 1)) }
        let patients = scan.resources.indices.filter { scan.resources[$0].type == "Patient" }
        if !options.skipInvalid, !scan.problems.isEmpty { throw ImportFailure.problems(scan.problems) }
        var filePatient: FilePatient?
        if patients.count > 1 {
            throw ImportFailure.severalPatients(
                patients.map { position in
                    let named = scan.parties[position].flatMap { try? FilePatient($0).name } ?? "?"
                    return "\(named) (\(scan.resources[position].label))"
                })
        }
        if let position = patients.first, let element = scan.parties[position] {
            do {
                filePatient = try FilePatient(element)
            } catch {
                let resource = scan.resources[position]
                throw ImportFailure.problems([
                    ImportProblem(place: resource.raw.place, resource: resource.label, issue: ImportSession.issue(error))
                ])
            }
        }
        return (input, scan, filePatient)
    }

    private func check(_ filePatient: FilePatient?, against patient: Patient) throws {
        guard let filePatient, !filePatient.isSamePerson(as: patient) else { return }
        func described(_ name: String, _ birth: String, _ ins: String?) -> String {
            "\(name), \(birth)" + (ins.map { ", INS \($0)" } ?? "")
        }
        throw ImportFailure.otherPerson(
            file: described(filePatient.name, filePatient.birthDate, filePatient.ins),
            record: described(patient.name, patient.birthDate, patient.ins))
    }

    /// A new record from the file's Patient; removed again if the import writes nothing.
    private func creating(_ filePatient: FilePatient, _ input: ImportInput, _ scan: ImportScan) throws -> ImportReport {
        let path = options.dryRun ? NSTemporaryDirectory() + "carnet-dry-run-" + UUID().uuidString + ".sqlite" : recordPath
        let location = StoreLocation(argument: path)
        let store = try location.create()
        func remove() {
            try? store.close()
            location.remove()
        }
        do {
            let id = try store.write { writer in
                try writer.setMetadata("kind", "personal")
                return try writer.addPatient(
                    NewPatient(
                        name: filePatient.name, birthDate: filePatient.birthDate, ins: filePatient.ins,
                        sex: filePatient.sex), at: now())
            }
            let patient = try store.patient(matching: String(id))
            var report = try write(store: store, patient: patient, input: input, scan: scan, created: true)
            report.createdRecord = true
            if options.dryRun { remove() } else { try store.close() }
            return report
        } catch {
            remove()
            throw error
        }
    }

    /// Rolled back on purpose: a dry run's report.
    private struct DryRun: Error {
        let report: ImportReport
    }

    private func write(store: any RecordStore, patient: Patient, input: ImportInput, scan: ImportScan, created: Bool) throws
        -> ImportReport
    {
        do {
            return try store.write { writer in
                let report = try session(
                    writer, patient: patient, input: input, scan: scan, depositor: .patient, profession: nil)
                try writer.appendEvent(
                    AccessEvent(
                        at: now(), actorType: .patient, actorId: String(patient.id), actorName: patient.name,
                        action: .import, target: report.summary, outcome: .done),
                    patient: patient.id)
                if options.dryRun { throw DryRun(report: report) }
                return report
            }
        } catch let dryRun as DryRun {
            return dryRun.report
        }
    }

    /// The second pass, in the writer's transaction; throws every problem unless they are
    /// to be skipped.
    func session(
        _ writer: any RecordWriter, patient: Patient, input: ImportInput, scan: ImportScan, depositor: Depositor,
        profession: Profession?
    ) throws -> ImportReport {
        let session = ImportSession(
            writer: writer, input: input, scan: scan,
            context: ImportSession.Context(
                patient: patient.id, birthDate: patient.birthDate, now: now(), language: options.language,
                depositor: depositor, profession: profession))
        let total = max(input.totalBytes, 1)
        let count = max(scan.resources.count, 1)
        session.progress = { [progress] done in progress(total / 2 + total / 2 * done / count, total) }
        try session.importAll()
        let problems = scan.problems + session.problems
        if !problems.isEmpty && !options.skipInvalid { throw ImportFailure.problems(problems) }
        var report = session.report
        report.invalid = problems
        report.patient = patient.name
        report.dryRun = options.dryRun
        return report
    }
}
