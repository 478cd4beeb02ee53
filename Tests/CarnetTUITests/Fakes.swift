import CarnetCore
import Foundation
import Testing

@testable import CarnetTUI

/// An in-memory record: each list is a numbered run of rows, newest (item 1) first, paged by
/// key exactly as the store pages.
final class FakeSource: RecordSource, @unchecked Sendable {
    var sizes: [ListID: Int]
    private(set) var requests: [(ListID, PageRequest)] = []
    /// The changes written, in order.
    private(set) var changes: [RecordChange] = []
    /// What the directory holds: a treating doctor, a pharmacist, a blocked nurse.
    var entries = [
        DirectoryEntry(
            id: "10000000001", name: "Dr Martin", kind: .professional, profession: "physician",
            specialty: nil, status: .authorized, treatingDoctor: true),
        DirectoryEntry(
            id: "10000000002", name: "Dr Morel", kind: .professional, profession: "pharmacist",
            specialty: nil, status: .authorized, treatingDoctor: false),
        DirectoryEntry(
            id: "10000000005", name: "Nurse Roy", kind: .professional, profession: "nurse", specialty: nil,
            status: .blocked, treatingDoctor: false),
    ]
    /// Where the chain breaks, if it does.
    var brokenAt: Int64?
    /// The inbox, newest first; notification ids count down to 1, as the list's keys do.
    var notices: [Notice] = [] {
        didSet { sizes[.inbox] = notices.count }
    }
    var preferences = NotificationPreferences()
    /// Whether the next look finds the record changed, as after another process's write.
    var changedElsewhere = false
    /// What the record's change feed says of its connection (a server restarting).
    var feedConnection = RecordConnection.connected
    /// When set, counting, the notifications and what is due fail with it, as a damaged or
    /// vanished record would.
    var readError: (any Error)?

    init(sizes: [ListID: Int]) {
        self.sizes = sizes
    }

    /// A professional acts: a notification tops the inbox and the record has changed.
    func notify(
        _ kind: CarnetCore.Notification.Kind, action: AccessAction = .read, outcome: AccessOutcome = .done,
        emergency: Bool = false, document: DocumentMention? = nil
    ) {
        let id = Int64(notices.count + 1)
        let event = AccessEvent(
            id: 100 + id, at: Date(timeIntervalSince1970: 1_795_700_000 + Double(id) * 60),
            actorType: .professional, actorId: "10000000002", actorName: "Dr Morel", action: action,
            target: document.map { "document \($0.id)" } ?? "record", outcome: outcome, emergency: emergency)
        let notification = CarnetCore.Notification(
            id: id, eventId: event.id, kind: kind, createdAt: event.at, readAt: nil, documentId: document?.id)
        notices.insert(
            Notice(notification: notification, event: event, profession: "pharmacist", document: document),
            at: 0)
        changedElsewhere = true
    }

    func row(_ list: ListID, _ index: Int) -> ListRow {
        if list == .inbox { return InboxPane.row(notices[index], Catalog(.en), TextFormat(.en)) }
        let total = sizes[list] ?? 0
        let id = Int64(total - index)
        var opens: ListID? = nil
        if list == .measurementTypes { opens = .readings(index == 0 ? .weight : .bloodGlucose) }
        var subject: RowSubject? = nil
        if list.historyQuery != nil { subject = .accessEvent(id: id) }
        if list.isVaccinationCard {
            subject = .vaccination(
                Vaccination(
                    id: id, date: Date(timeIntervalSince1970: Double(id) * 86_400),
                    vaccine: "Vaccine \(index + 1)",
                    diseases: ["influenza"], kind: .booster, lotNumber: "L\(id)",
                    vaccinator: "Julien Bernard",
                    requirement: .recommended, enteredBy: .professional))
        }
        return ListRow(
            key: PageKey(date: Date(timeIntervalSince1970: Double(id) * 60), id: id),
            cells: ["item \(index + 1)", "\(list)"], spoken: "item \(index + 1) in words", opens: opens,
            subject: subject)
    }

    func count(of list: ListID) throws -> Int {
        if let readError { throw readError }
        return sizes[list] ?? 0
    }

