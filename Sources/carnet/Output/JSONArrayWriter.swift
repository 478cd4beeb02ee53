import Foundation

/// A value in a JSON listing.
enum JSONValue {
    case string(String)
    case number(Double)
    case bool(Bool)
    case null
    case array([JSONValue])

    static func optional(_ text: String?) -> JSONValue {
        text.map(JSONValue.string) ?? .null
    }
}

/// Streams a JSON array of objects, one per line, keys in the order given.
struct JSONArrayWriter {
    private var output = StandardOutput()
    private var count = 0

    mutating func add(_ fields: KeyValuePairs<String, JSONValue>) {
        var line = count == 0 ? "[\n  {" : ",\n  {"
        var firstField = true
        for (key, value) in fields {
            if !firstField { line += ", " }
            firstField = false
            line += Self.quoted(key) + ": " + Self.encode(value)
        }
        line += "}"
        output.write(line)
        count += 1
    }

    mutating func finish() {
        output.write(count == 0 ? "[]\n" : "\n]\n")
        output.flush()
    }

    static func encode(_ value: JSONValue) -> String {
        switch value {
        case .string(let text): quoted(text)
        case .bool(let flag): flag ? "true" : "false"
        case .null: "null"
        case .array(let values): "[" + values.map(encode).joined(separator: ", ") + "]"
        case .number(let number):
            if number.isFinite && number == number.rounded() && abs(number) < 1e15 {
                String(Int64(number))
            } else if number.isFinite {
                String(number)
            } else {
                "null"
            }
        }
    }

    /// A JSON string literal: quotes, backslashes and every control character escaped,
    /// so that no byte of untrusted text reaches a terminal raw.
    static func quoted(_ text: String) -> String {
        // Most values (ids, hashes, codes, names) need no escape: skip the scalar walk.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F && $0 != 0x22 && $0 != 0x5C }) {
            return "\"" + text + "\""
        }
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _
            where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
                || (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value):
                out += String(format: "\\u%04x", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
