import Foundation

extension MediaType {
    /// The type in words: "PDF document", "JPEG image".
    public var phrase: Phrase {
        switch self {
        case .text: .mediaText
        case .pdf: .mediaPDF
        case .jpeg: .mediaJPEG
        case .png: .mediaPNG
        case .xml: .mediaXML
        case .tiff: .mediaTIFF
        case .rtf: .mediaRTF
        }
    }
}

extension RefusedContent {
    /// What the file is, in words: "a Windows program".
    public var phrase: Phrase {
        switch self {
        case .windowsProgram: .refusedWindowsProgram
        case .program: .refusedProgram
        case .archive: .refusedArchive
        case .officeDocument: .refusedOfficeDocument
        case .gif: .refusedGIF
        case .bitmap: .refusedBitmap
        case .otherImage: .refusedOtherImage
        case .media: .refusedMedia
        case .utf16Text: .refusedUTF16
        case .binary: .refusedBinary
        }
    }
}

extension Catalog {
    /// A file size the way people say it: "512 bytes", "120 KB", "6.3 MB" ("6,3 Mo").
    public func fileSize(_ bytes: Int) -> String {
        let format = TextFormat(language)
        let kilobyte = 1024.0
        let megabyte = kilobyte * 1024
        let value = Double(bytes)
        if value < kilobyte { return self[.sizeBytes, format.count(bytes)] }
        if value < megabyte { return self[.sizeKilobytes, format.number((value / kilobyte).rounded())] }
        return self[.sizeMegabytes, format.number((value / megabyte * 10).rounded() / 10)]
    }
}
