import Foundation

/// Why the patient's own consent change was refused.
public enum ConsentError: Error, Equatable, Sendable {
    /// No professional (RPPS) or establishment (FINESS) with this number in the directory.
    case unknown(id: String)
    /// The treating doctor can never be blocked.
    case treatingDoctor(name: String)
    /// The treating doctor must be a physician.
    case notAPhysician(name: String)
    /// A blocked professional cannot become the treating doctor.
    case blockedDoctor(name: String)

    public func message(_ text: Catalog) -> String {
        switch self {
        case .unknown(let id): text[.consentUnknown, id]
        case .treatingDoctor(let name): text[.consentTreatingDoctor, name]
        case .notAPhysician(let name): text[.consentNotAPhysician, name]
        case .blockedDoctor(let name): text[.consentBlockedDoctor, name]
        }
    }
}

/// The patient's decisions about who may access their record. Each change is checked with a
/// clear reason, written, and appended to the access history in one transaction.
public struct ConsentSettings: Sendable {
    let store: any RecordStore
    let patient: Patient
    let now: @Sendable () -> Date

    public init(store: any RecordStore, patient: Patient, now: @escaping @Sendable () -> Date = { Date() }) {
        self.store = store
        self.patient = patient
        self.now = now
    }

    /// Authorises a professional or establishment; returns who it is.
    @discardableResult
    public func grant(_ id: String) throws -> DirectoryEntry {
        try change(.authorize, id) { writer, entry in
            try writer.setConsent(patient: patient.id, actorId: id, status: .authorized, at: now())
        }
    }

    /// Blocks a professional or establishment; the treating doctor cannot be blocked.
    @discardableResult
    public func block(_ id: String) throws -> DirectoryEntry {
        try change(.block, id) { writer, entry in
            if entry.treatingDoctor { throw ConsentError.treatingDoctor(name: entry.name) }
            try writer.setConsent(patient: patient.id, actorId: id, status: .blocked, at: now())
        }
    }

    /// Lifts a block: the professional or establishment is back to no decision.
    @discardableResult
    public func unblock(_ id: String) throws -> DirectoryEntry {
        try change(.unblock, id) { writer, entry in
            try writer.setConsent(patient: patient.id, actorId: id, status: .none, at: now())
        }
    }

    /// Designates the treating doctor, who is authorised by the same act.
    @discardableResult
    public func setTreatingDoctor(_ rpps: String) throws -> DirectoryEntry {
        try change(.setTreatingDoctor, rpps) { writer, entry in
            guard entry.kind == .professional, entry.profession == Profession.physician.rawValue else {
                throw ConsentError.notAPhysician(name: entry.name)
            }
            if entry.status == .blocked { throw ConsentError.blockedDoctor(name: entry.name) }
            try writer.setTreatingDoctor(patient: patient.id, rpps: rpps)
            try writer.setConsent(patient: patient.id, actorId: rpps, status: .authorized, at: now())
        }
    }

    /// Turns one of the three emergency switches on or off.
    public func setEmergency(_ which: EmergencySwitch, on: Bool) throws {
        try store.write { writer in
            try writer.setEmergency(which, on: on, patient: patient.id)
            try log(.emergencySettings, target: "emergency \(which.rawValue) \(on ? "on" : "off")", writer)
        }
    }

    /// Closes the patient's space: from now on no professional can access it.
    public func close() throws {
        try store.write { writer in
            try writer.setClosed(patient: patient.id, at: now())
            try log(.close, target: "record", writer)
        }
    }

    /// Reopens a closed space.
    public func reopen() throws {
        try store.write { writer in
            try writer.setClosed(patient: patient.id, at: nil)
            try log(.reopen, target: "record", writer)
        }
    }

    // MARK: - Helpers

    private func change(
        _ action: AccessAction, _ id: String, _ body: (any RecordWriter, DirectoryEntry) throws -> Void
    ) throws -> DirectoryEntry {
        try store.write { writer in
            guard let entry = try writer.directory(of: patient.id).first(where: { $0.id == id })
            else {
                throw ConsentError.unknown(id: id)
            }
            try body(writer, entry)
            try log(action, target: "consent \(id)", writer)
            return try writer.directory(of: patient.id).first { $0.id == id } ?? entry
        }
    }

    private func log(_ action: AccessAction, target: String, _ writer: any RecordWriter) throws {
        try writer.appendEvent(
            AccessEvent(
                at: now(), actorType: .patient, actorId: String(patient.id), actorName: patient.name,
                action: action, target: target, outcome: .done),
            patient: patient.id)
    }
}
