import Foundation

/// The checks of an entry typed by a person, before anything is written: what its section
/// needs, lengths, the phone number, the relative, the blood group and the dates.
extension ProfileEntry {
    /// The longest label or detail the record takes.
    public static let textLimit = 500

    /// The entry as the record keeps it: text trimmed, empty text as nil, the phone written
    /// one way, a relative typed in either language as its code, a blood group in capitals.
    public func normalized() -> ProfileEntry {
        var entry = self
        entry.label = Self.trimmed(label) ?? ""
        if section == .bloodGroup {
            entry.label = entry.label.uppercased().replacingOccurrences(of: " ", with: "")
                .replacingOccurrences(of: "\u{2212}", with: "-")
        }
        entry.detail = detail.flatMap(Self.trimmed)
        entry.relative = relative.flatMap(Self.trimmed).map { Relative(typed: $0)?.rawValue ?? $0 }
        entry.phone = phone.flatMap(Self.trimmed).map { PhoneNumber.normalized($0) ?? $0 }
        return entry
    }

    /// Everything wrong with the entry once normalized, field by field in the order its
    /// section asks for them. Dates are bounded by `now` and `birthDate` when they are given.
    public func problems(birthDate: String? = nil, now: Date? = nil, calendar: Calendar = .current)
        -> [ProfileError]
    {
        let entry = normalized()
        var problems: [ProfileError] = []
        for field in ProfileField.allCases where entry.has(field) && !section.fields.contains(field) {
            problems.append(.notInSection(field, section))
        }
        for field in section.fields {
            if !entry.has(field) {
                if section.requiredFields.contains(field) { problems.append(.missing(field, section)) }
                continue
            }
            if let problem = entry.problem(in: field, birthDate: birthDate, now: now, calendar: calendar) {
                problems.append(problem)
            }
        }
        return problems
    }

    /// The entry ready to write, or the first thing wrong with it.
    public func checked(birthDate: String, now: Date, calendar: Calendar = .current) throws -> ProfileEntry {
        if let problem = problems(birthDate: birthDate, now: now, calendar: calendar).first { throw problem }
        return normalized()
    }

    // MARK: - Helpers

    private func has(_ field: ProfileField) -> Bool {
        switch field {
        case .label: !label.isEmpty
        case .detail: detail != nil
        case .start: start != nil
        case .end: end != nil
        case .relative: relative != nil
        case .contactRole: contactRole != nil
        case .phone: phone != nil
        }
    }

    private func problem(in field: ProfileField, birthDate: String?, now: Date?, calendar: Calendar)
        -> ProfileError?
    {
        switch field {
        case .label:
            if section == .bloodGroup && !Self.bloodGroups.contains(label) {
                return .unknownBloodGroup(label)
            }
            return label.count > Self.textLimit ? .tooLong(.label, section, limit: Self.textLimit) : nil
        case .detail:
            return (detail?.count ?? 0) > Self.textLimit
                ? .tooLong(.detail, section, limit: Self.textLimit) : nil
        case .relative:
            guard let relative, Relative(rawValue: relative) == nil else { return nil }
            return .unknownRelative(relative)
        case .phone:
            guard let phone, PhoneNumber.normalized(phone) == nil else { return nil }
            return .badPhone(phone)
        case .contactRole:
            return nil
        case .start, .end:
            return dateProblem(field, birthDate: birthDate, now: now, calendar: calendar)
        }
    }

    private func dateProblem(_ field: ProfileField, birthDate: String?, now: Date?, calendar: Calendar)
        -> ProfileError?
    {
        guard let date = field == .start ? start : end else { return nil }
        let day = calendar.startOfDay(for: date)
        if field == .end, let start, day < calendar.startOfDay(for: start) {
            return .endBeforeStart(section, start: start, end: date)
        }
        let mayBeAhead = field == .end && section.endMayBeAhead
        if let now, !mayBeAhead, day > calendar.startOfDay(for: now) {
            return .inTheFuture(field, section, date)
        }
        if let birthDate, let birth = Self.day(birthDate, calendar), day < birth {
            return .beforeBirth(field, section, birthDate: birthDate)
        }
        return nil
    }

    private static func trimmed(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }

    private static func day(_ text: String, _ calendar: Calendar) -> Date? {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        return calendar.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2]))
    }
}
