import Foundation

/// A JSON object of a FHIR resource, with the path that leads to it, read through accessors
/// that say what is wrong and where (`valueQuantity.value "abc" is not a number`).
struct FHIRElement {
    /// Text longer than this is refused in any element but an attachment's `data`: no name,
    /// code or note of a health record comes near it, and the record bounds what it shows.
    static let maximumText = 100_000

    let json: [String: Any]
    /// The element's path from the resource ("" for the resource itself).
    let path: String

    init(_ json: [String: Any], path: String = "") {
        self.json = json
        self.path = path
    }

    func at(_ key: String) -> String { path.isEmpty ? key : path + "." + key }

    func has(_ key: String) -> Bool { json[key] != nil && !(json[key] is NSNull) }

    func string(_ key: String, limit: Int = maximumText) throws -> String? {
        guard let value = json[key], !(value is NSNull) else { return nil }
        guard let text = value as? String else { throw ImportIssue.wrongType(at(key), expected: "text") }
        guard text.utf8.count <= limit else { throw ImportIssue.tooLong(at(key), limit: limit) }
        return text
    }

    func required(_ key: String) throws -> String {
        guard let text = try string(key), !text.isEmpty else { throw ImportIssue.missing(at(key)) }
        return text
    }

    func object(_ key: String) throws -> FHIRElement? {
        guard let value = json[key], !(value is NSNull) else { return nil }
        guard let object = value as? [String: Any] else { throw ImportIssue.wrongType(at(key), expected: "object") }
        return FHIRElement(object, path: at(key))
    }

    func objects(_ key: String) throws -> [FHIRElement] {
        guard let value = json[key], !(value is NSNull) else { return [] }
        guard let array = value as? [Any] else { throw ImportIssue.wrongType(at(key), expected: "list") }
        return try array.enumerated().map { index, item in
            guard let object = item as? [String: Any] else {
                throw ImportIssue.wrongType("\(at(key))[\(index)]", expected: "object")
            }
            return FHIRElement(object, path: "\(at(key))[\(index)]")
        }
    }

    func strings(_ key: String) throws -> [String] {
        guard let value = json[key], !(value is NSNull) else { return [] }
        guard let array = value as? [Any] else { throw ImportIssue.wrongType(at(key), expected: "list") }
        return try array.enumerated().map { index, item in
            guard let text = item as? String else {
                throw ImportIssue.wrongType("\(at(key))[\(index)]", expected: "text")
            }
            guard text.utf8.count <= Self.maximumText else {
                throw ImportIssue.tooLong("\(at(key))[\(index)]", limit: Self.maximumText)
            }
            return text
        }
    }

    func number(_ key: String) throws -> Double? {
        guard let value = json[key], !(value is NSNull) else { return nil }
        if !(value is String), let number = value as? NSNumber, number.doubleValue.isFinite {
            return number.doubleValue
        }
        let shown = (value as? String).map { String($0.prefix(40)) } ?? "\(value)".prefix(40).description
        throw ImportIssue.notANumber(at(key), "\"\(shown)\"")
    }

    func integer(_ key: String) throws -> Int? {
        guard let value = try number(key) else { return nil }
        return Int(exactly: value.rounded()) ?? nil
    }

    func bool(_ key: String) throws -> Bool? {
        guard let value = json[key], !(value is NSNull) else { return nil }
        guard let flag = value as? Bool else { throw ImportIssue.wrongType(at(key), expected: "true or false") }
        return flag
    }

    func date(_ key: String) throws -> Date? {
        guard let text = try string(key, limit: 64) else { return nil }
        guard let date = FHIRDate.parse(text) else { throw ImportIssue.notADate(at(key), "\"\(text)\"") }
        return date
    }

    /// A code of a closed value set.
    func code(_ key: String, in allowed: Set<String>) throws -> String? {
        guard let code = try string(key, limit: 64) else { return nil }
        guard allowed.contains(code) else { throw ImportIssue.notACode(at(key), "\"\(code)\"") }
        return code
    }

    // MARK: - Data types

    /// A CodeableConcept's codings and text.
    func concept(_ key: String) throws -> CodeableConcept? {
        guard let element = try object(key) else { return nil }
        return try CodeableConcept(element)
    }

    func concepts(_ key: String) throws -> [CodeableConcept] {
        try objects(key).map(CodeableConcept.init)
    }

