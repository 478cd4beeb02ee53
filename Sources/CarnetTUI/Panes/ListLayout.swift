import CarnetCore

/// The heading and columns of each list: fixed by the pane, not read from the record.
enum ListLayout {
    static func title(of list: ListID) -> String {
        switch list {
        case .documents: PaneID.documents.title
        case .vaccinations: PaneID.vaccinations.title
        case .measurementTypes: PaneID.measurements.title
        case .readings(let type): "\(PaneID.measurements.title) › \(type.label) (\(type.code))"
        case .profile: PaneID.profile.title
        case .accessHistory: PaneID.accessHistory.title
        }
    }

    /// What one item of a list is called, for "Document 3 of 41".
    static func itemName(of list: ListID) -> String {
        switch list {
        case .documents: "Document"
        case .vaccinations: "Vaccination"
        case .measurementTypes: "Measurement"
        case .readings: "Reading"
        case .profile: "Entry"
        case .accessHistory: "Event"
        }
    }

    static func columns(of list: ListID) -> [Column] {
        switch list {
        case .documents: DocumentsPane.columns
        case .vaccinations: VaccinationsPane.columns
        case .measurementTypes: MeasurementsPane.typeColumns
        case .readings: MeasurementsPane.readingColumns
        case .profile: ProfilePane.columns
        case .accessHistory: AccessHistoryPane.columns
        }
    }
}
