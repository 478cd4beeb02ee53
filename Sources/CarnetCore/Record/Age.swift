import Foundation

/// A person's age on a day, in the unit people say it in: days for a newborn, months until
/// two years (as the child's health book counts them), then years.
public enum Age: Sendable, Equatable {
    case days(Int)
    case months(Int)
    case years(Int)

    /// The age on `today` of someone born on `birthDate` (`YYYY-MM-DD`); nil when the birth
    /// date cannot be read or is after today.
    public init?(birthDate: String, on today: Date, calendar: Calendar = .current) {
        guard let birth = RecordDays.day(birthDate, calendar) else { return nil }
        let day = calendar.startOfDay(for: today)
        guard birth <= day else { return nil }
        let parts = calendar.dateComponents([.year, .month, .day], from: birth, to: day)
        let (years, months) = (parts.year ?? 0, parts.month ?? 0)
        if years >= 2 {
            self = .years(years)
        } else if years * 12 + months >= 1 {
            self = .months(years * 12 + months)
        } else {
            self = .days(parts.day ?? 0)
        }
    }

    /// Under 18: a record a parent may manage as a child's.
    public var isMinor: Bool {
        if case .years(let years) = self { return years < 18 }
        return true
    }

    /// "7 years", "15 months", "1 day" — "7 ans", "15 mois", "1 jour".
    public func words(_ text: Catalog) -> String {
        switch self {
        case .days(let n): n == 1 ? text[.ageDayOne] : text[.ageDays, String(n)]
        case .months(let n): n == 1 ? text[.ageMonthOne] : text[.ageMonths, String(n)]
        case .years(let n): n == 1 ? text[.ageYearOne] : text[.ageYears, String(n)]
        }
    }
}

extension Patient {
    /// The age today in words ("7 years", "16 months"), nil when the birth date cannot be read.
    public func ageWords(_ text: Catalog, on today: Date = Date()) -> String? {
        Age(birthDate: birthDate, on: today)?.words(text)
    }

    /// Whose record it is, as a heading says it: "Léa Durand, 7 years".
    public func heading(_ text: Catalog, on today: Date = Date()) -> String {
        ageWords(text, on: today).map { name + ", " + $0 } ?? name
    }
}
