import CarnetCore
import Foundation
import Testing

@testable import CarnetTUI

/// The Documents pane and its viewer as drawn: versions and masking said in words, what a
/// file without text is, and hostile text made harmless.
@Suite struct DocumentsViewTests {
    let text = Catalog(.en)
    let format = TextFormat(.en, timeZone: TimeZone(identifier: "UTC")!)
    let day = Date(timeIntervalSince1970: 1_773_316_800)

    func reading(_ body: DocumentBody, _ type: MediaType = .text, masked: Bool = false, versions: Int = 1)
        -> DocumentReading
    {
        let summary = DocumentSummary(
            id: 9, title: "Bilan", category: .labResults, author: .establishment(finess: "990000028"),
            authorName: "Laboratoire BioValmont", date: day, deposited: day, masked: masked,
            versionCount: versions)
        let all = (1...versions).reversed().map {
            DocumentVersionInfo(
                version: $0, author: summary.author, authorName: summary.authorName, created: day,
                mediaType: type,
                size: 1_536)
        }
        return DocumentReading(summary: summary, versions: all, shown: all[0], body: body)
    }

    func screen(_ reading: DocumentReading, rows: Int = 20, cols: Int = 80, screenReader: Bool = false)
        -> [String]
    {
        var state = AppState(
            rows: rows, cols: cols, patientName: "Camille Durand", screenReader: screenReader)
        _ = Update.update(&state, .documentLoaded(reading))
        return AppView.render(state).lines()
    }

    @Test func aModifiedProfessionalDocumentShowsItsAuthorAndVersion() {
        let row = DocumentsPane.row(reading(.text("x"), versions: 3).summary, text, format)
        #expect(row.cells == ["2026-03-12", "Bilan", "Lab results", "Laboratoire BioValmont", "", "v3"])
        #expect(row.spoken == "Bilan, Laboratoire BioValmont, 12 March 2026, lab results, version 3")
        let lines = screen(reading(.text("Ferritine 45"), versions: 3))
        #expect(lines[1] == "Bilan")
        #expect(lines[2] == "Category:        Lab results")
        #expect(lines[3] == "Author:          Laboratoire BioValmont")
        #expect(lines[6] == "Version:         3 of 3, the latest — 12 March 2026, Laboratoire BioValmont")
        #expect(lines[7] == "Masked:          no")
        #expect(lines[8] == "File:            text, 2 KB")
        #expect(lines[10] == "Ferritine 45")
        #expect(lines.last?.contains("v versions") == true)
    }

    @Test func aMaskedDocumentSaysWhoSeesIt() {
        let lines = screen(reading(.text("x"), masked: true))
        #expect(lines[7] == "Masked:          yes: only you, its author and your treating doctor see it")
    }

    @Test func aPDFWithoutPdftotextAndAnImageSayWhatTheyAre() {
        let pdf = screen(reading(.pdfWithoutText(.notInstalled), .pdf))
        #expect(pdf[8] == "File:            a PDF document, 2 KB")
        #expect(
            pdf.joined(separator: " ").contains(
                "pdftotext is not installed. Install the poppler-utils package"))
        let image = screen(reading(.image(ImageSize(width: 1200, height: 800)), .jpeg))
        #expect(image[10] == "This is a JPEG image of 1,200 × 800 pixels: carnet shows no images.")
        let unknown = screen(reading(.image(nil), .tiff))
        #expect(unknown[10] == "This is a TIFF image: carnet shows no images.")
    }

    @Test func hostileTextInADocumentIsDrawnHarmless() {
        let lines = screen(reading(.text("a\u{1B}[2Jb\u{202E}c\tend\u{0C}next page")))
        // The tab stops where it would with the placeholders drawn.
        #expect(lines[10] == "a␛[2Jb\u{FFFD}c        end")
        #expect(lines[11] == "next page")
        #expect(
            !lines.joined().unicodeScalars.contains { $0.value < 0x20 || (0x80...0x9F).contains($0.value) })
    }

    @Test func inScreenReaderModeTheViewerIsPlainLinesWithTheCursorOnTheFirst() {
        var state = AppState(rows: 14, cols: 70, patientName: "Camille Durand", screenReader: true)
        _ = Update.update(&state, .documentLoaded(reading(.text("Ferritine 45"))))
        let screen = AppView.render(state)
        #expect(screen.lines()[0] == "Bilan")
        #expect(screen.lines()[1] == "Bilan opened, 10 lines. Escape goes back to the list.")
        #expect(screen.lines()[2] == "Category:        Lab results")
        #expect(screen.cursor == (2, 0))
    }
}
