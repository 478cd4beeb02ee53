import CarnetCore

/// Several records in one carnet, in linear mode: `records` lists them as the browser's
/// switcher does, `record N` opens one; the main menu then works on it.
extension LinearSession {
    mutating func showRecords() {
        guard let records = reading({ try $0.records() }) else { return }
        say(text[.recordsMenuTitle])
        for (index, record) in records.enumerated() {
            let open = record.patient.name == patientName ? " " + text[.linearRecordOpenMark] : ""
            say("  \(index + 1). \(RecordsWords.label(record, text))\(open)")
        }
        say(text[.linearRecordsHelp])
    }

    /// Whether another record is open now.
    mutating func openRecord(_ command: LinearCommand) -> Bool {
        guard let records = reading({ try $0.records() }) else { return false }
        guard let number = command.argumentNumber, records.indices.contains(number - 1) else {
            say(text[.linearWhichRecord, String(records.count)])
            return false
        }
        guard let (opened, patient) = reading({ try $0.opening(records[number - 1].patient.id) }) else {
            return false
        }
        source = opened
        patientName = patient.name
        pages = [:]
        say(text[.recordsOpened, patient.heading(text)])
        showMain()
        return true
    }
}
