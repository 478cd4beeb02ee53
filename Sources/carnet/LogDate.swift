import Foundation

/// A `--since` or `--until` value: a local calendar day (`2026-11-20`) or an ISO 8601
/// date-time (`2026-11-20T18:30:00+01:00`, `…Z`, or without offset for local time; seconds
/// optional). A day given to `--since` starts at its local midnight; given to `--until`, it
/// runs to its last second, so that `--until` includes the day it names.
enum LogDate {
    enum Bound {
        case start, end
    }

    static func parse(_ text: String, as bound: Bound, zone: TimeZone = .current) -> Date? {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = text.split(separator: "T", maxSplits: 1, omittingEmptySubsequences: false)
        guard let day = calendarDay(parts[0]) else { return nil }
        guard parts.count == 2 else {
            guard let midnight = calendar.date(from: day) else { return nil }
            guard bound == .end else { return midnight }
            return calendar.date(byAdding: .day, value: 1, to: midnight)?.addingTimeInterval(-1)
        }
        guard let (time, offset) = timeAndOffset(parts[1]) else { return nil }
        var components = day
        components.hour = time.hour
        components.minute = time.minute
        components.second = time.second
        if let offset {
            guard let fixed = TimeZone(secondsFromGMT: offset) else { return nil }
            calendar.timeZone = fixed
        }
        guard components.isValidDate(in: calendar) else { return nil }
        return calendar.date(from: components)
    }

    /// YYYY-MM-DD, a date that exists.
    private static func calendarDay(_ text: Substring) -> DateComponents? {
        let fields = text.split(separator: "-", omittingEmptySubsequences: false)
        guard fields.count == 3, fields[0].count == 4, fields[1].count == 2, fields[2].count == 2,
            let year = digits(fields[0]), let month = digits(fields[1]), let day = digits(fields[2])
        else { return nil }
        let components = DateComponents(year: year, month: month, day: day)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 0)!
        return components.isValidDate(in: calendar) ? components : nil
    }

    /// HH:MM[:SS] then nothing (local time), Z, or ±HH:MM.
    private static func timeAndOffset(
        _ text: Substring
    ) -> ((hour: Int, minute: Int, second: Int), Int?)? {
        var clock = text
        var offset: Int?
        if clock.hasSuffix("Z") {
            clock = clock.dropLast()
            offset = 0
        } else if let signIndex = clock.lastIndex(where: { $0 == "+" || $0 == "-" }) {
            let zone = clock[clock.index(after: signIndex)...].split(
                separator: ":", omittingEmptySubsequences: false)
            guard zone.count == 2, zone[0].count == 2, zone[1].count == 2,
                let hours = digits(zone[0]), let minutes = digits(zone[1]), hours <= 18, minutes < 60
            else { return nil }
            let magnitude = hours * 3_600 + minutes * 60
            offset = clock[signIndex] == "-" ? -magnitude : magnitude
            clock = clock[..<signIndex]
        }
        let fields = clock.split(separator: ":", omittingEmptySubsequences: false)
        guard fields.count == 2 || fields.count == 3, fields.allSatisfy({ $0.count == 2 }),
            let hour = digits(fields[0]), let minute = digits(fields[1]), hour < 24, minute < 60
        else { return nil }
        let second = fields.count == 3 ? digits(fields[2]) : 0
        guard let second, second < 60 else { return nil }
        return ((hour, minute, second), offset)
    }

    private static func digits(_ text: Substring) -> Int? {
        guard !text.isEmpty, text.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(text)
    }
}
