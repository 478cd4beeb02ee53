import Foundation

/// A patient's medical profile: allergies, conditions, treatments, blood group, contacts.
public protocol ProfileQueries {
    func profile(of patient: Int64) throws -> [ProfileEntry]
    func profileEntry(_ id: Int64, of patient: Int64) throws -> ProfileEntry?
}
