import Foundation
import Testing

@testable import CarnetCore

/// The blood group (LOINC 882-1) an export carries: one of the record's eight groups is
/// kept, another wording is left out and said, and a record's own blood group stays.
@Suite struct FHIRImportBloodGroupTests {
    let folder = TemporaryFolder()

    static let patient =
        #"{"resourceType":"Patient","id":"p","name":[{"family":"Moreau","given":["Inès"]}],"birthDate":"1990-06-01"}"#

    static func bloodGroup(_ id: String, _ words: String) -> String {
        #"{"resourceType":"Observation","id":"\#(id)","status":"final","code":{"coding":[{"system":"http://loinc.org","code":"882-1"}]},"valueCodeableConcept":{"text":"\#(words)"}}"#
    }

    func importing(_ lines: [String], into record: String) throws -> ImportReport {
        let path = folder.file(UUID().uuidString + ".ndjson")
        _ = FileManager.default.createFile(
            atPath: path, contents: Data((lines.joined(separator: "\n") + "\n").utf8))
        return try FHIRImporter(paths: [path], recordPath: record).run()
    }

    @Test func oneOfTheEightGroupsIsKeptAndAnotherWordingIsLeftOut() throws {
        let record = folder.file("record.sqlite")
        let first = try importing(
            [Self.patient, Self.bloodGroup("b1", "Groupe A, rhésus positif")], into: record)
        #expect(first.skipped.map(\.resource) == ["Observation/b1"])
        #expect(first.notImported.isEmpty)
        let second = try importing([Self.patient, Self.bloodGroup("b2", "O -")], into: record)
        #expect(second.added[.profileEntries] == 1)
        let third = try importing([Self.patient, Self.bloodGroup("b3", "AB+")], into: record)
        #expect(third.skipped.map(\.resource) == ["Observation/b3"])
        let store = try SQLiteStore.open(at: record)
        defer { try? store.close() }
        let groups = try store.profile(of: 1).filter { $0.section == .bloodGroup }.map(\.label)
        #expect(groups == ["O-"])
    }
}
