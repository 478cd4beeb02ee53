import Foundation

/// A patient's vaccination card: keyset pages by disease, counts, positions.
public protocol VaccinationQueries {
    func vaccinations(
        of patient: Int64, disease: String?, page: PageRequest, limit: Int
    ) throws -> [Vaccination]
    func vaccinationCount(of patient: Int64, disease: String?) throws -> Int
    func vaccinationPosition(of key: PageKey, patient: Int64, disease: String?) throws -> Int
    /// The diseases the card names, for its filter.
    func vaccinationDiseases(of patient: Int64) throws -> [String]
    /// The whole card, oldest dose first (the calendar reads it all).
    func vaccinationCard(of patient: Int64) throws -> [Vaccination]
}

extension VaccinationQueries {
    // Defaults cannot be said in a requirement: these are the shorter calls.
    public func vaccinations(of patient: Int64, limit: Int) throws -> [Vaccination] {
        try vaccinations(of: patient, disease: nil, page: .first, limit: limit)
    }

    public func vaccinations(of patient: Int64, disease: String?, limit: Int) throws -> [Vaccination] {
        try vaccinations(of: patient, disease: disease, page: .first, limit: limit)
    }

    public func vaccinations(of patient: Int64, page: PageRequest, limit: Int) throws -> [Vaccination] {
        try vaccinations(of: patient, disease: nil, page: page, limit: limit)
    }

    public func vaccinationCount(of patient: Int64) throws -> Int {
        try vaccinationCount(of: patient, disease: nil)
    }

    public func vaccinationPosition(of key: PageKey, patient: Int64) throws -> Int {
        try vaccinationPosition(of: key, patient: patient, disease: nil)
    }
}
