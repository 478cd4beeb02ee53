import Foundation
import Testing

@testable import CarnetCore

/// The history's import and export events keep a code and are worded in the reader's
/// language; events written before the codes keep their English words and are worded too.
@Suite struct ExchangeTargetTests {
    let english = Catalog(.en)
    let french = Catalog(.fr)

    @Test func anExportSaysItsResourcesInEitherLanguage() {
        var report = ExportReport(resources: ["Patient": 1, "Observation": 1449], path: "/x.json")
        #expect(report.summary == "fhir-export 1450 file")
        #expect(ExchangeTarget.words(report.summary, english) == "1,450 FHIR resources, to a file")
        #expect(ExchangeTarget.words(report.summary, french) == "1\u{00A0}450 ressources FHIR, vers un fichier")
        report.path = nil
        #expect(ExchangeTarget.words(report.summary, french) == "1\u{00A0}450 ressources FHIR")
    }

    @Test func anImportSaysWhatItAddedWithNounsThatAgree() {
        var report = ImportReport()
        report.added = [.readings: 1588, .documents: 1]
        #expect(report.summary == "fhir-import readings:1588 documents:1")
        #expect(ExchangeTarget.words(report.summary, english) == "1,588 readings, 1 document")
        #expect(ExchangeTarget.words(report.summary, french) == "1\u{00A0}588 mesures, 1 document")
        #expect(ExchangeTarget.words(ImportReport().summary, french) == "rien de nouveau")
    }

    @Test func olderEnglishTargetsAreRecognised() {
        #expect(ExchangeTarget.words("1450 FHIR resources to a file", french) == "1\u{00A0}450 ressources FHIR, vers un fichier")
        #expect(ExchangeTarget.words("1450 FHIR resources", english) == "1,450 FHIR resources")
        #expect(ExchangeTarget.words("16 documents, 1588 readings", french) == "16 documents, 1\u{00A0}588 mesures")
        #expect(ExchangeTarget.words("nothing new", french) == "rien de nouveau")
    }

    @Test func otherTargetsAreNotAnExchange() {
        for target in ["document 12", "record", "consent 10000000001", "12 apples", "fhir-import apples:3", ""] {
            #expect(ExchangeTarget.words(target, english) == nil, "\(target)")
        }
    }
}
