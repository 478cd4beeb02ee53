import Foundation
import Testing

@testable import CarnetCore

/// The import's report counts as the language writes numbers, the noun agreeing with one.
@Suite struct ImportReportWordsTests {
    @Test func countsAgreeAndAreGrouped() {
        var report = ImportReport()
        report.patient = "Camille Durand"
        report.added = [.readings: 1588, .documents: 1]
        report.updated = [.consents: 2]
        let french = report.lines(Catalog(.fr))
        #expect(french.contains("Ajouté : 1\u{00A0}588 mesures, 1 document."), "\(french)")
        #expect(french.contains("Mis à jour : 2 réglages de consentement."), "\(french)")
        let english = report.lines(Catalog(.en))
        #expect(english.contains { $0.hasSuffix("1,588 readings, 1 document.") }, "\(english)")
    }
}
