import CarnetCore

extension PaneID {
    public static let documents = PaneID("documents")
}

/// The Documents pane's own state: its category and search words.
struct DocumentsState: PaneState {
    var filter = DocumentFilter()
}

extension AppState {
    /// The Documents pane's category and search words.
    public var documentFilter: DocumentFilter {
        get { panes[DocumentsState.self].filter }
        set { panes[DocumentsState.self].filter = newValue }
    }
}

/// Every document, or those a filter keeps.
struct DocumentList: PaneList {
    var filter: DocumentFilter?

    var description: String { filter.map { "filteredDocuments(\($0))" } ?? "documents" }

    func describe(_ text: Catalog) -> ListDescription { DocumentsPane.list(filter: filter, text) }

    func bindings(_ state: AppState) -> [KeyBinding] {
        KeyMap.listKeys(with: KeyMap.documentKeys(filtered: filter != nil))
    }

    func linearCommands(_ text: Catalog) -> String { text[.linearDocumentCommands] }

    var unfiltered: ListID { .documents }

    func count(in record: StoreSource) throws -> Int {
        guard let filter else { return try record.store.documentCount(of: record.patient) }
        return try record.store.documentCount(of: record.patient, matching: filter)
    }

    func page(in record: StoreSource, _ request: PageRequest, limit: Int) throws -> [ListRow] {
        let documents =
            try filter.map {
                try record.store.documents(of: record.patient, matching: $0, page: request, limit: limit)
            }
            ?? record.store.documents(of: record.patient, page: request, limit: limit)
        return documents.map { DocumentsPane.row($0, record.text, record.format) }
    }

    func position(of key: PageKey, in record: StoreSource) throws -> Int? {
        guard let filter else { return try record.store.documentPosition(of: key, patient: record.patient) }
        return try record.store.documentPosition(of: key, patient: record.patient, matching: filter)
    }
}

extension ListID {
    public static let documents = ListID(DocumentList(filter: nil))
    /// The documents of one category, or matching typed words, or both.
    public static func filteredDocuments(_ filter: DocumentFilter) -> ListID {
        ListID(DocumentList(filter: filter))
    }
    /// Whether it is the documents under a filter.
    var isFilteredDocuments: Bool { self.as(DocumentList.self)?.filter != nil }
}

extension DocumentsPane: PaneModule {
    static var id: PaneID { .documents }
    static func title(_ text: Catalog) -> String { text[.paneDocuments] }
    static func shortTitle(_ text: Catalog) -> String { text[.shortDocuments] }

    static func currentList(_ state: AppState) -> ListID {
        state.documentFilter.isEmpty ? .documents : .filteredDocuments(state.documentFilter)
    }

    static func perform(_ action: Action, _ state: inout AppState) -> [Effect]? {
        switch action {
        case .search, .filterCategory, .clearDocumentFilter, .addDocument, .toggleMask, .deleteDocument:
            Update.documents(action, &state)
        default: nil
        }
    }
}
