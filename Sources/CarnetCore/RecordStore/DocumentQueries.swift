import Foundation

/// A patient's documents: keyset pages, counts and positions under a filter, versions and
/// contents.
public protocol DocumentQueries {
    func documents(
        of patient: Int64, matching filter: DocumentFilter, page: PageRequest, limit: Int
    ) throws -> [DocumentSummary]
    func documentCount(of patient: Int64, matching filter: DocumentFilter) throws -> Int
    /// How many documents come before `key` in the filtered list.
    func documentPosition(of key: PageKey, patient: Int64, matching filter: DocumentFilter) throws -> Int
    func document(_ id: Int64, of patient: Int64) throws -> DocumentSummary?
    func documentVersions(of id: Int64) throws -> [DocumentVersionInfo]
    func documentContent(_ id: Int64, version: Int) throws -> Data?
    /// Every document, newest first, read a page at a time (the command line's listings).
    func forEachDocument(of patient: Int64, limit: Int?, _ body: (DocumentSummary) throws -> Void) throws
}

extension DocumentQueries {
    // Defaults cannot be said in a requirement: these are the shorter calls.
    public func documents(of patient: Int64, limit: Int) throws -> [DocumentSummary] {
        try documents(of: patient, matching: .all, page: .first, limit: limit)
    }

    public func documents(of patient: Int64, matching filter: DocumentFilter, limit: Int) throws
        -> [DocumentSummary]
    {
        try documents(of: patient, matching: filter, page: .first, limit: limit)
    }

    public func documents(of patient: Int64, page: PageRequest, limit: Int) throws -> [DocumentSummary] {
        try documents(of: patient, matching: .all, page: page, limit: limit)
    }

    public func documentCount(of patient: Int64) throws -> Int {
        try documentCount(of: patient, matching: .all)
    }

    public func documentPosition(of key: PageKey, patient: Int64) throws -> Int {
        try documentPosition(of: key, patient: patient, matching: .all)
    }

    public func forEachDocument(of patient: Int64, _ body: (DocumentSummary) throws -> Void) throws {
        try forEachDocument(of: patient, limit: nil, body)
    }
}
