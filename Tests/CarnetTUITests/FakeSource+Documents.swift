import CarnetCore
import Foundation

@testable import CarnetTUI

extension FakeSource {
    /// A document of `id` lines ("line 1" … "line N"), in two versions.
    func document(_ id: Int64, version: Int?) throws -> DocumentReading? {
        let day = Date(timeIntervalSince1970: 1_773_316_800)
        let summary = DocumentSummary(
            id: id, title: "Document \(id)", category: .labResults,
            author: .professional(rpps: "10000000001"),
            authorName: "Dr Martin", date: day, deposited: day, masked: false, versionCount: 2)
        let versions = [2, 1].map {
            DocumentVersionInfo(
                version: $0, author: summary.author, authorName: "Dr Martin", created: day, mediaType: .text,
                size: 100)
        }
        let shown = versions.first { $0.version == (version ?? 2) } ?? versions[0]
        let body = (1...max(1, Int(id))).map { "line \($0) of version \(shown.version)" }.joined(
            separator: "\n")
        return DocumentReading(summary: summary, versions: versions, shown: shown, body: .text(body))
    }

    func maskQuestion(_ document: DocumentSummary) throws -> String {
        "Mask \(document.title)? Dr Morel will stop seeing it."
    }
}
