import Foundation

/// The head of a patient's access history: how many events it holds and the hash of the last
/// one. A hash chain is only as good as the place its head is kept: a person who writes the
/// head down (`carnet log head`) can later check that today's history still extends it.
///
/// ```swift
/// let head = try store.accessChainHead(of: patient)
/// head.code  // "1,000,040 · 7f3a 91c2 0b44"
/// ```
public struct AccessChainHead: Sendable, Equatable {
    /// Events in the history.
    public var events: Int
    /// The id of the last event (nil: no event yet).
    public var lastEvent: Int64?
    /// The last event's hash (the genesis hash when there is no event).
    public var hash: Data

    public init(events: Int, lastEvent: Int64?, hash: Data) {
        self.events = events
        self.lastEvent = lastEvent
        self.hash = hash
    }

    /// The count and the first 12 hex digits of the hash, in groups of four: short enough to
    /// copy by hand, 48 bits of hash that nobody can match by rewriting the history.
    public var code: String {
        KeptHead(events: events, hashPrefix: String(AccessChain.hex(hash).prefix(12))).code
    }
}

/// A head as a person kept it: a count and the beginning of a hash.
public struct KeptHead: Sendable, Equatable {
    public var events: Int
    /// Lower-case hexadecimal digits, at least 8.
    public var hashPrefix: String

    public init(events: Int, hashPrefix: String) {
        self.events = events
        self.hashPrefix = hashPrefix
    }

    /// `1,000,040 · 7f3a 91c2 0b44`: the count with separators, the hash in groups of four.
    public var code: String {
        var groups: [String] = []
        var rest = Substring(hashPrefix)
        while !rest.isEmpty {
            groups.append(String(rest.prefix(4)))
            rest = rest.dropFirst(4)
        }
        return TextFormat(.en).count(events) + " · " + groups.joined(separator: " ")
    }

    /// Reads a head as `carnet log head` prints it, in either language, however it was copied:
    /// the count before the `·` (any separators, a word such as "events" ignored), the hash
    /// digits after it (spaces ignored). Nil when it is not of that form.
    public init?(parsing text: String) {
        let parts = text.split(separator: "·", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return nil }
        let countDigits = parts[0].filter { $0.isASCII && $0.isNumber }
        let hashDigits = parts[1].lowercased().filter { !$0.isWhitespace }
        guard !countDigits.isEmpty, countDigits.count <= 12, let events = Int(countDigits),
            (8...64).contains(hashDigits.count),
            hashDigits.allSatisfy({ $0.isHexDigit })
        else { return nil }
        self.init(events: events, hashPrefix: hashDigits)
    }
}

/// Whether today's history extends a head kept earlier.
public enum HeadCheck: Sendable, Equatable {
    /// The history holds the kept head's events unchanged, and maybe more after them.
    case extends(now: Int)
    /// The history holds fewer events than the kept head: it was cut.
    case shorter(now: Int)
    /// The event at the kept head's position is not the one that was kept: the history was
    /// rewritten up to there (`event` is the event now at that position).
    case rewritten(event: Int64, now: Int)
}
