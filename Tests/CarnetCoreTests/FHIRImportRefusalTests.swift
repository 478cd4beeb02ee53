import Foundation
import Testing

@testable import CarnetCore

/// A bad file writes nothing and says where it is bad; the wrong person is refused.
@Suite struct FHIRImportRefusalTests {
    let folder = TemporaryFolder()
    var recordPath: String { folder.file("record.sqlite") }

    func write(_ data: Data, _ name: String = "export.json") -> String {
        let path = folder.file(name)
        _ = FileManager.default.createFile(atPath: path, contents: data)
        return path
    }

    /// A record with the fixture imported once, and what it holds.
    func imported() throws -> (SQLiteStore, RecordCounts, Int) {
        _ = try FHIRImporter(paths: [write(Data(FHIRFixtures.record.utf8), "first.json")], recordPath: recordPath).run()
        let store = try SQLiteStore.open(at: recordPath)
        return (store, try store.counts(of: 1), try store.accessEvents(of: 1, limit: 100).count)
    }

    /// The import of `json` fails with these problems and changes nothing.
    func refused(_ json: [String: Any], _ options: FHIRImporter.Options = .init()) throws -> [String] {
        let (store, counts, events) = try imported()
        let path = write(FHIRFixtures.data(json), "bad.json")
        var messages: [String] = []
        do {
            _ = try FHIRImporter(paths: [path], recordPath: recordPath, options: options).run()
            Issue.record("the import was not refused")
        } catch let failure as ImportFailure {
            if case .problems(let problems) = failure { messages = problems.map { $0.message(Catalog(.en)) } }
            else { messages = [failure.message(Catalog(.en))] }
        }
        #expect(try store.counts(of: 1) == counts)
        #expect(try store.accessEvents(of: 1, limit: 100).count == events)
        return messages
    }

    func changing(_ id: String, _ change: (inout [String: Any]) -> Void) -> [String: Any] {
        FHIRFixtures.changing(id, in: FHIRFixtures.recordJSON(), change)
    }

    @Test func aValueThatIsNotANumberIsNamedWhereItIs() throws {
        let messages = try refused(changing("w1") { $0["valueQuantity"] = ["value": "abc", "code": "kg"] })
        #expect(messages == [#"entry[5] (Observation/w1): valueQuantity.value "abc" is not a number"#])
    }

    @Test func aMissingRequiredElementIsRefused() throws {
        let messages = try refused(changing("lab1") { $0["status"] = nil })
        #expect(messages == ["entry[12] (DiagnosticReport/lab1): status is missing"])
    }

    @Test func anImpossibleValueIsRefusedLikeATypedOne() throws {
        let messages = try refused(changing("w1") { $0["valueQuantity"] = ["value": 900, "code": "kg"] })
        #expect(messages.count == 1)
        #expect(messages[0].hasPrefix("entry[5] (Observation/w1): 900 kg"))
    }

    @Test func aFutureDateIsRefused() throws {
        let messages = try refused(changing("imm1") { $0["occurrenceDateTime"] = "2999-01-01" })
        #expect(messages.count == 1)
        #expect(messages[0].contains("Immunization/imm1"))
        #expect(messages[0].contains("future"))
    }

    @Test func everyProblemIsListed() throws {
        var json = changing("w1") { $0["valueQuantity"] = ["value": "abc"] }
        json = FHIRFixtures.changing("lab1", in: json) { $0["status"] = nil }
        json = FHIRFixtures.changing("cr1", in: json) {
            $0["content"] = [["attachment": ["contentType": "text/plain", "data": "not base64!"]]]
        }
        let messages = try refused(json)
        #expect(messages.count == 3)
        #expect(messages.contains("entry[13] (DocumentReference/cr1): content[0].attachment.data is not base64"))
    }

