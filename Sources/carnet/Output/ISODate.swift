import Foundation

/// ISO 8601 text for instants in local time, with the offset (2026-11-26T16:25:00+01:00).
/// Written by hand: listings format 100,000 readings and a formatter per row is slow.
struct ISODate {
    private let zone: TimeZone

    init(zone: TimeZone = .current) {
        self.zone = zone
    }

    /// Date, time and offset.
    func string(_ date: Date) -> String {
        let offset = zone.secondsFromGMT(for: date)
        let local = Int64(date.timeIntervalSince1970.rounded(.down)) + Int64(offset)
        let (day, time) = local.floorDivided(by: 86_400)
        let sign = offset < 0 ? "-" : "+"
        let magnitude = abs(offset)
        return Self.calendarDay(day) + "T" + Self.pad(Int(time / 3_600)) + ":"
            + Self.pad(Int(time % 3_600 / 60)) + ":" + Self.pad(Int(time % 60)) + sign
            + Self.pad(magnitude / 3_600) + ":" + Self.pad(magnitude % 3_600 / 60)
    }

    /// The local calendar day, YYYY-MM-DD.
    func day(_ date: Date) -> String {
        String(string(date).prefix(10))
    }

    /// The local day and minute, YYYY-MM-DD HH:MM.
    func minute(_ date: Date) -> String {
        let text = string(date)
        return String(text.prefix(10)) + " " + String(text.dropFirst(11).prefix(5))
    }

    /// Days since 1970-01-01 to a civil date (Howard Hinnant's algorithm).
    private static func calendarDay(_ days: Int64) -> String {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return String(format: "%04lld-%02lld-%02lld", year, month, day)
    }

    private static func pad(_ value: Int) -> String {
        value < 10 ? "0\(value)" : String(value)
    }
}

extension Int64 {
    /// Quotient and non-negative remainder, for instants before 1970 too.
    func floorDivided(by divisor: Int64) -> (Int64, Int64) {
        let remainder = ((self % divisor) + divisor) % divisor
        return ((self - remainder) / divisor, remainder)
    }
}