    func reference(_ key: String) throws -> FHIRReference? {
        guard let element = try object(key) else { return nil }
        return try FHIRReference(element)
    }
}

struct Coding {
    var system: String?
    var code: String?
    var display: String?
}

struct CodeableConcept {
    var codings: [Coding]
    var text: String?

    init(_ element: FHIRElement) throws {
        codings = try element.objects("coding").map {
            Coding(system: try $0.string("system"), code: try $0.string("code"), display: try $0.string("display"))
        }
        text = try element.string("text")
    }

    /// The code of the first coding in `system`.
    func code(in system: String) -> String? {
        codings.first { $0.system == system }?.code
    }

    /// Words a person reads: the text, else the first display, else the first code.
    var words: String? {
        let candidates = [text] + codings.map(\.display) + codings.map(\.code)
        return candidates.compactMap { $0?.trimmingCharacters(in: .whitespacesAndNewlines) }.first { !$0.isEmpty }
    }

    static let loinc = "http://loinc.org"
}

struct FHIRReference {
    var reference: String?
    var display: String?
    var path: String

    init(_ element: FHIRElement) throws {
        reference = try element.string("reference", limit: 4096)
        display = try element.string("display")
        path = element.path
    }
}

/// FHIR's date and dateTime: `2024`, `2024-03`, `2024-03-01` (the start of that day, local
/// time, as a date typed by hand), `2024-03-01T10:30:00+01:00` (seconds optional in
/// practice, fractions ignored). Read by hand: this runs once per resource.
enum FHIRDate {
    static func parse(_ text: String) -> Date? {
        let bytes = Array(text.utf8)
        func digits(_ start: Int, _ count: Int) -> Int? {
            guard start + count <= bytes.count else { return nil }
            var value = 0
            for byte in bytes[start..<(start + count)] {
                guard byte >= 48 && byte <= 57 else { return nil }
                value = value * 10 + Int(byte - 48)
            }
            return value
        }
        guard let year = digits(0, 4) else { return nil }
        var month = 1
        var day = 1
        var index = 4
        if index < bytes.count {
            guard bytes[index] == UInt8(ascii: "-"), let m = digits(index + 1, 2), (1...12).contains(m) else { return nil }
            month = m
            index += 3
        }
        if index < bytes.count {
            guard bytes[index] == UInt8(ascii: "-"), let d = digits(index + 1, 2), (1...31).contains(d) else { return nil }
            day = d
            index += 3
        }
        var calendar = Calendar(identifier: .gregorian)
        guard DateComponents(calendar: calendar, year: year, month: month, day: day).isValidDate else { return nil }
        if index == bytes.count {
            calendar.timeZone = .current
            return calendar.date(from: DateComponents(year: year, month: month, day: day))
        }
        guard bytes[index] == UInt8(ascii: "T"), let hour = digits(index + 1, 2), hour < 24,
            index + 3 < bytes.count, bytes[index + 3] == UInt8(ascii: ":"),
            let minute = digits(index + 4, 2), minute < 60
        else { return nil }
        index += 6
        var second = 0
        if index < bytes.count, bytes[index] == UInt8(ascii: ":") {
            guard let s = digits(index + 1, 2), s < 61 else { return nil }
            second = s
            index += 3
            if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
                index += 1
                while index < bytes.count, bytes[index] >= 48 && bytes[index] <= 57 { index += 1 }
            }
        }
        var offset = 0
        guard index < bytes.count else { return nil }  // a time needs its zone in FHIR
        if bytes[index] == UInt8(ascii: "Z") {
            index += 1
        } else {
            guard bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-"),
                let hours = digits(index + 1, 2), index + 3 < bytes.count, bytes[index + 3] == UInt8(ascii: ":"),
                let minutes = digits(index + 4, 2)
            else { return nil }
            offset = (hours * 3600 + minutes * 60) * (bytes[index] == UInt8(ascii: "-") ? -1 : 1)
            index += 6
        }
        guard index == bytes.count else { return nil }
        let days = daysFromCivil(year, month, day)
        let seconds = days * 86400 + hour * 3600 + minute * 60 + second - offset
        return Date(timeIntervalSince1970: TimeInterval(seconds))
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
    private static func daysFromCivil(_ year: Int, _ month: Int, _ day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }
}
