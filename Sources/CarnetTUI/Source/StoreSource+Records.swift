import CarnetCore

/// The other records of the carnet: a parent's and their children's.
extension StoreSource {
    public func records() throws -> [ManagedRecord] {
        guard onlyThisRecord else { return try store.records() }
        return [ManagedRecord(patient: person, unread: try store.noticeCount(of: patient, unreadOnly: true))]
    }

    public func opening(_ id: Int64) throws -> (source: any RecordSource, patient: Patient) {
        guard !onlyThisRecord || id == patient, let opened = try store.records().first(where: { $0.patient.id == id })
        else { throw StoreError.unknownPatient(String(id)) }
        let source = try StoreSource(
            store: store, patient: opened.patient, language: text.language, pdf: pdf, onlyThisRecord: onlyThisRecord)
        return (source, opened.patient)
    }
}
