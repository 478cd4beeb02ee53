import Foundation

/// Why a vaccination entry was refused; nothing is written.
public enum VaccinationError: Error, Equatable, Sendable {
    case emptyVaccine
    /// A vaccine carnet does not know needs the diseases it protects against.
    case noDisease(vaccine: String)
    case inTheFuture(Date)
    case beforeBirth(birthDate: String)
    case tooLong(field: String, limit: Int)

    public func message(_ text: Catalog, _ format: TextFormat) -> String {
        switch self {
        case .emptyVaccine: text[.vaccineEmpty]
        case .noDisease(let vaccine): text[.vaccineNoDisease, vaccine]
        case .inTheFuture(let date): text[.vaccineInFuture, format.day(date)]
        case .beforeBirth(let birthDate): text[.vaccineBeforeBirth, format.day(iso: birthDate)]
        case .tooLong(let field, let limit): text[.vaccineTooLong, field, String(limit)]
        }
    }
}

/// What a person types to add a line to the card, checked before anything is written.
public struct VaccinationEntry: Sendable, Equatable {
    public var vaccine: String
    /// Empty for a common vaccine: its diseases are filled in.
    public var diseases: [String]
    /// Nil: today.
    public var date: Date?
    public var kind: Vaccination.Kind
    public var lotNumber: String?
    public var vaccinator: String?

    public init(
        vaccine: String, diseases: [String] = [], date: Date?, kind: Vaccination.Kind = .booster,
        lotNumber: String? = nil, vaccinator: String? = nil
    ) {
        self.vaccine = vaccine
        self.diseases = diseases
        self.date = date
        self.kind = kind
        self.lotNumber = lotNumber
        self.vaccinator = vaccinator
    }

    /// The card's line for this entry, or why it cannot be one. `now` bounds the date: a
    /// vaccination cannot be entered before it happened.
    public func checked(
        birthDate: String, now: Date, enteredBy: Vaccination.EnteredBy, vaccinatorRpps: String? = nil,
        calendar: Calendar = .current
    ) throws -> Vaccination {
        let date = self.date ?? now
        let vaccine = vaccine.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !vaccine.isEmpty else { throw VaccinationError.emptyVaccine }
        guard vaccine.count <= 200 else { throw VaccinationError.tooLong(field: "vaccine", limit: 200) }
        let common = CommonVaccine.named(vaccine)
        var diseases = diseases.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        if diseases.isEmpty, let common { diseases = common.diseases }
        guard !diseases.isEmpty else { throw VaccinationError.noDisease(vaccine: vaccine) }
        // Any time on today's date is accepted; a later day is not.
        guard calendar.startOfDay(for: date) <= calendar.startOfDay(for: now) else {
            throw VaccinationError.inTheFuture(date)
        }
        if let birth = Self.day(birthDate, calendar), calendar.startOfDay(for: date) < birth {
            throw VaccinationError.beforeBirth(birthDate: birthDate)
        }
        let lot = lotNumber?.trimmingCharacters(in: .whitespaces)
        let who = vaccinator?.trimmingCharacters(in: .whitespaces)
        if let lot, lot.count > 50 { throw VaccinationError.tooLong(field: "lot", limit: 50) }
        if let who, who.count > 200 { throw VaccinationError.tooLong(field: "vaccinator", limit: 200) }
        return Vaccination(
            date: date, vaccine: common?.name ?? vaccine, diseases: diseases, kind: kind,
            lotNumber: lot?.isEmpty == false ? lot : nil, vaccinator: who?.isEmpty == false ? who : nil,
            vaccinatorRpps: vaccinatorRpps, requirement: common?.requirement ?? .recommended,
            enteredBy: enteredBy)
    }

    private static func day(_ text: String, _ calendar: Calendar) -> Date? {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        return calendar.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2]))
    }
}
