import CarnetCore

/// The panes' rows read from a record store, a page at a time.
public struct StoreSource: RecordSource {
    let store: Store
    let patient: Int64
    let text: Catalog
    let format: TextFormat

    public init(store: Store, patient: Int64, language: Language = .en) {
        self.store = store
        self.patient = patient
        text = Catalog(language)
        format = TextFormat(language)
    }

    public func count(of list: ListID) throws -> Int {
        switch list {
        case .documents: try store.documentCount(of: patient)
        case .vaccinations: try store.vaccinationCount(of: patient)
        case .measurementTypes: try store.measurementOverview(of: patient).count
        case .readings(let type): try store.measurementCount(of: patient, type: type)
        case .profile: try store.profile(of: patient).count
        case .accessHistory: try store.accessEventCount(of: patient)
        }
    }

    public func page(of list: ListID, _ request: PageRequest, limit: Int) throws -> [ListRow] {
        switch list {
        case .documents:
            return try store.documents(of: patient, page: request, limit: limit).map {
                DocumentsPane.row($0, text, format)
            }
        case .vaccinations:
            return try store.vaccinations(of: patient, page: request, limit: limit).map {
                VaccinationsPane.row($0, text, format)
            }
        case .readings(let type):
            return try store.measurements(of: patient, type: type, page: request, limit: limit)
                .map { MeasurementsPane.row($0, text, format) }
        case .accessHistory:
            return try store.accessEvents(of: patient, page: request, limit: limit).map {
                AccessHistoryPane.row($0, text, format)
            }
        case .measurementTypes:
            // A short list (one row per kind): read whole.
            guard request == .first else { return [] }
            return try store.measurementOverview(of: patient).map { MeasurementsPane.row($0, text, format) }
        case .profile:
            guard request == .first else { return [] }
            return try store.profile(of: patient).map { ProfilePane.row($0, text, format) }
        }
    }
}
