import Crypto
import Foundation
import _CryptoExtras

/// Why a kiosk PIN was refused.
public enum KioskPinError: Error, Equatable, Sendable {
    /// 4 to 12 digits.
    case badFormat
    /// The two entries differ.
    case mismatch
    /// A kiosk needs a PIN set beforehand in normal mode.
    case notSet

    public func message(_ text: Catalog) -> String {
        switch self {
        case .badFormat: text[.pinBadFormat]
        case .mismatch: text[.pinMismatch]
        case .notSet: text[.pinNotSet]
        }
    }
}

/// The PIN that unlocks a kiosk left idle. Stored only as a salted PBKDF2-SHA256 hash (OWASP's
/// 600,000 rounds), never in clear; checking one costs a few hundred milliseconds, which is
/// also what slows a guesser down.
public struct KioskPin: Sendable, Equatable {
    public static let rounds = 600_000
    public var salt: Data
    public var hash: Data
    public var rounds: Int

    /// Whether `pin` has the form carnet accepts: 4 to 12 digits.
    public static func isWellFormed(_ pin: String) -> Bool {
        (4...12).contains(pin.count) && pin.allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// A new hash of `pin` with a fresh random salt.
    public static func make(_ pin: String, rounds: Int = Self.rounds) throws -> KioskPin {
        guard isWellFormed(pin) else { throw KioskPinError.badFormat }
        let salt = Data(SymmetricKey(size: .bits128).withUnsafeBytes { Array($0) })
        return KioskPin(salt: salt, hash: try derive(pin, salt: salt, rounds: rounds), rounds: rounds)
    }

    /// Whether `pin` is this one; compared in constant time.
    public func matches(_ pin: String) -> Bool {
        guard Self.isWellFormed(pin), let candidate = try? Self.derive(pin, salt: salt, rounds: rounds),
            candidate.count == hash.count
        else { return false }
        return zip(candidate, hash).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }

    private static func derive(_ pin: String, salt: Data, rounds: Int) throws -> Data {
        let key = try KDF.Insecure.PBKDF2.deriveKey(
            from: Data(pin.utf8), salt: salt, using: .sha256, outputByteCount: 32,
            unsafeUncheckedRounds: rounds)
        return key.withUnsafeBytes { Data($0) }
    }
}

extension RecordStore {
    /// Stores the kiosk PIN (its salted hash), replacing any earlier one.
    public func setKioskPin(_ pin: KioskPin) throws {
        try write { writer in
            let value =
                "pbkdf2-sha256$\(pin.rounds)$\(pin.salt.base64EncodedString())$\(pin.hash.base64EncodedString())"
            try writer.setMetadata("kioskPin", value)
        }
    }

    /// The kiosk PIN's hash, or nil when none was set.
    public func kioskPin() throws -> KioskPin? {
        guard let value = try metadata("kioskPin") else { return nil }
        let parts = value.split(separator: "$")
        guard parts.count == 4, parts[0] == "pbkdf2-sha256", let rounds = Int(parts[1]),
            let salt = Data(base64Encoded: String(parts[2])), let hash = Data(base64Encoded: String(parts[3]))
        else { return nil }
        return KioskPin(salt: salt, hash: hash, rounds: rounds)
    }
}
