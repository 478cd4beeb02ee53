import Foundation

/// Dates and numbers the way each language writes them: 26/11/2026 and 72,5 kg in French,
/// 2026-11-26 and 72.5 kg in English. Local time.
public struct TextFormat: Sendable, Equatable {
    public let language: Language
    let calendar: Calendar

    public init(_ language: Language, timeZone: TimeZone = .current) {
        self.language = language
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        self.calendar = calendar
    }

    /// A calendar day: 26/11/2026 or 2026-11-26.
    public func day(_ date: Date) -> String {
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        let (year, month, day) = (parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
        return language == .fr
            ? "\(Self.padded(day, 2))/\(Self.padded(month, 2))/\(Self.padded(year, 4))"
            : "\(Self.padded(year, 4))-\(Self.padded(month, 2))-\(Self.padded(day, 2))"
    }

    /// A `YYYY-MM-DD` calendar date (a birth date) written the language's way.
    public func day(iso text: String) -> String {
        let parts = text.split(separator: "-")
        guard language == .fr, parts.count == 3 else { return text }
        return "\(parts[2])/\(parts[1])/\(parts[0])"
    }

    /// A day and a minute: 26/11/2026 16:25.
    public func minute(_ date: Date) -> String {
        day(date) + " " + time(date)
    }

    /// A time of day: 16:25.
    public func time(_ date: Date) -> String {
        let parts = calendar.dateComponents([.hour, .minute], from: date)
        return "\(Self.padded(parts.hour ?? 0, 2)):\(Self.padded(parts.minute ?? 0, 2))"
    }

    /// A number with leading zeros up to `width` digits, as `%02d` writes it (without
    /// Foundation's formatter, which a list of 200 rows would call 600 times).
    static func padded(_ number: Int, _ width: Int) -> String {
        let digits = String(abs(number))
        let zeros = String(repeating: "0", count: max(0, width - digits.count))
        return (number < 0 ? "-" : "") + zeros + digits
    }

    /// A day in words, what a screen reader says well: 12 March 2026, 12 mars 2026.
    public func longDay(_ date: Date) -> String {
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        let months = language == .fr ? Self.frenchMonths : Self.englishMonths
        let month = months[max(0, min(11, (parts.month ?? 1) - 1))]
        return "\(dayOfMonth(parts.day ?? 0)) \(month) \(parts.year ?? 0)"
    }

    /// French writes the first of the month as an ordinal: 1er août, 2 août.
    func dayOfMonth(_ day: Int) -> String {
        language == .fr && day == 1 ? "1er" : String(day)
    }

    /// A measured value: no trailing zeros, at most two decimals, the language's decimal mark.
    public func number(_ value: Double) -> String {
        var text: String
        if value == value.rounded() && abs(value) < 1e12 {
            text = String(Int64(value))
        } else {
            text = String(format: "%.2f", value)
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return language == .fr ? text.replacingOccurrences(of: ".", with: ",") : text
    }

    /// A count with thousands separators: 1,000,040 or 1 000 040 (no-break spaces).
    public func count(_ value: Int) -> String {
        let separator: Character = language == .fr ? "\u{00A0}" : ","
        let digits = String(value)
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out.append(separator) }
            out.append(digit)
        }
        return out
    }

    static let englishMonths = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December",
    ]
    static let frenchMonths = [
        "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre",
    ]
}
