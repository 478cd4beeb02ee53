import Foundation

/// The patient's own changes to their medical profile: add, change and remove entries.
/// Each is checked with a clear reason, written, and appended to the access history in one
/// transaction.
///
/// ```swift
/// let profile = PatientProfile(store: store, patient: patient)
/// let added = try profile.add(ProfileEntry(section: .allergy, label: "Pénicilline"))
/// try profile.remove(added.id)
/// ```
public struct PatientProfile: Sendable {
    let store: any RecordStore
    let patient: Patient
    let now: @Sendable () -> Date

    public init(store: any RecordStore, patient: Patient, now: @escaping @Sendable () -> Date = { Date() }) {
        self.store = store
        self.patient = patient
        self.now = now
    }

    /// Adds an entry to its section; returns it as stored.
    @discardableResult
    public func add(_ entry: ProfileEntry) throws -> ProfileEntry {
        let at = now()
        var entry = try entry.checked(birthDate: patient.birthDate, now: at)
        return try store.write { writer in
            if entry.section == .bloodGroup,
                let recorded = try writer.bloodGroupEntry(of: patient.id)
            {
                throw ProfileError.bloodGroupRecorded(recorded.label)
            }
            entry.id = try writer.addProfileEntry(entry, patient: patient.id)
            try log(.add, entry.id, at, writer)
            return entry
        }
    }

    /// Writes new values over the entry of the same id; its section stays.
    @discardableResult
    public func change(_ entry: ProfileEntry) throws -> ProfileEntry {
        let at = now()
        return try store.write { writer in
            guard let stored = try writer.profileEntry(entry.id, of: patient.id) else {
                throw ProfileError.noEntry(id: entry.id)
            }
            var changed = entry
            changed.section = stored.section
            changed = try changed.checked(birthDate: patient.birthDate, now: at)
            try writer.updateProfileEntry(changed, patient: patient.id)
            try log(.modify, changed.id, at, writer)
            return changed
        }
    }

    /// Removes an entry; returns it as it was.
    @discardableResult
    public func remove(_ id: Int64) throws -> ProfileEntry {
        let at = now()
        return try store.write { writer in
            guard let stored = try writer.profileEntry(id, of: patient.id) else {
                throw ProfileError.noEntry(id: id)
            }
            try writer.deleteProfileEntry(id, patient: patient.id)
            try log(.delete, id, at, writer)
            return stored
        }
    }

    private func log(_ action: AccessAction, _ id: Int64, _ at: Date, _ writer: any RecordWriter) throws {
        try writer.appendEvent(
            AccessEvent(
                at: at, actorType: .patient, actorId: String(patient.id), actorName: patient.name,
                action: action, target: "profile \(id)", outcome: .done),
            patient: patient.id)
    }
}
