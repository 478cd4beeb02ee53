import CarnetCore
import Foundation

/// The look at the history's head (`HistoryWatch`), made once, by whoever first asks for it.
/// The browser asks from another thread once its first frame is drawn: on a large record the
/// look's real count of the history takes longer than all that comes before that frame
/// (30 ms for a million events), and nothing on it depends on the look.
final class HistoryLook: @unchecked Sendable {
    private let store: any RecordStore
    private let patient: Patient
    private let record: String
    /// Held while looking: a second caller waits for the first one's finding.
    private let lock = NSLock()
    private var found: HistoryWatch?

    init(store: any RecordStore, patient: Patient, record: String) {
        self.store = store
        self.patient = patient
        self.record = record
    }

    /// What the look found; the first call looks.
    func wait() -> HistoryWatch {
        lock.withLock {
            if let found { return found }
            let watch = HistoryWatch.look(store: store, patient: patient, record: record)
            found = watch
            return watch
        }
    }
}
