import Foundation

/// The text inside a document's content, for the viewer and the search index.
enum DocumentText {
    /// The text of text, XML and RTF content; nil for other types (a PDF's text comes from
    /// `PDFTextExtractor`).
    static func text(of content: Data, _ mediaType: MediaType) -> String? {
        switch mediaType {
        case .text, .xml: decode(content)
        case .rtf: RTFText.plain(content)
        case .pdf, .jpeg, .png, .tiff: nil
        }
    }

    /// Bytes of text as a string: UTF-8 (without its byte-order mark) when they are, else
    /// Windows-1252, the usual single-byte encoding of French text files. Line breaks
    /// become "\n".
    static func decode(_ content: Data) -> String {
        var text: String
        if let utf8 = String(data: content, encoding: .utf8) {
            text = utf8
        } else if let windows = String(data: content, encoding: .windowsCP1252) {
            text = windows
        } else {
            text = String(decoding: content, as: UTF8.self)
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }
}
