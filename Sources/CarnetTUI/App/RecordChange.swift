import CarnetCore
import Foundation

/// A change the patient asked for from the browser, written by the run loop through the same
/// core code as the command line (`carnet access …`, `carnet notifications …`). Consent
/// changes are confirmed first; marking read and choosing banners lose nothing and are not.
public enum RecordChange: Equatable, Sendable {
    case grant(DirectoryEntry)
    case block(DirectoryEntry)
    case unblock(DirectoryEntry)
    case setTreatingDoctor(DirectoryEntry)
    case emergency(EmergencySwitch, on: Bool)
    case close
    case reopen
    /// A file to add to the documents, already checked as far as typing goes.
    /// A line of the vaccination card, entered by the patient.
    case addVaccination(VaccinationEntry)
    /// A reading of the patient's (both values of a blood pressure).
    case addMeasurement(MeasurementEntry)
    case addDocument(path: String, category: DocumentCategory, title: String, date: Date?)
    case maskDocument(DocumentSummary)
    case unmaskDocument(DocumentSummary)
    case deleteDocument(DocumentSummary)
    /// Notifications: one, or every unread one, marked read; a topic's banners on or off.
    case markRead(Int64)
    case markAllRead
    case banners(BannerTopic, on: Bool)
    /// Entries of the medical profile, already checked as far as typing goes.
    case addProfileEntry(ProfileEntry)
    case changeProfileEntry(ProfileEntry)
    case removeProfileEntry(ProfileEntry)
}
