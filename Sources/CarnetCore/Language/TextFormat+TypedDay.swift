import Foundation

extension TextFormat {
    /// A calendar day typed by a person, as its first and last second in local time:
    /// `2026-03-14` in either language, or `14/03/2026` (day first, as in French). Nil when
    /// the text is not a day that exists.
    public func typedDay(_ text: String) -> DateInterval? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let fields: [Substring]
        let year: Substring
        let month: Substring
        let day: Substring
        if trimmed.contains("/") {
            fields = trimmed.split(separator: "/", omittingEmptySubsequences: false)
            guard fields.count == 3 else { return nil }
            (day, month, year) = (fields[0], fields[1], fields[2])
        } else {
            fields = trimmed.split(separator: "-", omittingEmptySubsequences: false)
            guard fields.count == 3 else { return nil }
            (year, month, day) = (fields[0], fields[1], fields[2])
        }
        guard year.count == 4, (1...2).contains(month.count), (1...2).contains(day.count),
            [year, month, day].allSatisfy({ $0.allSatisfy(\.isASCII) }),
            let y = Int(year), let m = Int(month), let d = Int(day)
        else { return nil }
        let components = DateComponents(year: y, month: m, day: d)
        guard components.isValidDate(in: calendar), let start = calendar.date(from: components),
            let next = calendar.date(byAdding: .day, value: 1, to: start)
        else { return nil }
        return DateInterval(start: start, end: next.addingTimeInterval(-1))
    }

    /// A moment typed by a person: a day (`2026-03-14` or `14/03/2026`, taken at noon) or a
    /// day and a time of day (`2026-03-14 08:30`, `14/03/2026 8h30`). Nil when it is neither.
    public func typedMoment(_ text: String) -> Date? {
        let parts = text.trimmingCharacters(in: .whitespaces).split(
            separator: " ", omittingEmptySubsequences: true)
        guard (1...2).contains(parts.count), let day = typedDay(String(parts[0])) else { return nil }
        guard parts.count == 2 else { return day.start.addingTimeInterval(12 * 3_600) }
        let clock = parts[1].replacingOccurrences(of: "h", with: ":").split(
            separator: ":", omittingEmptySubsequences: false)
        guard (1...2).contains(clock.count), let hour = Int(clock[0]), (0...23).contains(hour) else {
            return nil
        }
        let minute = clock.count == 2 ? (clock[1].isEmpty ? 0 : Int(clock[1])) : 0
        guard let minute, (0...59).contains(minute) else { return nil }
        return calendar.date(byAdding: DateComponents(hour: hour, minute: minute), to: day.start)
    }
}
