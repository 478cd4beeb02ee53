import Foundation

/// Builds the demo's access history and notifications, then writes them in time order.
struct DemoHistory {
    let patient: Int64
    private var events: [(event: AccessEvent, notify: Notification.Kind?)] = []

    init(patient: Int64) {
        self.patient = patient
        let settingUp = DemoCalendar.date("2024-11-25", hour: 20)
        patientAction(.setTreatingDoctor, target: "consent \(DemoCast.treatingDoctor.rpps)", at: settingUp)
        for (offset, id) in DemoCast.authorized.enumerated() {
            patientAction(
                .authorize, target: "consent \(id)", at: settingUp.addingTimeInterval(Double(offset + 1) * 60)
            )
        }
        patientAction(
            .block, target: "consent \(DemoCast.blocked.rpps)", at: DemoCalendar.date("2025-06-01", hour: 21))
    }

    mutating func patientAction(_ action: AccessAction, target: String, at: Date) {
        events.append(
            (
                AccessEvent(
                    at: at, actorType: .patient, actorId: String(patient), actorName: DemoCast.patient.name,
                    action: action, target: target, outcome: .done), nil
            ))
    }

    mutating func documentAdded(id: Int64, author: Author, at: Date) {
        record(.add, by: author, target: "document \(id)", at: at, notify: .add)
    }

    mutating func documentModified(id: Int64, by author: Author, at: Date) {
        record(.modify, by: author, target: "document \(id)", at: at, notify: .modify)
    }

    /// Professionals reading the record over two years, a denied attempt by the blocked
    /// professional, and one emergency access by SAMU regulation.
    mutating func addConsultations() {
        let reads: [(Professional, String, String)] = [
            (DemoCast.treatingDoctor, "2025-01-20", "document 1"),
            (DemoCast.treatingDoctor, "2025-04-09", "record"),
            (DemoCast.pharmacist, "2025-04-10", "record"),
            (DemoCast.cardiologist, "2025-05-20", "document 1"),
            (DemoCast.treatingDoctor, "2025-11-07", "document 9"),
            (DemoCast.treatingDoctor, "2026-01-15", "record"),
            (DemoCast.physiotherapist, "2026-04-14", "document 3"),
            (DemoCast.cardiologist, "2026-05-19", "document 1"),
            (DemoCast.treatingDoctor, "2026-07-16", "document 7"),
            (DemoCast.pharmacist, "2026-10-03", "document 2"),
            (DemoCast.treatingDoctor, "2026-10-21", "document 5"),
            (DemoCast.pharmacist, "2026-11-18", "document 2"),
        ]
        for (professional, day, target) in reads {
            record(
                .read, by: .professional(rpps: professional.rpps), target: target,
                at: DemoCalendar.date(day, hour: 11, minute: 30), notify: .read)
        }
        events.append(
            (
                AccessEvent(
                    at: DemoCalendar.date("2026-02-10", hour: 15), actorType: .professional,
                    actorId: DemoCast.blocked.rpps, actorName: DemoCast.blocked.name, action: .read,
                    target: "record", outcome: .denied, reason: AccessDenied.blocked.code), .refused
            ))
        events.append(
            (
                AccessEvent(
                    at: DemoCalendar.date("2025-10-30", hour: 3, minute: 12), actorType: .professional,
                    actorId: DemoCast.samuDoctor.rpps, actorName: DemoCast.samuDoctor.name,
                    action: .read, target: "record", outcome: .done, emergency: true,
                    reason: "SAMU regulation"), .emergency
            ))
    }

    private mutating func record(
        _ action: AccessAction, by author: Author, target: String, at: Date,
        notify: Notification.Kind
    ) {
        let event: AccessEvent
        switch author {
        case .patient:
            patientAction(action, target: target, at: at)
            return
        case .professional(let rpps):
            let name = DemoCast.professionals.first { $0.rpps == rpps }?.name ?? rpps
            event = AccessEvent(
                at: at, actorType: .professional, actorId: rpps, actorName: name, action: action,
                target: target, outcome: .done)
        case .establishment(let finess):
            let name = DemoCast.establishments.first { $0.finess == finess }?.name ?? finess
            event = AccessEvent(
                at: at, actorType: .establishment, actorId: finess, actorName: name,
                action: action, target: target, outcome: .done)
        }
        events.append((event, notify))
    }

    /// Writes events oldest first; notifications older than a week are marked read.
    func write(_ writer: any RecordWriter) throws {
        try Self.write(events, patient: patient, writer)
    }

    /// Writes a record's events oldest first, each notified as `notify` says (a notification
    /// older than a week marked read), the document named by the event's target.
    static func write(
        _ events: [(event: AccessEvent, notify: Notification.Kind?)], patient: Int64, _ writer: any RecordWriter
    ) throws {
        let weekAgo = DemoRecord.today.addingTimeInterval(-7 * 86_400)
        for (event, notify) in events.sorted(by: { $0.event.at < $1.event.at }) {
            let id = try writer.appendEvent(event, patient: patient)
            if let notify {
                try writer.addNotification(
                    event: id, kind: notify, patient: patient, at: event.at,
                    readAt: event.at < weekAgo ? event.at.addingTimeInterval(3_600) : nil,
                    document: event.documentId)
            }
        }
    }
}
