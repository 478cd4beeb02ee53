import Foundation
import Testing

@testable import CarnetCore

/// What the viewer shows of each kind of content: text decoded, RTF without its markup, a
/// PDF's text through pdftotext (or why not), an image's size.
@Suite struct DocumentTextTests {
    let folder = TemporaryFolder()

    @Test func rtfLosesItsMarkupAndKeepsItsCharacters() {
        #expect(RTFText.plain(SampleFiles.rtf) == "Glycémie : 1,2 g/L\nFin € euros")
    }

    /// Found by fuzzing (scripts/fuzz rtf): a \u parameter beyond 32 bits trapped.
    @Test func anRTFCharacterCodeOutOfRangeIsSkipped() {
        let hostile = "{\\rtf1 a\\u5555555555555555555 b\\u-99999999999 c\\u65 d}"
        // Each \u is followed by one fallback character (b, c, d), skipped as RTF says.
        #expect(RTFText.plain(Data(hostile.utf8)) == "aA")
        #expect(RTFText.plain(Data("\\u55555555555551\u{0}\\u0".utf8)).count < 10)
    }

    @Test func textIsUTF8OrWindows1252WithUnixLineBreaks() {
        #expect(DocumentText.decode(Data("\u{FEFF}a\r\nb\rc".utf8)) == "a\nb\nc")
        #expect(DocumentText.decode(Data([0x63, 0x61, 0x66, 0xE9])) == "café")
    }

    @Test func imagesSayTheirSizeInPixels() {
        #expect(
            ImageSize.of(SampleFiles.png(width: 640, height: 480), .png) == ImageSize(width: 640, height: 480)
        )
        #expect(
            ImageSize.of(SampleFiles.jpeg(width: 1200, height: 800), .jpeg)
                == ImageSize(width: 1200, height: 800))
        #expect(
            ImageSize.of(SampleFiles.tiff(width: 800, height: 600), .tiff)
                == ImageSize(width: 800, height: 600))
        #expect(ImageSize.of(Data([0xFF, 0xD8, 0xFF]), .jpeg) == nil)
    }

    @Test func withoutPdftotextAPDFSaysSo() {
        let reader = PDFTextExtractor(executable: nil)
        #expect(reader.text(of: SampleFiles.pdf("Bilan")) == .failure(.notInstalled))
        let missing = PDFTextExtractor(executable: folder.file("no-such-program"))
        #expect(missing.text(of: SampleFiles.pdf("Bilan")) == .failure(.notInstalled))
    }

    /// A stand-in for pdftotext: a script that fails, or that never ends.
    func script(_ body: String) throws -> String {
        let path = folder.file("pdftotext-\(UUID().uuidString)")
        try "#!/bin/sh\n\(body)\n".write(toFile: path, atomically: true, encoding: .utf8)
        chmod(path, 0o700)
        return path
    }

    @Test func aFailingOrHangingPdftotextIsReportedAndStopped() throws {
        let failing = PDFTextExtractor(executable: try script("exit 3"))
        #expect(failing.text(of: SampleFiles.pdf("x")) == .failure(.unreadable(status: 3)))
        let hanging = PDFTextExtractor(executable: try script("exec sleep 30"), timeout: 0.5)
        let start = Date()
        #expect(hanging.text(of: SampleFiles.pdf("x")) == .failure(.timedOut))
        #expect(Date().timeIntervalSince(start) < 10)
        // The file name is an argument, never read by a shell: the script sees it whole.
        let echoing = PDFTextExtractor(executable: try script(#"printf '%s' "$6""#))
        guard case .success(let argument) = echoing.text(of: SampleFiles.pdf("x")) else {
            Issue.record("the script's output was not read")
            return
        }
        #expect(argument.hasSuffix(".pdf") && argument.contains("carnet-"))
        #expect(!FileManager.default.fileExists(atPath: argument), "the temporary copy is removed")
    }

    @Test(
        .enabled(if: PDFTextExtractor.installed.executable != nil, "pdftotext (poppler-utils) is installed"))
    func pdftotextReadsThePDFsText() throws {
        let text = try PDFTextExtractor.installed.text(of: SampleFiles.pdf("Hemoglobine glyquee 6,9 %")).get()
        #expect(text.contains("Hemoglobine glyquee 6,9 %"))
    }
}