    @Test func aResultThatIsNotInTheFileIsAnError() throws {
        let messages = try refused(changing("lab1") { $0["result"] = [["reference": "Observation/missing"]] })
        #expect(messages == [
            "entry[12] (DiagnosticReport/lab1): result[0] refers to Observation/missing, which is neither in the file nor in the record"
        ])
    }

    @Test func aWrongResourceTypeIsRefused() throws {
        let messages = try refused(changing("cp1") { $0["resourceType"] = "Carplan" })
        #expect(messages == [#"entry[28]: resourceType "Carplan" is not a FHIR R4 resource"#])
    }

    @Test func aHugeStringIsRefused() throws {
        let messages = try refused(changing("al1") { $0["code"] = ["text": String(repeating: "x", count: 200_000)] })
        #expect(messages == ["entry[20] (AllergyIntolerance/al1): code.text is longer than 100000 bytes"])
    }

    @Test func skipInvalidWritesTheValidOnesAndListsTheRest() throws {
        _ = try imported()
        let json = changing("w1") { $0["valueQuantity"] = ["value": "abc"] }
        let other = FHIRFixtures.changing("spo2", in: json) { $0["valueQuantity"] = ["value": 95, "code": "%"] }
        let report = try FHIRImporter(
            paths: [write(FHIRFixtures.data(other), "skip.json")], recordPath: recordPath,
            options: .init(skipInvalid: true)
        ).run()
        #expect(report.invalid.map(\.resource) == ["Observation/w1"])
        #expect(try SQLiteStore.open(at: recordPath).measurements(of: 1, type: .oxygenSaturation).map(\.value) == [95])
    }

    @Test func malformedDeepOrOversizedFilesGetAClearMessage() throws {
        let (store, counts, _) = try imported()
        func message(_ data: Data) -> String? {
            do {
                _ = try FHIRImporter(paths: [write(data, "broken.json")], recordPath: recordPath).run()
                return nil
            } catch let failure as ImportFailure {
                return failure.message(Catalog(.en))
            } catch {
                return "\(error)"
            }
        }
        #expect(message(Data(#"{"resourceType":"Bundle","type":"collection","entry":[{"resource":"#.utf8))?
            .contains("malformed JSON") == true)
        let deep = String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000)
        #expect(message(Data((#"{"resourceType":"Bundle","type":"collection","entry":"# + deep + "}").utf8))?
            .contains("nested too deep") == true)
        #expect(message(Data(#"{"resourceType":"Bundle","type":"history","entry":[]}"#.utf8))?
            .contains(#"type "history""#) == true)
        #expect(message(Data("%PDF-1.4 not json".utf8))?.contains("not a FHIR R4 file") == true)
        // A 2 GB file (sparse: no disk used) is refused before it is read.
        let big = folder.file("big.json")
        _ = FileManager.default.createFile(atPath: big, contents: Data("{".utf8))
        let handle = try #require(FileHandle(forWritingAtPath: big))
        try handle.truncate(atOffset: 2 << 30)
        try handle.close()
        do {
            _ = try FHIRImporter(paths: [big], recordPath: recordPath).run()
            Issue.record("a 2 GB file was read")
        } catch let failure as ImportFailure {
            #expect(failure.message(Catalog(.en)).contains("a Bundle may be at most"))
        }
        #expect(try store.counts(of: 1) == counts)
    }

    @Test func anotherPersonsFileIsRefusedNamingBoth() throws {
        _ = try imported()
        let json = changing("p1") { patient in
            patient["identifier"] = nil
            patient["name"] = [["family": "Bernard", "given": ["Louis"]]]
        }
        let messages = try refused(json)
        #expect(messages.count == 1)
        #expect(messages[0].contains("Louis Bernard, 1979-03-15"))
        #expect(messages[0].contains("Camille Durand, 1979-03-15, INS 279035121518989"))
    }

    @Test func theSamePersonIsKnownByNameAndBirthDateWhenTheFileHasNoINS() throws {
        _ = try imported()
        let json = changing("p1") { patient in
            patient["identifier"] = nil
            patient["name"] = [["family": "DURAND", "given": ["camille"]]]
        }
        let report = try FHIRImporter(paths: [write(FHIRFixtures.data(json), "same.json")], recordPath: recordPath).run()
        #expect(report.added.isEmpty)
    }

    @Test func aFileWithTwoPatientsIsRefusedNamingThem() throws {
        var json = FHIRFixtures.recordJSON()
        var entries = json["entry"] as! [[String: Any]]
        entries.append([
            "fullUrl": "urn:uuid:patient-p2",
            "resource": ["resourceType": "Patient", "id": "p2", "name": [["family": "Petit", "given": ["Jean"]]], "birthDate": "1950-01-01"],
        ])
        json["entry"] = entries
        let messages = try refused(json)
        #expect(messages == [
            "the file holds more than one patient: Camille Durand (Patient/p1), Jean Petit (Patient/p2). Import one person at a time."
        ])
    }

    @Test func aDryRunWritesNothingNotEvenANewRecord() throws {
        let path = write(Data(FHIRFixtures.record.utf8))
        let report = try FHIRImporter(paths: [path], recordPath: recordPath, options: .init(dryRun: true)).run()
        #expect(report.dryRun && report.createdRecord)
        #expect(report.added[.readings] == 7)
        #expect(!FileManager.default.fileExists(atPath: recordPath))
    }
}
