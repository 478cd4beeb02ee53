import CarnetCore

/// How a list is shown: its heading, what one of its items is called (for "Document 3 of
/// 41") and its columns. Fixed by the pane, not read from the record.
struct ListDescription {
    var title: String
    var itemName: String
    var columns: [Column]
}

/// The one place a list finds the pane that describes it.
enum ListLayout {
    static func describe(_ list: ListID, _ text: Catalog) -> ListDescription {
        switch list {
        case .documents: DocumentsPane.list(filter: nil, text)
        case .filteredDocuments(let filter): DocumentsPane.list(filter: filter, text)
        case .vaccinations: VaccinationsPane.list(text)
        case .measurementTypes: MeasurementsPane.typesList(text)
        case .readings(let type): MeasurementsPane.readingsList(type, text)
        case .profile: ProfilePane.list(text)
        case .accessHistory: AccessHistoryPane.list(text)
        case .whoMayAccess: AccessManagementPane.list(text)
        case .inbox: InboxPane.list(text)
        }
    }

    static func title(of list: ListID, _ text: Catalog) -> String { describe(list, text).title }

    static func itemName(of list: ListID, _ text: Catalog) -> String { describe(list, text).itemName }

    static func columns(of list: ListID, _ text: Catalog) -> [Column] { describe(list, text).columns }
}