    func page(of list: ListID, _ request: PageRequest, limit: Int) throws -> [ListRow] {
        requests.append((list, request))
        let total = sizes[list] ?? 0
        let range: Range<Int>
        switch request {
        case .first: range = 0..<min(limit, total)
        case .last: range = max(0, total - limit)..<total
        case .after(let key):
            let index = total - Int(key.id)
            range = (index + 1)..<min(total, index + 1 + limit)
        case .before(let key):
            let index = total - Int(key.id)
            range = max(0, index - limit)..<index
        }
        if list == .whoMayAccess {
            let settings = RecordSettings(
                treatingDoctorRpps: "10000000001", samuEmergency: true, anyEmergency: false,
                maskedEmergency: false, closed: false)
            return request == .first ? AccessManagementPane.rows(entries, settings, Catalog(.en)) : []
        }
        return range.map { row(list, $0) }
    }

    func event(_ id: Int64) -> AccessEvent {
        AccessEvent(
            id: id, at: Date(timeIntervalSince1970: Double(id) * 60), actorType: .professional,
            actorId: "10000000002", actorName: "Dr Morel", action: .read, target: "document \(id)",
            outcome: .done, hash: Data(repeating: UInt8(id % 256), count: 32))
    }

    func accessEvent(_ id: Int64) throws -> (event: AccessEvent, targetName: String?)? {
        (event(id), "Blood test")
    }

    func chainHead() throws -> AccessChainHead {
        AccessChainHead(events: 40, lastEvent: 40, hash: Data(repeating: 0x7F, count: 32))
    }

    func verifyChain(upTo id: Int64) throws -> AccessChainReport {
        if let brokenAt, brokenAt <= id {
            return .broken(event: brokenAt, problem: .contentChanged, checked: 0)
        }
        return .intact(events: Int(id))
    }

    func directory() throws -> [DirectoryEntry] { entries }

    var patientActorId: String { "1" }

    /// The carnet's records, for the record switcher; the records opened, in order.
    var managed: [ManagedRecord] = []
    private(set) var opened: [Int64] = []

    func records() throws -> [ManagedRecord] { managed }

    func opening(_ id: Int64) throws -> (source: any RecordSource, patient: Patient) {
        guard let record = managed.first(where: { $0.patient.id == id }) else {
            throw StoreError.unknownPatient(String(id))
        }
        opened.append(id)
        return (self, record.patient)
    }

    /// The jobs run, in order, and what each answers.
    private(set) var jobs: [RecordJob] = []
    var jobOutcome = JobOutcome.refused("no outcome set")

    func run(_ job: RecordJob, progress: @escaping (Int, Int) -> Void) -> JobOutcome {
        jobs.append(job)
        progress(1, 2)
        progress(2, 2)
        return jobOutcome
    }

    func recordChanged() -> Bool {
        defer { changedElsewhere = false }
        return changedElsewhere
    }

    func connection() -> RecordConnection {
        feedConnection
    }

    func notices(after: Int64?, limit: Int) throws -> NoticeNews {
        if let readError { throw readError }
        let unread = Dictionary(grouping: notices.filter(\.notification.unread), by: \.kind).mapValues(
            \.count)
        var news = NoticeNews(unreadByKind: unread, latest: notices.first?.id, preferences: preferences)
        if let after {
            let fresh = notices.filter { $0.id > after }
            news.fresh = Array(fresh.prefix(limit))
            news.freshCount = fresh.count
        } else {
            let unread = notices.filter(\.notification.unread)
            news.newestWaiting =
                unread.first { $0.kind.alerts } ?? unread.first { preferences.banners($0.kind) }
        }
        return news
    }

    func position(of key: PageKey, in list: ListID) throws -> Int? {
        switch list {
        case .measurementTypes, .profile, .whoMayAccess: nil
        default: (sizes[list] ?? 0) - Int(key.id)
        }
    }
    /// What the calendar asks for: one overdue booster by default.
    var due = [
        DueLine("Diphtheria-tetanus-polio booster overdue since 14 March 2026", isDue: true),
        DueLine("Next: Influenza vaccine due on 15 October 2046 (at 65)", isDue: false),
    ]

    func vaccinationsDue() throws -> [DueLine] {
        if let readError { throw readError }
        return due
    }

    func vaccinationDiseases() throws -> [String] { ["influenza", "tetanus"] }

    /// The kiosk PIN of the fake record.
    func kioskPinMatches(_ pin: String) -> Bool { pin == "2468" }

    func measurementSummary(_ type: MeasurementType) throws -> String? {
        "\(type.label(Catalog(.en))) 82.1 kg on 3 March 2026; −1.4 kg over 30 days; range 81–84 kg"
    }

    /// The chart's readings, one bucket each from `chartStart`, a day apart (nil: an empty
    /// bucket); repeated to fill the columns asked for.
    var chartValues: [Double?] = [100, 120, nil, 200, 60]
    static let chartStart = Date(timeIntervalSince1970: 1_772_323_200)  // 1 March 2026, 00:00 UTC
    /// The charts asked for, in order.
    private(set) var chartRequests: [(MeasurementType, span: Int64?, count: Int)] = []

