import ArgumentParser
import CarnetCore
import Foundation

/// The date of an act typed on the command line.
enum ActDate {
    /// A local calendar day, `YYYY-MM-DD` (or `DD/MM/YYYY`), at noon, so that it stays the
    /// same day in every zone near this one.
    static func parse(_ text: String) throws -> Date {
        guard let day = TextFormat(CommandLanguage.current).typedDay(text) else {
            throw ValidationError(CommandLanguage.text[.badDay, text])
        }
        return day.start.addingTimeInterval(12 * 3_600)
    }

    /// A DMP category code, or a usage error listing them.
    static func category(_ code: String) throws -> DocumentCategory {
        guard let category = DocumentCategory(code: code) else {
            throw ValidationError(
                CommandLanguage.text[
                    .unknownCategory, code, DocumentCategory.allCases.map(\.code).joined(separator: ", ")])
        }
        return category
    }
}
