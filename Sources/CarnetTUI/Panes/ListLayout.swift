import CarnetCore

/// The heading and columns of each list: fixed by the pane, not read from the record.
enum ListLayout {
    static func title(of list: ListID, _ text: Catalog) -> String {
        switch list {
        case .documents: PaneID.documents.title(text)
        case .filteredDocuments(let filter):
            text[.documentsFiltered, PaneID.documents.title(text), DocumentsPane.describe(filter, text)]
        case .vaccinations: PaneID.vaccinations.title(text)
        case .measurementTypes: PaneID.measurements.title(text)
        case .readings(let type):
            text[.readingsTitle, PaneID.measurements.title(text), type.label(text), type.code]
        case .profile: PaneID.profile.title(text)
        case .accessHistory: PaneID.accessHistory.title(text)
        case .whoMayAccess: text[.whoMayAccessTitle, PaneID.accessHistory.title(text)]
        case .inbox: text[.inboxTitle]
        }
    }

    /// What one item of a list is called, for "Document 3 of 41".
    static func itemName(of list: ListID, _ text: Catalog) -> String {
        switch list {
        case .documents, .filteredDocuments: text[.itemDocument]
        case .vaccinations: text[.itemVaccination]
        case .measurementTypes: text[.itemMeasurement]
        case .readings: text[.itemReading]
        case .profile: text[.itemLine]
        case .accessHistory: text[.itemEvent]
        case .whoMayAccess: text[.itemLine]
        case .inbox: text[.itemNotification]
        }
    }

    static func columns(of list: ListID, _ text: Catalog) -> [Column] {
        switch list {
        case .documents, .filteredDocuments: DocumentsPane.columns(text)
        case .vaccinations: VaccinationsPane.columns(text)
        case .measurementTypes: MeasurementsPane.typeColumns(text)
        case .readings: MeasurementsPane.readingColumns(text)
        case .profile: ProfilePane.columns(text)
        case .accessHistory: AccessHistoryPane.columns(text)
        case .whoMayAccess: AccessManagementPane.columns(text)
        case .inbox: InboxPane.columns(text)
        }
    }
}
