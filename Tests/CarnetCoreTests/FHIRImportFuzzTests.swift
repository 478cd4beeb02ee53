import Foundation
import GRDB
import Testing

@testable import CarnetCore

/// A valid export mutated at random, byte by byte and value by value: carnet never crashes,
/// and an import it refuses changes nothing in the record.
@Suite struct FHIRImportFuzzTests {
    enum Mutation: CaseIterable {
        case flipByte, deleteRange, duplicateRange, numberToText, hugeText, deepNesting, dropKey, truncate
    }

    static func mutate(_ bytes: [UInt8], _ random: inout DemoRandom) -> [UInt8] {
        var bytes = bytes
        let at = Int.random(in: 0..<bytes.count, using: &random)
        let length = min(Int.random(in: 1...64, using: &random), bytes.count - at)
        switch Mutation.allCases.randomElement(using: &random)! {
        case .flipByte:
            bytes[at] = UInt8.random(in: 0...255, using: &random)
        case .deleteRange:
            bytes.removeSubrange(at..<(at + length))
        case .duplicateRange:
            bytes.insert(contentsOf: bytes[at..<(at + length)], at: at)
        case .numberToText:
            if let digit = bytes[at...].firstIndex(where: { $0 >= 48 && $0 <= 57 }) {
                bytes.replaceSubrange(digit...digit, with: Array(#""abc""#.utf8))
            }
        case .hugeText:
            if let quote = bytes[at...].firstIndex(of: UInt8(ascii: "\"")) {
                bytes.insert(contentsOf: Array(repeating: UInt8(ascii: "x"), count: 150_000), at: quote + 1)
            }
        case .deepNesting:
            if let colon = bytes[at...].firstIndex(of: UInt8(ascii: ":")) {
                bytes.insert(
                    contentsOf: Array(repeating: UInt8(ascii: "["), count: 3000) + [49]
                        + Array(repeating: UInt8(ascii: "]"), count: 3000) + [44], at: colon + 1)
            }
        case .dropKey:
            if let key = bytes[at...].firstIndex(of: UInt8(ascii: "\"")),
                let comma = bytes[key...].firstIndex(of: UInt8(ascii: ","))
            {
                bytes.removeSubrange(key...comma)
            }
        case .truncate:
            bytes.removeSubrange(at...)
        }
        return bytes
    }

    @Test func mutatedExportsNeverCrashAndARefusalWritesNothing() throws {
        let folder = TemporaryFolder()
        let record = folder.file("record.sqlite")
        let original = Array(FHIRFixtures.record.utf8)
        let clean = folder.file("clean.json")
        _ = FileManager.default.createFile(atPath: clean, contents: Data(original))
        _ = try FHIRImporter(paths: [clean], recordPath: record).run()
        let store = try SQLiteStore.open(at: record)
        var random = DemoRandom(seed: 21)
        var refused = 0
        for round in 0..<120 {
            var bytes = original
            for _ in 0..<Int.random(in: 1...3, using: &random) { bytes = Self.mutate(bytes, &random) }
            let path = folder.file("mutated-\(round).json")
            _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
            let before = try store.counts(of: 1)
            let content = try store.reading { db in try Self.fingerprint(db) }
            do {
                _ = try FHIRImporter(paths: [path], recordPath: record).run()
            } catch is ImportFailure {
                refused += 1
                #expect(try store.counts(of: 1) == before, "round \(round) wrote part of a refused file")
                #expect(try store.reading { db in try Self.fingerprint(db) } == content, "round \(round)")
            }
        }
        // Most mutations break the file; some leave it valid (a changed letter in a title).
        #expect(refused > 40)
    }

    /// Everything an import may change, as one text.
    static func fingerprint(_ db: Database) throws -> String {
        try ["measurement", "document", "documentVersion", "vaccination", "profileEntry", "importSource", "professional",
             "establishment"].map { table in
            try Row.fetchAll(db, sql: "SELECT * FROM \(table)").map(\.description).joined(separator: ";")
        }.joined(separator: "|")
    }
}
