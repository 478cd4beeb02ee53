import Foundation

/// Why a vaccination entry was refused; nothing is written.
public enum VaccinationError: Error, Equatable, Sendable {
    case emptyVaccine
    /// A vaccine carnet does not know needs the diseases it protects against.
    case noDisease(vaccine: String)
    case inTheFuture(Date)
    case beforeBirth(birthDate: String)
    case tooLong(field: String, limit: Int)
    /// Another rule of `RecordDays` (before 1900).
    case badDay(DayProblem)
    /// More diseases, or longer names, than any vaccine protects against.
    case tooManyDiseases

    public func message(_ text: Catalog, _ format: TextFormat) -> String {
        switch self {
        case .emptyVaccine: text[.vaccineEmpty]
        case .noDisease(let vaccine): text[.vaccineNoDisease, vaccine]
        case .inTheFuture(let date): text[.vaccineInFuture, format.day(date)]
        case .beforeBirth(let birthDate): text[.vaccineBeforeBirth, format.day(iso: birthDate)]
        case .tooLong(let field, let limit): text[.vaccineTooLong, field, String(limit)]
        case .badDay(let problem): problem.message(text)
        case .tooManyDiseases:
            text[
                .diseasesTooMany, String(VaccinationEntry.maximumDiseases),
                String(VaccinationEntry.maximumDiseaseLength)]
        }
    }
}

/// What a person types to add a line to the card, checked before anything is written.
public struct VaccinationEntry: Sendable, Equatable {
    public var vaccine: String
    /// Empty for a common vaccine: its diseases are filled in.
    public var diseases: [String]
    /// No vaccine protects against more diseases; a name is a word or two.
    public static let maximumDiseases = 12
    public static let maximumDiseaseLength = 60
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
        guard diseases.count <= Self.maximumDiseases,
            diseases.allSatisfy({ $0.count <= Self.maximumDiseaseLength })
        else { throw VaccinationError.tooManyDiseases }
        // Any time on today's date is accepted; a later day is not.
        switch RecordDays.checkAct(date, birthDate: birthDate, now: now, calendar: calendar) {
        case nil: break
        case .inTheFuture: throw VaccinationError.inTheFuture(date)
        case .beforeBirth: throw VaccinationError.beforeBirth(birthDate: birthDate)
        case let problem?: throw VaccinationError.badDay(problem)
        }
        let lot = lotNumber?.trimmingCharacters(in: .whitespaces)
        let who = vaccinator?.trimmingCharacters(in: .whitespaces)
        if let lot, lot.count > 50 { throw VaccinationError.tooLong(field: "lot", limit: 50) }
        if let who, who.count > 200 { throw VaccinationError.tooLong(field: "vaccinator", limit: 200) }
        return Vaccination(
            date: date, vaccine: common?.name ?? vaccine, diseases: diseases, kind: kind,
            lotNumber: lot?.isEmpty == false ? lot : nil, vaccinator: who?.isEmpty == false ? who : nil,
            vaccinatorRpps: vaccinatorRpps,
            requirement: VaccinationRule.requirement(
                of: diseases, birthDate: birthDate, given: date, calendar: calendar)
                ?? common?.requirement ?? .recommended,
            enteredBy: enteredBy)
    }
}
