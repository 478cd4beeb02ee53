import Foundation

/// The records a carnet holds and each one's settings.
public protocol PatientQueries {
    /// Every patient of the record, in the order they were created.
    func patients() throws -> [Patient]
    /// The patient named by `id` (their number, their INS, their whole or first name), or the
    /// person's own record when `id` is nil.
    func patient(matching id: String?) throws -> Patient
    /// The records, the person's own first, with each one's unread notifications.
    func records() throws -> [ManagedRecord]
    /// The consent settings of a patient's record.
    func settings(of patient: Int64) throws -> RecordSettings
    /// How many of each kind of item a patient's record holds.
    func counts(of patient: Int64) throws -> RecordCounts
    /// The professionals and establishments the patient has decided about, or could.
    func directory(of patient: Int64) throws -> [DirectoryEntry]
}