    /// The child whose growth curves the charts get, if any.
    var growthChild: (birthDate: String, sex: Sex)?

    func growthCurves(_ buckets: MeasurementBuckets) -> GrowthCurves? {
        growthChild.flatMap { GrowthCurves(buckets, birthDate: $0.birthDate, sex: $0.sex) }
    }

    func measurementBuckets(_ type: MeasurementType, span: Int64?, count: Int) throws -> MeasurementBuckets? {
        chartRequests.append((type, span, count))
        guard !chartValues.isEmpty else { return nil }
        let buckets = (0..<count).map { index -> [MeasurementBucket] in
            guard let value = chartValues[index % chartValues.count] else { return [] }
            let at = Self.chartStart.addingTimeInterval(Double(index) * 86_400 + 43_200)
            return [
                MeasurementBucket(
                    type: type, low: value, high: value, last: value, count: 1, firstAt: at, lastAt: at)
            ]
        }
        return MeasurementBuckets(type: type, start: Self.chartStart, width: 86_400, buckets: buckets)
    }

    func apply(_ change: RecordChange) throws -> String {
        changes.append(change)
        let now = Date(timeIntervalSince1970: 1_800_000_000)
        switch change {
        case .markRead(let id):
            if let index = notices.firstIndex(where: { $0.id == id }) {
                notices[index].notification.readAt = now
            }
        case .markAllRead:
            for index in notices.indices where notices[index].notification.unread {
                notices[index].notification.readAt = now
            }
        case .banners(let topic, let on):
            preferences.silenced =
                on ? preferences.silenced.subtracting(topic.kinds) : preferences.silenced.union(topic.kinds)
        default:
            break
        }
        return "done: \(change)"
    }
}

/// A terminal that replays keys and keeps every frame drawn.
final class FakeTerminal: TerminalBackend {
    var size: (rows: Int, cols: Int)
    var keys: [Key]
    private(set) var frames: [Screen] = []
    private(set) var restored = 0

    init(rows: Int, cols: Int, keys: [Key]) {
        size = (rows, cols)
        self.keys = keys
    }

    /// The size the window takes when the next `.resize` is read.
    var sizeAfterResize: (rows: Int, cols: Int)?
    /// How many waits run out before the next key is read, as when nobody types.
    var idleWaits = 0
    /// How long each wait was allowed, in order.
    private(set) var timeouts: [Int] = []
    /// Called at each wait, before it returns: another process acting meanwhile.
    var meanwhile: (() -> Void)?

    func nextKey(timeoutMilliseconds: Int) -> Key? {
        timeouts.append(timeoutMilliseconds)
        meanwhile?()
        if idleWaits > 0 {
            idleWaits -= 1
            return nil
        }
        guard !keys.isEmpty else { return .hangup }
        let key = keys.removeFirst()
        if key == .resize, let newSize = sizeAfterResize { size = newSize }
        return key
    }

    func draw(_ screen: Screen) {
        if frames.last != screen { frames.append(screen) }
    }

    func restore() { restored += 1 }
}

/// Runs messages through `update`, performing loads against a source as the run loop does.
struct Harness {
    var state: AppState
    let source: FakeSource

    init(rows: Int = 14, cols: Int = 60, sizes: [ListID: Int]) {
        state = AppState(rows: rows, cols: cols, patientName: "Test Patient")
        source = FakeSource(sizes: sizes)
        perform(Update.start(&state))
    }

    mutating func send(_ msg: Msg) {
        let effects = Update.update(&state, msg)
        perform(effects)
    }

    /// Performs effects as the run loop does; a test fails when the runaway guard trips.
    mutating func perform(_ effects: [Effect]) {
        let left = AppRunner(
            terminal: FakeTerminal(rows: state.rows, cols: state.cols, keys: []), source: source
        )
        .perform(effects, on: &state)
        if left > 0 { Issue.record("the run loop's guard left \(left) effects undone") }
    }

    mutating func press(_ keys: Key...) {
        for key in keys { send(.key(key)) }
    }

    /// Types text, a key per character.
    mutating func type(_ text: String) {
        for character in text { send(.key(.char(character))) }
    }

    /// The screen as the user reads it.
    var lines: [String] { AppView.render(state).lines() }

    /// The focused row's first cell, as the user reads it.
    var focusedText: String? {
        state.current.row(at: state.current.focus)?.cells.first
    }
}
