import GRDB

/// Changes to entries of the medical profile already in the record.
extension SQLiteTransaction {
    /// Writes every field of an entry over the stored one of the same id and patient.
    public func updateProfileEntry(_ entry: ProfileEntry, patient: Int64) throws {
        try db.execute(
            sql: """
                UPDATE profileEntry SET section = ?, label = ?, detail = ?, startAt = ?, endAt = ?,
                    relative = ?, contactRole = ?, phone = ?
                WHERE id = ? AND patientId = ?
                """,
            arguments: [
                entry.section.rawValue, entry.label, entry.detail, entry.start?.unixSeconds,
                entry.end?.unixSeconds, entry.relative, entry.contactRole?.rawValue, entry.phone, entry.id,
                patient,
            ])
        guard db.changesCount == 1 else {
            throw StoreError.rule(.ruleNoProfileEntry, [String(entry.id)])
        }
    }

    public func deleteProfileEntry(_ id: Int64, patient: Int64) throws {
        try db.execute(
            sql: "DELETE FROM profileEntry WHERE id = ? AND patientId = ?", arguments: [id, patient])
        guard db.changesCount == 1 else { throw StoreError.rule(.ruleNoProfileEntry, [String(id)]) }
    }
}
