import Foundation
import Testing

@testable import CarnetCore

/// The checks every deposited file passes, from the command line or the browser: type read
/// from the content and agreeing with the name, size within the limit, reasons in words.
@Suite struct DocumentFileTests {
    let folder = TemporaryFolder()
    let text = Catalog(.en)

    func write(_ name: String, _ content: Data) -> String {
        let path = folder.file(name)
        _ = FileManager.default.createFile(atPath: path, contents: content)
        return path
    }

    func refusal(_ path: String, by depositor: Depositor = .patient) -> String? {
        do {
            _ = try DocumentFile.read(path, by: depositor)
            return nil
        } catch let error as DocumentFileError {
            return error.message(text)
        } catch {
            return "\(error)"
        }
    }

    @Test(arguments: [
        ("bilan.pdf", SampleFiles.pdf("Bilan"), MediaType.pdf), ("photo.JPG", SampleFiles.jpeg(), .jpeg),
        ("scan.png", SampleFiles.png(), .png), ("radio.tif", SampleFiles.tiff(), .tiff),
        ("lettre.rtf", SampleFiles.rtf, .rtf), ("notes.txt", Data("Glycémie 1,2 g/L\n".utf8), .text),
        ("sans-extension", SampleFiles.pdf("Bilan"), .pdf),
        ("ancien.txt", Data([0x47, 0x6C, 0x79, 0x63, 0xE9, 0x6D, 0x69, 0x65]), .text),  // Windows-1252
    ])
    func acceptsTheTypesOfMonEspaceSanteByContent(_ name: String, _ content: Data, _ type: MediaType) throws {
        let file = try DocumentFile.read(write(name, content), by: .patient)
        #expect(file.mediaType == type)
        #expect(file.content == content)
        #expect(file.name == name)
    }

    @Test func aFileOverFiveMegabytesIsRefusedBeforeItIsRead() throws {
        let path = folder.file("scanner.pdf")
        _ = FileManager.default.createFile(atPath: path, contents: SampleFiles.pdf("x"))
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: 6 * 1024 * 1024)
        try handle.close()
        #expect(refusal(path) == "scanner.pdf is 6 MB, over the limit of 5 MB.")
        // A professional's software may send more.
        #expect(refusal(path, by: .professional) == nil)
        let exactly = folder.file("exactly.pdf")
        _ = FileManager.default.createFile(atPath: exactly, contents: SampleFiles.pdf("x"))
        let limit = try #require(FileHandle(forWritingAtPath: exactly))
        try limit.truncate(atOffset: UInt64(DocumentLimits.maximumPatientFileSize))
        try limit.close()
        #expect(refusal(exactly) == nil)
    }

    @Test func aWindowsProgramIsRefusedWhateverItsName() {
        let accepted = "the record takes text, PDF, JPEG, PNG, TIFF and RTF files."
        for name in ["setup.exe", "setup.pdf", "setup.txt", "setup"] {
            #expect(
                refusal(write(name, SampleFiles.windowsProgram))
                    == "\(name) is a Windows program, not a document: \(accepted)")
        }
        #expect(refusal(write("lettre.docx", SampleFiles.zip))?.contains("an archive") == true)
    }

    @Test func aNameThatLiesAboutItsContentIsRefused() {
        #expect(
            refusal(write("bilan.pdf", SampleFiles.png()))
                == "bilan.pdf is named .pdf, but its content is a PNG image: rename it or choose the right file."
        )
        #expect(refusal(write("notes.txt", SampleFiles.pdf("x")))?.contains("a PDF document") == true)
    }

    @Test func unknownExtensionsAreRefusedEvenForText() {
        #expect(
            refusal(write("notes.md", Data("# Notes".utf8)))
                == "notes.md: files ending in .md are not taken; the record takes text, PDF, JPEG, PNG, TIFF and RTF files."
        )
    }

    @Test func xmlIsForProfessionalsAndIsTextForPatients() throws {
        let xml = Data("<?xml version=\"1.0\"?><ClinicalDocument/>".utf8)
        #expect(try DocumentFile.read(write("cda.xml", xml), by: .professional).mediaType == .xml)
        #expect(refusal(write("cda2.xml", xml))?.contains("files ending in .xml are not taken") == true)
        #expect(try DocumentFile.read(write("cda.txt", xml), by: .patient).mediaType == .text)
    }

    @Test func emptyFilesFoldersAndMissingFilesSayWhat() {
        #expect(refusal(write("vide.txt", Data())) == "vide.txt is empty: there is nothing to add.")
        #expect(
            refusal(folder.path)?.hasSuffix("is not a file (a folder or a device): choose a document file.")
                == true)
        #expect(refusal(folder.file("absent.pdf")) == "\(folder.file("absent.pdf")): there is no such file.")
        #expect(refusal("/dev/zero")?.contains("is not a file") == true)
    }

    @Test func reasonsInFrench() {
        #expect(
            DocumentFileError.tooLarge("scan.pdf", size: 6 * 1024 * 1024, limit: 5 * 1024 * 1024).message(
                Catalog(.fr))
                == "scan.pdf fait 6 Mo, au-delà de la limite de 5 Mo.")
        #expect(Catalog(.fr).fileSize(1_536) == "2 Ko")
        #expect(Catalog(.en).fileSize(100) == "100 bytes")
    }
}
