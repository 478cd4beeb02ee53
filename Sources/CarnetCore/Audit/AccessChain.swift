import Crypto
import Foundation

/// The hash chain that makes the access history tamper-evident.
///
/// Each event's hash is SHA-256 over a canonical encoding of its content and the hash of the
/// patient's previous event (by id); the first event of a patient follows `genesis`. Changing,
/// removing or inserting an event after the fact changes every hash from there on, which
/// `RecordStore.verifyAccessChain(of:)` finds.
///
/// ```swift
/// let hash = AccessChain.hash(of: content, after: AccessChain.genesis)
/// ```
public enum AccessChain {
    /// What the first event of a patient's history follows: 32 zero bytes.
    public static let genesis = Data(repeating: 0, count: 32)

    /// The hash of an event that follows `previous` in its patient's history.
    public static func hash(of content: AccessEventContent, after previous: Data) -> Data {
        var encoder = CanonicalEncoder()
        encoder.append(bytes: domain)
        encoder.append(bytes: previous)
        content.encode(into: &encoder)
        return Data(SHA256.hash(data: encoder.bytes))
    }

    /// Lower-case hexadecimal, as listings print hashes.
    public static func hex(_ hash: Data) -> String {
        var digits: [UInt8] = []
        digits.reserveCapacity(hash.count * 2)
        for byte in hash {
            digits.append(hexDigits[Int(byte >> 4)])
            digits.append(hexDigits[Int(byte & 0x0F)])
        }
        return String(decoding: digits, as: UTF8.self)
    }

    /// Names this encoding, so that a later one (a version 2) can never collide with it.
    private static let domain = Data("carnet.accessEvent.v1\u{0}".utf8)
    private static let hexDigits = Array("0123456789abcdef".utf8)
}

/// The hashed fields of an access event exactly as the record stores them: raw strings, not
/// the enums, so that a stored value the enums do not know still hashes as it is.
public struct AccessEventContent: Sendable, Equatable {
    public var patientId: Int64
    /// Unix seconds.
    public var at: Int64
    public var actorType: String
    public var actorId: String
    public var actorName: String
    public var action: String
    public var target: String
    public var outcome: String
    public var emergency: Bool
    public var reason: String?

    public init(
        patientId: Int64, at: Int64, actorType: String, actorId: String, actorName: String,
        action: String, target: String, outcome: String, emergency: Bool, reason: String?
    ) {
        self.patientId = patientId
        self.at = at
        self.actorType = actorType
        self.actorId = actorId
        self.actorName = actorName
        self.action = action
        self.target = target
        self.outcome = outcome
        self.emergency = emergency
        self.reason = reason
    }

    /// The content of an event about to be appended for `patient`.
    public init(_ event: AccessEvent, patient: Int64) {
        self.init(
            patientId: patient, at: event.at.unixSeconds, actorType: event.actorType.rawValue,
            actorId: event.actorId, actorName: event.actorName, action: event.action.rawValue,
            target: event.target, outcome: event.outcome.rawValue, emergency: event.emergency,
            reason: event.reason)
    }

    /// Fixed order, integers big-endian, every string prefixed by its length and the optional
    /// reason by a presence byte: no two different contents encode to the same bytes.
    fileprivate func encode(into encoder: inout CanonicalEncoder) {
        encoder.append(integer: patientId)
        encoder.append(integer: at)
        for text in [actorType, actorId, actorName, action, target, outcome] {
            encoder.append(string: text)
        }
        encoder.append(byte: emergency ? 1 : 0)
        if let reason {
            encoder.append(byte: 1)
            encoder.append(string: reason)
        } else {
            encoder.append(byte: 0)
        }
    }
}

/// Bytes for hashing, built without intermediate allocations.
private struct CanonicalEncoder {
    var bytes: [UInt8] = []

    init() {
        bytes.reserveCapacity(256)
    }

    mutating func append(byte: UInt8) {
        bytes.append(byte)
    }

    mutating func append(bytes data: Data) {
        bytes.append(contentsOf: data)
    }

    mutating func append(integer: Int64) {
        withUnsafeBytes(of: integer.bigEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func append(string: String) {
        let utf8 = string.utf8
        append(integer: Int64(utf8.count))
        bytes.append(contentsOf: utf8)
    }
}
