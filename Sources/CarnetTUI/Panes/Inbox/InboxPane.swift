import CarnetCore

/// The inbox: the patient's notifications, newest first. Unread ones say so in a column of
/// their own; emergency accesses and refusals say so in words before what happened.
enum InboxPane {
    static func columns(_ text: Catalog) -> [Column] {
        [
            Column(text[.columnWhen], minimum: 16, priority: 3),
            Column(text[.columnWho], minimum: 28, priority: 2),
            Column(text[.columnWhat], minimum: 20, weight: 1, priority: 4),
            Column(text[.columnStatus], minimum: 8, priority: 3),
        ]
    }

    static func row(_ notice: Notice, _ text: Catalog, _ format: TextFormat) -> ListRow {
        let state = notice.notification.unread ? text[.noticeUnread] : text[.noticeSeen]
        return ListRow(
            key: PageKey(date: notice.notification.createdAt, id: notice.id),
            cells: [format.minute(notice.event.at), notice.who(text), notice.headline(text), state],
            spoken: text[.noticeRowSpoken, state, notice.banner(text, format)],
            subject: .notice(notice), emphasis: notice.kind.alerts ? .alert : nil)
    }
}

extension InboxPane {
    static func list(_ text: Catalog) -> ListDescription {
        ListDescription(title: text[.inboxTitle], itemName: text[.itemNotification], columns: columns(text))
    }
}

/// The patient's notifications, newest first.
struct InboxList: PaneList {
    var description: String { "inbox" }

    func describe(_ text: Catalog) -> ListDescription { InboxPane.list(text) }

    func bindings(_ state: AppState) -> [KeyBinding] { KeyMap.listKeys(with: KeyMap.inboxKeys) }

    func count(in record: StoreSource) throws -> Int { try record.store.noticeCount(of: record.patient) }

    func page(in record: StoreSource, _ request: PageRequest, limit: Int) throws -> [ListRow] {
        try record.store.notices(of: record.patient, page: request, limit: limit).map {
            InboxPane.row($0, record.text, record.format)
        }
    }

    func position(of key: PageKey, in record: StoreSource) throws -> Int? {
        try record.store.noticePosition(of: key, patient: record.patient)
    }
}

extension ListID {
    /// The patient's notifications, newest first.
    public static let inbox = ListID(InboxList())
}
