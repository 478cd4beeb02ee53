import Foundation

/// What a file is, read from its first bytes rather than from its name: a renamed program
/// stays a program.
public enum SniffedContent: Equatable, Sendable {
    /// A type the record can hold.
    case accepted(MediaType)
    /// Something it cannot, said as precisely as the bytes allow.
    case refused(RefusedContent)
}

/// Kinds of file the record refuses, named so that a refusal can say what the file is.
public enum RefusedContent: String, Equatable, Sendable, CaseIterable {
    case windowsProgram, program, archive, officeDocument, gif, bitmap, otherImage, media
    case utf16Text, binary
}

enum ContentSniffer {
    /// The type of `content`. XML is recognised as such; whether a depositor may deposit it
    /// is `DocumentFile`'s decision.
    static func sniff(_ content: Data) -> SniffedContent {
        let head = [UInt8](content.prefix(1024))
        func starts(_ signature: [UInt8], at offset: Int = 0) -> Bool {
            head.count >= offset + signature.count
                && Array(head[offset..<offset + signature.count]) == signature
        }
        // A PDF may have a few bytes before its header; readers accept it within 1 KB.
        if containsPDFHeader(head) { return .accepted(.pdf) }
        if starts([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return .accepted(.png) }
        if starts([0xFF, 0xD8, 0xFF]) { return .accepted(.jpeg) }
        if starts([0x49, 0x49, 0x2A, 0x00]) || starts([0x4D, 0x4D, 0x00, 0x2A]) { return .accepted(.tiff) }
        if starts(Array("{\\rtf".utf8)) { return .accepted(.rtf) }
        if isText(content) {
            let start = String(decoding: head.prefix(64), as: UTF8.self)
                .trimmingCharacters(in: CharacterSet(charactersIn: "\u{FEFF}").union(.whitespacesAndNewlines))
            return .accepted(start.hasPrefix("<?xml") ? .xml : .text)
        }
        // Text is ruled out first: "BM" and "MZ" also begin ordinary words.
        if let refused = refusedSignature(starts) { return .refused(refused) }
        if starts([0xFF, 0xFE]) || starts([0xFE, 0xFF]) { return .refused(.utf16Text) }
        return .refused(.binary)
    }

    private static func containsPDFHeader(_ head: [UInt8]) -> Bool {
        let marker = Array("%PDF-".utf8)
        guard head.count >= marker.count else { return false }
        return (0...(head.count - marker.count)).contains { Array(head[$0..<$0 + marker.count]) == marker }
    }

    /// Binary formats that are no document of the record, by their signature.
    private static func refusedSignature(_ starts: ([UInt8], Int) -> Bool) -> RefusedContent? {
        let signatures: [([UInt8], Int, RefusedContent)] = [
            (Array("MZ".utf8), 0, .windowsProgram),
            ([0x7F, 0x45, 0x4C, 0x46], 0, .program),  // ELF
            ([0xFE, 0xED, 0xFA, 0xCE], 0, .program), ([0xFE, 0xED, 0xFA, 0xCF], 0, .program),
            ([0xCE, 0xFA, 0xED, 0xFE], 0, .program), ([0xCF, 0xFA, 0xED, 0xFE], 0, .program),  // Mach-O
            ([0xCA, 0xFE, 0xBA, 0xBE], 0, .program),
            ([0x50, 0x4B, 0x03, 0x04], 0, .archive),  // ZIP, and so .docx, .odt, .xlsx
            ([0x1F, 0x8B], 0, .archive), (Array("Rar!".utf8), 0, .archive),
            ([0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C], 0, .archive),
            ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], 0, .officeDocument),  // .doc, .xls
            (Array("GIF8".utf8), 0, .gif), (Array("BM".utf8), 0, .bitmap),
            (Array("WEBP".utf8), 8, .otherImage), (Array("ftypheic".utf8), 4, .otherImage),
            (Array("ftypmif1".utf8), 4, .otherImage),
            (Array("ID3".utf8), 0, .media), (Array("OggS".utf8), 0, .media), (Array("fLaC".utf8), 0, .media),
            (Array("ftyp".utf8), 4, .media), (Array("WAVE".utf8), 8, .media), (Array("AVI ".utf8), 8, .media),
        ]
        return signatures.first { signature, offset, _ in starts(signature, offset) }.map(\.2)
    }

    /// Text: no NUL byte, and hardly any other control character (tabs, line and page
    /// breaks aside). UTF-8, or a single-byte encoding such as Windows-1252, which the
    /// viewer decodes.
    static func isText(_ content: Data) -> Bool {
        content.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
            var controls = 0
            for byte in bytes {
                if byte == 0 { return false }
                if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C && byte != 0x1B
                {
                    controls += 1
                }
            }
            return controls * 100 <= bytes.count
        }
    }
}
