import Foundation

/// One version of a document, without its content: who wrote it, when, and what it holds.
public struct DocumentVersionInfo: Sendable, Equatable {
    /// 1 for the document as first deposited, then 2, 3… as it is modified.
    public var version: Int
    public var author: Author
    public var authorName: String
    public var created: Date
    public var mediaType: MediaType
    /// In bytes.
    public var size: Int

    public init(
        version: Int, author: Author, authorName: String, created: Date, mediaType: MediaType, size: Int
    ) {
        self.version = version
        self.author = author
        self.authorName = authorName
        self.created = created
        self.mediaType = mediaType
        self.size = size
    }
}

/// Which documents a listing shows: one category, words to find in the title, the author
/// or the text, or both. Typed words match the start of words, ignoring case and accents:
/// `lipid` finds "Bilan lipidique", `glycemie` finds "glycémie".
public struct DocumentFilter: Hashable, Sendable {
    public var category: DocumentCategory?
    /// What was typed, as typed.
    public var search: String

    public static let all = DocumentFilter()

    public init(category: DocumentCategory? = nil, search: String = "") {
        self.category = category
        self.search = search
    }

    /// Whether the filter lets every document through.
    public var isEmpty: Bool { category == nil && words.isEmpty }

    /// The typed words: runs of letters and digits (what the search index holds).
    public var words: [String] {
        search.split { !($0.isLetter || $0.isNumber) }.map(String.init)
    }

    /// The full-text query: every word, as the start of a word of the document. Each word
    /// is quoted, so that nothing typed is read as query syntax.
    var matchExpression: String? {
        let words = words
        guard !words.isEmpty else { return nil }
        return words.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"*" }
            .joined(separator: " ")
    }
}
