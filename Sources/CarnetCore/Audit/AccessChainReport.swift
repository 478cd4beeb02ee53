/// What `RecordStore.verifyAccessChain(of:)` found.
public enum AccessChainReport: Sendable, Equatable {
    /// Every event matches its hash and follows the one before it.
    case intact(events: Int)
    /// The first event that does not match, and what is wrong with it. `checked` events
    /// before it matched.
    case broken(event: Int64, problem: AccessChainProblem, checked: Int)
}

/// Why an event does not match the chain.
public enum AccessChainProblem: Sendable, Equatable {
    /// Its hash is not the one its content and the previous hash give: the event (or its
    /// hash) was changed after it was written.
    case contentChanged
    /// It does not follow the event before it: events were removed or inserted before it.
    /// `writtenAfter` is the event it was written after (nil: it was written as the first).
    case chainBroken(writtenAfter: Int64?)
    /// It has no hash at all.
    case missingHash
}
