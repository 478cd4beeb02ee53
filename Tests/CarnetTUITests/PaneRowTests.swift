import CarnetCore
import Foundation
import Testing

@testable import CarnetTUI

/// Each pane's rows say in words everything their columns and colours say.
@Suite struct PaneRowTests {
    let text = Catalog(.en)
    let format = TextFormat(.en, timeZone: TimeZone(identifier: "UTC")!)
    let noon = Date(timeIntervalSince1970: 1_773_316_800)  // 12 March 2026, 12:00 UTC

    @Test func aMaskedDocumentSaysSo() {
        let row = DocumentsPane.row(
            DocumentSummary(
                id: 3, title: "Blood test", category: .labResults, author: .professional(rpps: "10000000001"),
                authorName: "Dr Martin", date: noon, deposited: noon, masked: true, versionCount: 1), text,
            format)
        #expect(row.spoken == "Blood test, Dr Martin, 12 March 2026, lab results, masked from professionals")
        #expect(row.cells.contains("masked"))
    }

    @Test func anEmergencyAccessAndADeniedAttemptAreSaidInWords() {
        let emergency = AccessHistoryPane.row(
            AccessEvent(
                id: 1, at: noon, actorType: .professional, actorId: "10000000007", actorName: "Dr Lambert",
                action: .read, target: "record", outcome: .done, emergency: true, reason: "SAMU regulation"),
            text, format)
        #expect(
            emergency.spoken.hasPrefix(
                "EMERGENCY ACCESS, Dr Lambert (professional), read, your record, 12 March 2026 at "))
        #expect(emergency.cells.last?.contains("EMERGENCY") == true)
        let denied = AccessHistoryPane.row(
            AccessEvent(
                id: 2, at: noon, actorType: .professional, actorId: "10000000005", actorName: "Dr Moreau",
                action: .read, target: "record", outcome: .denied, reason: "blocked by the patient"), text,
            format)
        #expect(denied.spoken.hasSuffix("DENIED, blocked by the patient"))
        #expect(denied.cells.last?.hasPrefix("DENIED") == true)
    }

    @Test func readingsAndVaccinationsAndProfileEntriesReadAsSentences() {
        let reading = MeasurementsPane.row(
            Measurement(id: 1, type: .weight, value: 72.5, at: noon), text, format)
        #expect(reading.spoken.hasPrefix("Weight 72.5 kg, 12 March 2026 at "))
        let pain = MeasurementsPane.row(Measurement(id: 2, type: .pain, value: 3, at: noon), text, format)
        #expect(pain.spoken.hasPrefix("Pain 3/10, "))
        let vaccination = VaccinationsPane.row(
            Vaccination(
                id: 1, date: noon, vaccine: "Repevax", diseases: ["diphtheria", "tetanus"], kind: .booster,
                lotNumber: "RV0604", requirement: .recommended, enteredBy: .patient), text, format)
        #expect(
            vaccination.spoken
                == "Repevax, against diphtheria, tetanus, 12 March 2026, booster, recommended, lot RV0604")
        let contact = ProfilePane.row(
            ProfileEntry(
                section: .contact, label: "Nadia Benali", contactRole: .trustedPerson, phone: "06 39 98 00 02"
            ), text, format)
        #expect(contact.spoken == "Contact: Nadia Benali, trusted person, 06 39 98 00 02")
        let illness = ProfilePane.row(
            ProfileEntry(
                section: .illness, label: "Appendicite", start: noon, end: noon.addingTimeInterval(86_400 * 4)
            ), text, format)
        #expect(illness.spoken == "Illness: Appendicite, from 12 March 2026 to 16 March 2026")
    }
}
