import Foundation
import Testing

@Suite struct ListingTests {
    /// One small demo written once for all listing tests of a run.
    static let shared: CarnetRunner = {
        let runner = CarnetRunner()
        _ = try! runner.run(["demo", "--no-open"])
        return runner
    }()

    var carnet: CarnetRunner { Self.shared }

    @Test func accessListShowsTheTreatingDoctorAPharmacistAndABlockedProfessional() throws {
        let result = try carnet.run(["access", "list", "--demo", "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let rows = try result.jsonObjects()
        for row in rows {
            #expect(Set(row.keys) == ["id", "name", "kind", "profession", "status", "treatingDoctor"])
            #expect(row["id"] is String)
        }
        let doctor = rows.filter { $0["treatingDoctor"] as? Bool == true }
        #expect(doctor.count == 1)
        #expect(doctor.first?["status"] as? String == "authorized")
        #expect(
            rows.contains {
                $0["profession"] as? String == "pharmacist" && $0["status"] as? String == "authorized"
            })
        #expect(
            rows.contains { $0["kind"] as? String == "professional" && $0["status"] as? String == "blocked" })
        #expect(
            rows.contains {
                $0["kind"] as? String == "establishment" && $0["status"] as? String == "authorized"
            })
    }

    @Test func documentsListHasTheKeysOfTheDesignAndAMaskedLabResult() throws {
        let result = try carnet.run(["documents", "list", "--demo", "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let rows = try result.jsonObjects()
        #expect(rows.count == 16)
        for row in rows {
            #expect(Set(row.keys) == ["id", "title", "category", "author", "date", "deposited", "masked"])
            #expect(row["id"] is String)
            #expect(
                (row["date"] as? String)?.range(
                    of: #"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$"#, options: .regularExpression) != nil
            )
        }
        let masked = rows.filter { $0["masked"] as? Bool == true }
        #expect(masked.map { $0["category"] as? String } == ["BIOLOGIE"])
        let dates = rows.compactMap { $0["date"] as? String }
        #expect(dates == dates.sorted(by: >), "newest first")
    }

    @Test func measureListGivesReadingsOldestFirstWithUnitsAndOffsets() throws {
        let result = try carnet.run(["measure", "list", "29463-7", "--demo", "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let rows = try result.jsonObjects()
        #expect(rows.count == 105)
        for row in rows {
            #expect(Set(row.keys) == ["id", "code", "value", "unit", "at"])
            #expect(row["code"] as? String == "29463-7")
            #expect(row["unit"] as? String == "kg")
            #expect(row["value"] is NSNumber)
        }
        let times = rows.compactMap { $0["at"] as? String }
        #expect(times == times.sorted())
        #expect(times.first?.hasSuffix("+01:00") == true || times.first?.hasSuffix("+02:00") == true)
        let byAlias = try carnet.run(["measure", "list", "weight", "--demo", "--json", "--limit", "3"])
        #expect(try byAlias.jsonObjects().count == 3)
    }

    @Test func bloodPressureListsBothComponents() throws {
        let rows = try carnet.run(["measure", "list", "85354-9", "--demo", "--json", "--limit", "4"])
            .jsonObjects()
        #expect(rows.map { $0["code"] as? String } == ["8480-6", "8462-4", "8480-6", "8462-4"])
    }

    @Test func anUnknownMeasurementTypeIsABadUsage() throws {
        let result = try carnet.run(["measure", "list", "12345-6", "--demo"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("unknown measurement type '12345-6'"))
    }

    @Test func humanListingsAreTables() throws {
        let result = try carnet.run(["documents", "list", "--demo", "--limit", "2"])
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines[0].hasPrefix("ID"))
        #expect(lines[1].contains("Carnet de glycémies"))
    }

    @Test func anEmptyListingIsAnEmptyArray() throws {
        let result = try carnet.run(["documents", "list", "--demo", "--json", "--limit", "0"])
        #expect(result.stdout == "[]\n")
    }

    /// `--db`, `--demo` and `--patient` are accepted by every subcommand, before or after it.
    @Test(arguments: [
        ["documents", "list"], ["measure", "list", "weight"], ["access", "list"], [],
    ])
    func recordOptionsWorkEverywhere(_ command: [String]) throws {
        let demoPath = carnet.dataDirectory + "/demo.sqlite"
        for arguments in [
            command + ["--db", demoPath, "--patient", "1"],
            command + ["--demo", "--patient", "281037511234546"],
            ["--demo"] + command,
        ] {
            let result = try carnet.run(arguments)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
        }
        let unknown = try carnet.run(command + ["--demo", "--patient", "99"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("no patient 99"))
        let both = try carnet.run(command + ["--demo", "--db", demoPath])
        #expect(both.status == 64)
    }

    @Test func withNoRecordCarnetSaysHowToCreateOne() throws {
        let fresh = CarnetRunner()
        defer { fresh.cleanUp() }
        let result = try fresh.run([])
        #expect(result.status == 1)
        #expect(result.stderr.contains("carnet init"))
        #expect(result.stderr.contains("carnet demo"))
    }
}
