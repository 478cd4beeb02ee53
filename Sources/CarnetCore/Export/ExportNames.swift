import Crypto
import Foundation

/// How the export names its resources: a logical id from carnet's own (stable) identifier
/// of each item, an `identifier` in the record's own system, and the references between
/// them — `urn:uuid:` full URLs in a Bundle, `Type/id` in NDJSON (FHIR Bulk Data).
struct ExportNames {
    /// The record's export identity (`meta` key `exportId`): the same from one export to
    /// the next, so that a second system updates instead of duplicating.
    let recordId: String
    let inBundle: Bool

    var identifierSystem: String { "urn:uuid:" + recordId }

    /// The entry's fullUrl: a UUID from the record's identity and the resource's type and id
    /// (the first 16 bytes of their SHA-256, marked as a version 8 UUID, RFC 9562).
    func fullUrl(_ type: String, _ id: String) -> String {
        var bytes = Array(SHA256.hash(data: Data((recordId + "/" + type + "/" + id).utf8)).prefix(16))
        bytes[6] = (bytes[6] & 0x0F) | 0x80
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        var text = Array("urn:uuid:".utf8)
        text.reserveCapacity(45)
        for (index, byte) in bytes.enumerated() {
            if index == 4 || index == 6 || index == 8 || index == 10 { text.append(UInt8(ascii: "-")) }
            text.append(Self.hexDigits[Int(byte >> 4)])
            text.append(Self.hexDigits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    func referenceText(_ type: String, _ id: String) -> String {
        inBundle ? fullUrl(type, id) : type + "/" + id
    }

    func reference(_ type: String, _ id: String, display: String? = nil) -> FHIRJSON {
        .members(["reference": .string(referenceText(type, id)), "display": display.map(FHIRJSON.string)])
    }

    /// The item's identifier in the record's own system: what a second system keys on.
    func identifier(_ id: String) -> FHIRJSON {
        .array([.object([("system", .string(identifierSystem)), ("value", .string(id))])])
    }
}

/// Small builders for FHIR data types.
enum FHIR {
    static func coding(_ system: String, _ code: String, _ display: String? = nil) -> FHIRJSON {
        .members(["system": .string(system), "code": .string(code), "display": display.map(FHIRJSON.string)])
    }

    static func concept(_ codings: [FHIRJSON] = [], text: String? = nil) -> FHIRJSON {
        .members(["coding": codings.isEmpty ? nil : .array(codings), "text": text.map(FHIRJSON.string)])
    }

    static func text(_ text: String) -> FHIRJSON { .object([("text", .string(text))]) }

    static func extensionCode(_ url: String, _ code: String) -> FHIRJSON {
        .object([("url", .string(url)), ("valueCode", .string(code))])
    }

    static func extensionString(_ url: String, _ value: String) -> FHIRJSON {
        .object([("url", .string(url)), ("valueString", .string(value))])
    }

    /// The carnet detail extension, or nil when there is no detail.
    static func detail(_ detail: String?) -> FHIRJSON? {
        guard let detail, !detail.isEmpty else { return nil }
        return .array([extensionString(FHIRVocabulary.detailExtension, detail)])
    }

    static func instant(_ date: Date) -> FHIRJSON { .instant(date.unixSeconds) }

    static func period(_ start: Date?, _ end: Date?) -> FHIRJSON? {
        guard start != nil || end != nil else { return nil }
        return .members(["start": start.map(instant), "end": end.map(instant)])
    }
}

/// FHIR dateTime/instant text in UTC ("2026-03-14T08:30:00Z"), written straight into bytes
/// without a formatter: the export writes a million of them.
enum FHIRInstant {
    static func string(_ seconds: Int64) -> String {
        var bytes: [UInt8] = []
        write(seconds, into: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    static func write(_ seconds: Int64, into bytes: inout [UInt8]) {
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let secondOfDay = seconds - days * 86_400
        // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        func digits(_ value: Int64, _ count: Int) {
            var divisor: Int64 = 1
            for _ in 1..<count { divisor *= 10 }
            while divisor > 0 {
                bytes.append(UInt8(ascii: "0") + UInt8(value / divisor % 10))
                divisor /= 10
            }
        }
        digits(year, 4)
        bytes.append(UInt8(ascii: "-"))
        digits(month, 2)
        bytes.append(UInt8(ascii: "-"))
        digits(day, 2)
        bytes.append(UInt8(ascii: "T"))
        digits(secondOfDay / 3_600, 2)
        bytes.append(UInt8(ascii: ":"))
        digits(secondOfDay / 60 % 60, 2)
        bytes.append(UInt8(ascii: ":"))
        digits(secondOfDay % 60, 2)
        bytes.append(UInt8(ascii: "Z"))
    }
}
