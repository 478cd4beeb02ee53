import Foundation

/// `carnet export`: the whole record as FHIR R4 (4.0.1) — a Bundle of type collection, or
/// NDJSON files by resource type — read in one read transaction and streamed, then recorded
/// as an `export` event.
///
/// ```swift
/// let exporter = FHIRExporter(store: store, patient: patient, options: .init(withHistory: true))
/// let report = try exporter.run(to: "record.json")   // nil: standard output
/// ```
public struct FHIRExporter {
    public enum Format: String, CaseIterable, Sendable {
        case bundle
        case ndjson
    }

    public struct Options: Sendable {
        public var format: Format
        /// Every access event as an AuditEvent, oldest first.
        public var withHistory: Bool
        /// Replace an existing file (or an earlier NDJSON export's folder).
        public var force: Bool

        public init(format: Format = .bundle, withHistory: Bool = false, force: Bool = false) {
            self.format = format
            self.withHistory = withHistory
            self.force = force
        }
    }

    let store: any RecordStore
    let patient: Patient
    let options: Options
    let now: @Sendable () -> Date
    /// Called as the work advances: resources done, resources in all.
    public var progress: (Int, Int) -> Void = { _, _ in }

    public init(
        store: any RecordStore, patient: Patient, options: Options = Options(),
        now: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.store = store
        self.patient = patient
        self.options = options
        self.now = now
    }

    /// What an export to `path` is called until it is complete: a process stopped by a
    /// signal removes it, so that an interrupted export leaves nothing behind.
    public static func temporaryPath(for path: String) -> String { ExportOutput.temporaryPath(for: path) }

    /// Writes the export to `path` (nil: standard output) and records it.
    public func run(to path: String?) throws -> ExportReport {
        let recordId = try store.exportIdentity()
        let output = try ExportOutput(
            layout: options.format == .bundle ? .bundle : .ndjson, path: path, force: options.force)
        var report = ExportReport()
        do {
            try store.read { reader in
                report = try write(reader, patient: patient, recordId: recordId, into: output)
            }
            try output.finish()
        } catch {
            output.abandon()
            throw error
        }
        report.path = path
        try store.write { writer in
            _ = try writer.appendEvent(
                AccessEvent(
                    at: now(), actorType: .patient, actorId: String(patient.id), actorName: patient.name,
                    action: .export, target: report.summary, outcome: .done),
                patient: patient.id)
        }
        return report
    }

    private func write(_ reader: any RecordReader, patient: Patient, recordId: String, into output: ExportOutput)
        throws
        -> ExportReport
    {
        let professionals = try reader.professionals()
        let establishments = try reader.establishments()
        let affiliations = try reader.affiliations()
        guard let settings = try reader.recordSettings(of: patient.id) else {
            throw StoreError.unknownPatient(String(patient.id))
        }
        let names = ExportNames(recordId: recordId, inBundle: options.format == .bundle)
        let resources = ExportResources(
            names: names, patient: patient, professionals: Set(professionals.map(\.rpps)),
            establishments: Set(establishments.map(\.finess)))
        let counts = try reader.exportCounts(of: patient.id)
        let total = 1 + counts.versions + counts.readings + (options.withHistory ? counts.events : 0)
        var report = ExportReport()
        var done = 0
        func add(_ resource: FHIRJSON, _ type: String, _ id: String) throws {
            try output.add(type, fullUrl: names.fullUrl(type, id), resource)
            report.resources[type, default: 0] += 1
            done += 1
            if done % 1_000 == 0 { progress(done, total) }
        }
        try output.beginBundle(timestamp: now(), id: "carnet-" + recordId)
        try add(
            resources.patientResource(treatingDoctor: settings.treatingDoctorRpps), "Patient",
            resources.patientId)
        for establishment in establishments {
            try add(
                resources.organization(establishment), "Organization",
                ExportResources.organizationId(establishment.finess))
        }
        for professional in professionals {
            try add(
                resources.practitioner(professional), "Practitioner",
                ExportResources.practitionerId(professional.rpps))
            for role in resources.practitionerRoles(
                professional, establishments: affiliations[professional.rpps] ?? [])
            {
                try add(role, "PractitionerRole", Self.id(of: role))
            }
        }
        let consents = try reader.consents(of: patient.id).map {
            ExportResources.ConsentEntry(actor: $0.actor, status: $0.status)
        }
        try add(
            resources.privacyConsent(settings, consents: consents), "Consent",
            ExportResources.privacyConsentId)
        for entry in try reader.profile(of: patient.id) {
            let resource = resources.profileResource(entry)
            try add(resource, Self.type(of: resource), ExportResources.profileId(entry))
        }
        for vaccination in try reader.vaccinations(of: patient.id) {
            try add(resources.immunization(vaccination), "Immunization", "vaccination-\(vaccination.id)")
        }
        try reader.forEachVersion(of: patient.id) { version in
            let name = version.author == version.document.author ? version.document.authorName : nil
            try add(
                resources.documentReference(version, authorName: name), "DocumentReference",
                ExportResources.documentId(version.document.id, version: version.version))
        }
        var systolic: ExportedReading?
        try reader.forEachReading(of: patient.id) { reading in
            if let held = systolic {
                systolic = nil
                if reading.measurement.type == .diastolic, reading.measurement.at == held.measurement.at {
                    try add(
                        resources.observation(held, diastolic: reading.measurement), "Observation",
                        ExportResources.readingId(held.measurement))
                    return
                }
                try add(
                    resources.observation(held), "Observation", ExportResources.readingId(held.measurement))
            }
            if reading.measurement.type == .systolic {
                systolic = reading
            } else {
                try add(
                    resources.observation(reading), "Observation",
                    ExportResources.readingId(reading.measurement))
            }
        }
        if let held = systolic {
            try add(resources.observation(held), "Observation", ExportResources.readingId(held.measurement))
        }
        if options.withHistory {
            try add(resources.device(), "Device", ExportResources.deviceId)
            try reader.forEachEvent(of: patient.id) { event in
                try add(resources.auditEvent(event), "AuditEvent", "event-\(event.id)")
            }
        }
        progress(total, total)
        return report
    }

    private static func type(of resource: FHIRJSON) -> String {
        if case .object(let members) = resource,
            case .string(let type)? = members.first(where: { $0.0 == "resourceType" })?.1
        {
            return type
        }
        return "?"
    }

    private static func id(of resource: FHIRJSON) -> String {
        if case .object(let members) = resource,
            case .string(let id)? = members.first(where: { $0.0 == "id" })?.1
        {
            return id
        }
        return "?"
    }
}

extension RecordStore {
    /// The record's export identity, made once and kept.
    func exportIdentity() throws -> String {
        if let id = try metadata("exportId") { return id }
        let id = UUID().uuidString.lowercased()
        try write { writer in try writer.setMetadata("exportId", id) }
        return id
    }
}
