import CarnetCore
import Foundation

/// A change the patient asked for from the browser, written by the run loop through the same
/// core code as the command line (`carnet access …`). Each is confirmed first.
public enum RecordChange: Equatable, Sendable {
    case grant(DirectoryEntry)
    case block(DirectoryEntry)
    case unblock(DirectoryEntry)
    case setTreatingDoctor(DirectoryEntry)
    case emergency(EmergencySwitch, on: Bool)
    case close
    case reopen
    /// A file to add to the documents, already checked as far as typing goes.
    case addDocument(path: String, category: DocumentCategory, title: String, date: Date?)
    case maskDocument(DocumentSummary)
    case unmaskDocument(DocumentSummary)
    case deleteDocument(DocumentSummary)
    /// Entries of the medical profile, already checked as far as typing goes.
    case addProfileEntry(ProfileEntry)
    case changeProfileEntry(ProfileEntry)
    case removeProfileEntry(ProfileEntry)
}
