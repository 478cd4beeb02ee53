import Foundation

/// The second pass of an import, inside its one transaction: each resource parsed again and
/// turned into what carnet keeps, through the checks of the record (the same as for what
/// a person types), remembering its source so that importing again adds nothing.
final class ImportSession {
    struct Context {
        var patient: Int64
        var birthDate: String
        var now: Date
        var language: Language
        /// Who deposits: the patient's limits, or a professional's.
        var depositor: Depositor
        /// `pro import`: the depositing professional's profession, which bounds what the file may hold.
        var profession: Profession?
    }

    let writer: any RecordWriter
    let input: ImportInput
    let scan: ImportScan
    let context: Context
    var report = ImportReport()
    var problems: [ImportProblem] = []
    /// Observations a DiagnosticReport names as its results: a report's, not "not imported".
    var reportResults: Set<Int> = []
    /// Called with the number of resources done.
    var progress: (Int) -> Void = { _ in }
    private var done = 0

    init(writer: any RecordWriter, input: ImportInput, scan: ImportScan, context: Context) {
        self.writer = writer
        self.input = input
        self.scan = scan
        self.context = context
    }

    var text: Catalog { Catalog(context.language) }

    /// Every resource, in an order where what is pointed at comes first.
    func importAll() throws {
        var byType: [String: [Int]] = [:]
        for (position, resource) in scan.resources.enumerated() { byType[resource.type, default: []].append(position) }
        for position in byType["Practitioner", default: []] { each(position, importPractitioner) }
        for position in byType["Organization", default: []] { each(position, importOrganization) }
        for position in byType["PractitionerRole", default: []] { each(position, importPractitionerRole) }
        for position in byType["Observation", default: []] { each(position, importObservation) }
        for position in byType["Immunization", default: []] { each(position, importImmunization) }
        let documents = byType["DocumentReference", default: []]
        // A document that replaces another comes after the one it replaces.
        let (replacing, first) = documents.reduce(into: ([Int](), [Int]())) { split, position in
            if rawReplaces(position) { split.0.append(position) } else { split.1.append(position) }
        }
        for position in first + replacing { each(position, importDocumentReference) }
        for position in byType["DiagnosticReport", default: []] { each(position, importDiagnosticReport) }
        for position in byType["AllergyIntolerance", default: []] { each(position, importAllergy) }
        for position in byType["Condition", default: []] { each(position, importCondition) }
        for position in byType["MedicationStatement", default: []] { each(position, importMedicationStatement) }
        for position in byType["MedicationRequest", default: []] { each(position, importMedicationRequest) }
        for position in byType["FamilyMemberHistory", default: []] { each(position, importFamilyHistory) }
        for position in byType["Encounter", default: []] { each(position, importEncounter) }
        for position in byType["RelatedPerson", default: []] { each(position, importRelatedPerson) }
        for position in byType["Patient", default: []] { each(position, importPatientContacts) }
        for position in byType["Consent", default: []] { each(position, importConsent) }
        for position in byType["Patient", default: []] { each(position, importTreatingDoctor) }
        let handled: Set<String> = [
            "Practitioner", "Organization", "PractitionerRole", "Observation", "Immunization", "DocumentReference",
            "DiagnosticReport", "AllergyIntolerance", "Condition", "MedicationStatement", "MedicationRequest",
            "FamilyMemberHistory", "Encounter", "RelatedPerson", "Patient", "Binary", "Medication", "Consent",
        ]
        for (type, positions) in byType where !handled.contains(type) {
            report.notImported[type] = positions.count
        }
        // Binary resources no document used are not imported either.
        let unusedBinaries = byType["Binary", default: []].filter { !usedBinaries.contains($0) }.count
        if unusedBinaries > 0 { report.notImported["Binary"] = unusedBinaries }
        let loose = byType["Observation", default: []].filter { !reportResults.contains($0) && !readingObservations.contains($0) }
        let notReadings = loose.count - skippedObservations.count
        if notReadings > 0 { report.notImported["Observation", default: 0] += notReadings }
    }

    var usedBinaries: Set<Int> = []
    var readingObservations: Set<Int> = []
    var skippedObservations: Set<Int> = []

    /// Parses one resource again and runs `body` on it in a savepoint: a problem is listed
    /// with its place, and what the resource had written is undone.
    func each(_ position: Int, _ body: (Int, FHIRElement) throws -> Void) {
        let resource = scan.resources[position]
        done += 1
        progress(done)
        do {
            let element: FHIRElement
            if let parsed = scan.parties[position] {
                element = parsed
            } else {
                let bytes = try input.bytes(of: resource.raw)
                element = FHIRElement(try ImportScan.parse(bytes).get())
            }
            try writer.atomically { try body(position, element) }
        } catch {
            problems.append(ImportProblem(place: resource.raw.place, resource: resource.label, issue: Self.issue(error)))
        }
    }

    static func issue(_ error: Error) -> ImportIssue {
        switch error {
        case let issue as ImportIssue: issue
        case let error as MeasurementError: .measurement(error)
        case let error as VaccinationError: .vaccination(error)
        case let error as DocumentFileError: .file(error)
        case let error as DocumentChangeError: .document(error)
        case let error as ProfileError: .profile(error)
        case let error as StoreError: .refused(error.message(Catalog(.en)))
        default: .refused(String(describing: error))
        }
    }

    // MARK: - Remembering sources

    /// Adds an item, updates it when its resource changed, or leaves it when it did not.
    @discardableResult
    func upsert(
        _ position: Int, part: String = "", kind: ImportedItem.Kind, add: () throws -> Int64,
        update: (Int64) throws -> Void
    ) throws -> UpsertOutcome {
        let resource = scan.resources[position]
        let existing = try writer.importedItem(patient: context.patient, source: resource.sourceKey, part: part)
        if let existing, existing.version == resource.version { return .unchanged }
        let item: ImportedItem
        if let existing {
            try update(existing.itemId)
            item = ImportedItem(kind: kind, itemId: existing.itemId, version: resource.version)
        } else {
            item = ImportedItem(kind: kind, itemId: try add(), version: resource.version)
        }
        try writer.rememberSource(patient: context.patient, source: resource.sourceKey, part: part, item: item)
        return existing == nil ? .added : .updated
    }

    /// Notes a resource left out on purpose.
    func skip(_ position: Int, _ issue: ImportIssue) {
        let resource = scan.resources[position]
        report.skipped.append(ImportProblem(place: resource.raw.place, resource: resource.label, issue: issue))
    }

    /// Notes a reference kept only by its display.
    func unresolved(_ position: Int, _ reference: FHIRReference) {
        let resource = scan.resources[position]
        report.unresolved.append(
            ImportProblem(
                place: resource.raw.place, resource: resource.label,
                issue: .unresolved(reference.path, reference.reference ?? reference.display ?? "?")))
    }

    /// The status of a resource, required by FHIR R4 and taken from its value set.
    func status(_ element: FHIRElement, _ allowed: Set<String>) throws -> String {
        guard let status = try element.code("status", in: allowed) else { throw ImportIssue.missing("status") }
        return status
    }

    private func rawReplaces(_ position: Int) -> Bool {
        guard let bytes = try? input.bytes(of: scan.resources[position].raw),
            let json = try? ImportScan.parse(bytes).get(),
            let relates = json["relatesTo"] as? [[String: Any]]
        else { return false }
        return relates.contains { $0["code"] as? String == "replaces" }
    }
}
