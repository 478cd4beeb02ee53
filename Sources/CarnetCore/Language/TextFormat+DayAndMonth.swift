import Foundation

extension TextFormat {
    /// A day without its year, for spans within one year: 12 March, 12 mars.
    public func dayAndMonth(_ date: Date) -> String {
        let parts = calendar.dateComponents([.month, .day], from: date)
        let months = language == .fr ? Self.frenchMonths : Self.englishMonths
        return "\(dayOfMonth(parts.day ?? 0)) \(months[max(0, min(11, (parts.month ?? 1) - 1))])"
    }

    /// Whether two moments fall in the same calendar year, here.
    public func sameYear(_ first: Date, _ second: Date) -> Bool {
        calendar.component(.year, from: first) == calendar.component(.year, from: second)
    }
}
