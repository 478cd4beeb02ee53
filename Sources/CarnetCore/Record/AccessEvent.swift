import Foundation

/// Who acted on the record.
public enum ActorType: String, CaseIterable, Sendable {
    case patient
    case professional
    case establishment
    case system
}

/// What was done. Targets name the object ("document 12", "consent 10000000005").
public enum AccessAction: String, CaseIterable, Sendable {
    case read
    case list
    case add
    case modify
    case mask
    case unmask
    case delete
    case authorize
    case block
    case unblock
    case setTreatingDoctor
    case emergencySettings
    case notificationSettings
    case close
    case reopen
    case export
    case `import`
}

public enum AccessOutcome: String, CaseIterable, Sendable {
    case done
    case denied
}

/// One line of the access history. Append-only: the database refuses updates and deletes.
public struct AccessEvent: Sendable, Equatable {
    public var id: Int64
    public var at: Date
    public var actorType: ActorType
    /// RPPS, FINESS, or the patient's id.
    public var actorId: String
    public var actorName: String
    public var action: AccessAction
    public var target: String
    public var outcome: AccessOutcome
    public var emergency: Bool
    /// Why an attempt was denied, in words.
    public var reason: String?
    /// The event's link in the hash chain (see `AccessChain`), as read from the record; nil
    /// on an event not yet appended (the writer computes it).
    public var hash: Data?

    public init(
        id: Int64 = 0, at: Date, actorType: ActorType, actorId: String, actorName: String,
        action: AccessAction, target: String, outcome: AccessOutcome, emergency: Bool = false,
        reason: String? = nil, hash: Data? = nil
    ) {
        self.id = id
        self.at = at
        self.actorType = actorType
        self.actorId = actorId
        self.actorName = actorName
        self.action = action
        self.target = target
        self.outcome = outcome
        self.emergency = emergency
        self.reason = reason
        self.hash = hash
    }
}
