import CarnetCore

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
}
