import Foundation

/// The subjects a page of events names in their targets — `document 12`, `consent
/// 10000000001`, `profile 3` — gathered by kind, each with the target that names it, so that
/// a store reads the names of each kind in one query (`targetNames`).
public struct EventTargets: Sendable {
    public private(set) var documents: [Int64: String] = [:]
    /// Professionals' RPPS and establishments' FINESS numbers.
    public private(set) var people: [String: String] = [:]
    public private(set) var profileEntries: [Int64: String] = [:]

    public init(_ targets: [String]) {
        for target in targets {
            let parts = target.split(separator: " ", maxSplits: 1)
            guard parts.count == 2 else { continue }
            if parts[0] == "document", let id = Int64(parts[1]) { documents[id] = target }
            if parts[0] == "consent" { people[String(parts[1])] = target }
            if parts[0] == "profile", let id = Int64(parts[1]) { profileEntries[id] = target }
        }
    }

    /// Whether no target names a subject.
    public var isEmpty: Bool { documents.isEmpty && people.isEmpty && profileEntries.isEmpty }
}
