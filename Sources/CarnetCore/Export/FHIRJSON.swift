import Foundation

/// A JSON value as the export writes it: objects keep their keys in the order given (FHIR
/// readers do not care, people reading a file do), and serialise straight into bytes.
indirect enum FHIRJSON {
    case string(String)
    case number(Double)
    case integer(Int64)
    case bool(Bool)
    /// A point in time, Unix seconds, written as FHIR's UTC dateTime text.
    case instant(Int64)
    case object([(String, FHIRJSON)])
    case array([FHIRJSON])

    /// An object without the members whose value is nil: optional elements are left out,
    /// never written as null (FHIR forbids null).
    static func members(_ pairs: KeyValuePairs<String, FHIRJSON?>) -> FHIRJSON {
        .object(pairs.compactMap { key, value in value.map { (key, $0) } })
    }

    /// The value as compact JSON, appended to `bytes`.
    func write(into bytes: inout [UInt8]) {
        switch self {
        case .string(let text): Self.writeString(text, into: &bytes)
        case .number(let value): bytes.append(contentsOf: Self.decimal(value).utf8)
        case .integer(let value): bytes.append(contentsOf: String(value).utf8)
        case .bool(let value): bytes.append(contentsOf: (value ? "true" : "false").utf8)
        case .instant(let seconds):
            bytes.append(UInt8(ascii: "\""))
            FHIRInstant.write(seconds, into: &bytes)
            bytes.append(UInt8(ascii: "\""))
        case .object(let members):
            bytes.append(UInt8(ascii: "{"))
            for (index, (key, value)) in members.enumerated() {
                if index > 0 { bytes.append(UInt8(ascii: ",")) }
                Self.writeString(key, into: &bytes)
                bytes.append(UInt8(ascii: ":"))
                value.write(into: &bytes)
            }
            bytes.append(UInt8(ascii: "}"))
        case .array(let items):
            bytes.append(UInt8(ascii: "["))
            for (index, item) in items.enumerated() {
                if index > 0 { bytes.append(UInt8(ascii: ",")) }
                item.write(into: &bytes)
            }
            bytes.append(UInt8(ascii: "]"))
        }
    }

    var bytes: [UInt8] {
        var bytes: [UInt8] = []
        write(into: &bytes)
        return bytes
    }

    /// A FHIR decimal: the shortest text that reads back as the same number, without an
    /// exponent (FHIR's decimal grammar has none for ordinary values) and without ".0".
    static func decimal(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }

    private static let hex = Array("0123456789abcdef".utf8)

    static func writeString(_ text: String, into bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        // Most text needs no escape: copied whole, not byte by byte.
        var text = text
        let copied: Bool = text.withUTF8 { utf8 in
            guard !utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") })
            else {
                return false
            }
            bytes.append(contentsOf: utf8)
            return true
        }
        if copied {
            bytes.append(UInt8(ascii: "\""))
            return
        }
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
            case UInt8(ascii: "\\"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
            case UInt8(ascii: "\n"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
            case UInt8(ascii: "\r"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
            case UInt8(ascii: "\t"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
            case 0..<0x20:
                bytes.append(contentsOf: Array("\\u00".utf8))
                bytes.append(hex[Int(byte >> 4)])
                bytes.append(hex[Int(byte & 0xF)])
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
