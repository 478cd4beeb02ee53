import Foundation

/// The one set of rules for the days the record holds, whoever enters them (the patient, a
/// professional, an import): an act is never after today nor before the patient's birth, and
/// a birth date is a real day between 1900 and today.
///
/// ```swift
/// if let problem = RecordDays.checkAct(date, birthDate: "1990-01-31", now: Date()) { … }
/// ```
public enum RecordDays {
    /// The earliest birth date carnet accepts: nobody alive was born before it.
    public static let earliestBirthYear = 1900

    /// Why the day of an act cannot be recorded, or nil. Any time on today's date is fine.
    public static func checkAct(
        _ date: Date, birthDate: String?, now: Date, calendar: Calendar = .current
    ) -> DayProblem? {
        if calendar.startOfDay(for: date) > calendar.startOfDay(for: now) { return .inTheFuture(date) }
        if let birthDate, let birth = day(birthDate, calendar), calendar.startOfDay(for: date) < birth {
            return .beforeBirth(birthDate: birthDate)
        }
        if calendar.component(.year, from: date) < earliestBirthYear { return .tooEarly(date) }
        return nil
    }

    /// Why a `YYYY-MM-DD` birth date cannot be recorded, or nil.
    public static func checkBirth(_ text: String, now: Date, calendar: Calendar = .current) -> DayProblem? {
        guard let birth = day(text, calendar) else { return .notADay(text) }
        if birth > calendar.startOfDay(for: now) { return .inTheFuture(birth) }
        if calendar.component(.year, from: birth) < earliestBirthYear { return .tooEarly(birth) }
        return nil
    }

    /// The start of a `YYYY-MM-DD` day, or nil when it is not a real day (2026-02-30).
    static func day(_ text: String, _ calendar: Calendar) -> Date? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { return nil }
        let components = DateComponents(year: year, month: month, day: day)
        guard components.isValidDate(in: calendar) else { return nil }
        return calendar.date(from: components)
    }
}

/// Why a day cannot go into the record.
public enum DayProblem: Error, Equatable, Sendable {
    case inTheFuture(Date)
    case beforeBirth(birthDate: String)
    /// Before 1900: a typing slip (year 1, 0026…), not a day of anyone's care.
    case tooEarly(Date)
    /// Not a real calendar day of the form YYYY-MM-DD.
    case notADay(String)

    public func message(_ text: Catalog) -> String {
        let format = TextFormat(text.language)
        return switch self {
        case .inTheFuture(let date): text[.dayInFuture, format.day(date)]
        case .beforeBirth(let birthDate): text[.dayBeforeBirth, format.day(iso: birthDate)]
        case .tooEarly(let date): text[.dayTooEarly, format.day(date), String(RecordDays.earliestBirthYear)]
        case .notADay(let typed): text[.dayNotADay, typed]
        }
    }
}
