import Foundation

extension ProfessionalAccess {
    /// A rolled-back deposit: what it would have done.
    struct DryRunDeposit: Error {
        let report: ImportReport
    }

    /// A professional deposits a FHIR file (a laboratory sending results): decided by the
    /// gate, recorded as one `import` event by this professional, and notified to the patient
    /// as any deposit is. `body` runs the import in the gate's transaction, given this
    /// professional's profession, which bounds what the file may hold.
    func importFile(
        dryRun: Bool = false, summary: @escaping (ImportReport) -> String,
        _ body: (any RecordWriter, Profession) throws -> ImportReport
    ) throws -> ImportReport {
        do {
            return try gate(.import, target: "import", notify: .add, named: summary) { writer, grant in
                let report = try body(writer, grant.professional.profession)
                if dryRun { throw DryRunDeposit(report: report) }
                return report
            }
        } catch let dryRun as DryRunDeposit {
            return dryRun.report
        }
    }
}
