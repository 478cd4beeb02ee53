import CarnetCore

extension PaneID {
    public static let accessHistory = PaneID("accessHistory")
}

/// The Access history pane's own state: which view shows, and the history's filter and order.
struct AccessHistoryState: PaneState {
    var view = AccessView.history
    var query = HistoryQuery()
}

extension AppState {
    /// Which view of the Access history pane shows: the history, or who may access.
    public var accessView: AccessView {
        get { panes[AccessHistoryState.self].view }
        set { panes[AccessHistoryState.self].view = newValue }
    }
    /// The access history's filter and order.
    public var historyQuery: HistoryQuery {
        get { panes[AccessHistoryState.self].query }
        set { panes[AccessHistoryState.self].query = newValue }
    }
}

/// The access history with a filter and an order.
struct HistoryList: PaneList {
    var query: HistoryQuery

    var description: String { "accessHistory(\(query))" }

    func describe(_ text: Catalog) -> ListDescription { AccessHistoryPane.list(text) }

    func headingDetail(_ text: Catalog, _ format: TextFormat) -> String? {
        AccessHistoryPane.describe(query, text, format)
    }

    func bindings(_ state: AppState) -> [KeyBinding] { KeyMap.listKeys(with: KeyMap.historyKeys) }

    func linearCommands(_ text: Catalog) -> String { text[.linearHistoryCommands] }

    var unfiltered: ListID { .accessHistory(HistoryQuery()) }

    func count(in record: StoreSource) throws -> Int {
        try record.store.accessEventCount(of: record.patient, matching: query.filter)
    }

    func page(in record: StoreSource, _ request: PageRequest, limit: Int) throws -> [ListRow] {
        let (store, patient) = (record.store, record.patient)
        // Oldest first is the newest-first list read from its other end.
        let events =
            query.oldestFirst
            ? try store.accessEvents(
                of: patient, matching: query.filter, page: Self.reversed(request), limit: limit
            ).reversed()
            : try store.accessEvents(of: patient, matching: query.filter, page: request, limit: limit)
        let names = try store.targetNames(events.map(\.target), of: patient)
        return events.map {
            AccessHistoryPane.row($0, targetName: names[$0.target], record.text, record.format)
        }
    }

    func position(of key: PageKey, in record: StoreSource) throws -> Int? {
        try record.store.accessEventPosition(
            of: key, patient: record.patient, matching: query.filter, oldestFirst: query.oldestFirst)
    }

    static func reversed(_ request: PageRequest) -> PageRequest {
        switch request {
        case .first: .last
        case .last: .first
        case .after(let key): .before(key)
        case .before(let key): .after(key)
        }
    }
}

/// The professionals and establishments the record knows, the emergency switches and
/// whether the record is open: a short list, read whole.
struct WhoMayAccessList: PaneList {
    var description: String { "whoMayAccess" }

    func describe(_ text: Catalog) -> ListDescription { AccessManagementPane.list(text) }

    func bindings(_ state: AppState) -> [KeyBinding] { KeyMap.listKeys(with: KeyMap.accessKeys) }

    func linearCommands(_ text: Catalog) -> String { text[.linearAccessCommands] }

    func count(in record: StoreSource) throws -> Int { try rows(record).count }

    func page(in record: StoreSource, _ request: PageRequest, limit: Int) throws -> [ListRow] {
        request == .first ? try rows(record) : []
    }

    private func rows(_ record: StoreSource) throws -> [ListRow] {
        AccessManagementPane.rows(
            try record.store.directory(of: record.patient), try record.store.settings(of: record.patient),
            record.text)
    }
}

extension ListID {
    /// The access history with a filter and an order.
    public static func accessHistory(_ query: HistoryQuery) -> ListID { ListID(HistoryList(query: query)) }
    /// Who may access the record, and the switches that decide it.
    public static let whoMayAccess = ListID(WhoMayAccessList())

    /// The access history's filter and order, if it is the access history.
    var historyQuery: HistoryQuery? { self.as(HistoryList.self)?.query }
}

extension AccessHistoryPane: PaneModule {
    static var id: PaneID { .accessHistory }
    static func title(_ text: Catalog) -> String { text[.paneAccessHistory] }
    static func shortTitle(_ text: Catalog) -> String { text[.shortAccessHistory] }

    static func currentList(_ state: AppState) -> ListID {
        state.accessView == .history ? .accessHistory(state.historyQuery) : .whoMayAccess
    }

    static func perform(_ action: Action, _ state: inout AppState) -> [Effect]? {
        switch action {
        case .switchAccessView, .filterActor, .filterAction, .filterDates, .clearFilter, .reverseOrder,
            .showHead,
            .authorize, .block, .unblock, .setTreatingDoctor:
            Update.accessHistory(action, &state)
        default: nil
        }
    }
}
