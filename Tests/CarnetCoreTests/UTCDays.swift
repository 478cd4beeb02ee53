import Foundation

/// Days of the vaccination calendar and growth tests, in UTC so that they do not move with the machine's
/// zone: `noon` for a dose or a "today", `midnight` for the day a due date falls on.
enum UTCDays {
    static let zone = TimeZone(identifier: "UTC")!

    /// The Gregorian calendar in UTC, for code that takes a calendar (ages, days).
    static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        return calendar
    }()

    static func noon(_ text: String) -> Date {
        let parts = text.split(separator: "-").map { Int($0)! }
        return calendar.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2], hour: 12))!
    }

    static func midnight(_ text: String) -> Date { noon(text).addingTimeInterval(-12 * 3_600) }
}
