import CarnetCore
import Foundation
import Testing

/// `carnet records …`: a parent's carnet gains a child's record, each command's `--patient`
/// finds it by id or first name, and what is written on one record stays on it.
@Suite struct RecordsCommandTests {
    @Test func aChildsRecordIsAddedListedRenamedAndKeptApart() throws {
        let carnet = CarnetRunner()
        defer { carnet.cleanUp() }
        let db = carnet.path("family.sqlite")
        try carnet.run(["init", "--db", db, "--name", "Camille Durand", "--birth-date", "1981-03-14"])
        let added = try carnet.run([
            "records", "add", "--db", db, "--name", "Léa Durand", "--birth-date", "2019-06-10", "--sex", "female",
        ])
        #expect(added.status == 0, "\(added.stderr)")
        #expect(added.stdout.contains("Added the record of Léa Durand (id 2); open it with --patient 2."))

        let listed = try carnet.run(["records", "list", "--db", db, "--json"]).jsonObjects()
        #expect(listed.map { $0["name"] as? String } == ["Camille Durand", "Léa Durand"])
        #expect(listed.map { $0["relation"] as? String } == ["self", "child"])
        #expect(listed.map { $0["birthDate"] as? String } == ["1981-03-14", "2019-06-10"])
        #expect(listed.map { $0["unread"] as? Int } == [0, 0])
        #expect(Set(listed[0].keys) == ["id", "name", "birthDate", "ins", "relation", "unread"])

        // A reading on the child's record, named by first name: only the child's record has it.
        let measured = try carnet.run(["measure", "add", "--db", db, "--patient", "lea", "weight", "23.5"])
        #expect(measured.status == 0, "\(measured.stderr)")
        let childReadings = try carnet.run(["measure", "list", "--db", db, "--patient", "2", "--json", "weight"]).jsonObjects()
        #expect(childReadings.count == 1)
        let ownReadings = try carnet.run(["measure", "list", "--db", db, "--json", "weight"]).jsonObjects()
        #expect(ownReadings.isEmpty)

        let french = try carnet.run(["records", "--db", db, "--lang", "fr"])
        #expect(french.stdout.contains("Léa Durand") && french.stdout.contains("enfant"))
        #expect(french.stdout.contains("ÂGE") && french.stdout.contains(" ans "))

        let renamed = try carnet.run(["records", "rename", "--db", db, "2", "Léa Martin-Durand"])
        #expect(renamed.stdout.contains("Record 2 is now named Léa Martin-Durand."))
        #expect(try carnet.run(["records", "list", "--db", db, "--json"]).jsonObjects()[1]["name"] as? String
            == "Léa Martin-Durand")
    }

    @Test func badRecordsAreRefusedWithTheirReasonAndNothingChanges() throws {
        let carnet = CarnetRunner()
        defer { carnet.cleanUp() }
        let db = carnet.path("family.sqlite")
        try carnet.run(["init", "--db", db, "--name", "Camille Durand", "--birth-date", "1981-03-14"])
        let adult = try carnet.run(["records", "add", "--db", db, "--name", "Jean Durand", "--birth-date", "1950-01-01"])
        #expect(adult.status == 1)
        #expect(adult.stderr.contains("a child’s record is a minor’s, and Jean Durand is 18 or older"))
        let relation = try carnet.run([
            "records", "add", "--db", db, "--name", "X", "--birth-date", "2020-01-01", "--relation", "self",
        ])
        #expect(relation.status != 0 && relation.stderr.contains("--relation is child or other"))
        let sex = try carnet.run(["records", "add", "--db", db, "--name", "X", "--birth-date", "2020-01-01", "--sex", "f"])
        #expect(sex.status != 0 && sex.stderr.contains("--sex is female or male"))
        let future = try carnet.run(["records", "add", "--db", db, "--name", "X", "--birth-date", "2999-01-01"])
        #expect(future.status != 0 && future.stderr.contains("is after today"))
        let unknown = try carnet.run(["measure", "list", "--db", db, "--patient", "Zoé", "weight"])
        #expect(unknown.status == 1 && unknown.stderr.contains("no patient Zoé in this record."))
        #expect(try carnet.run(["records", "list", "--db", db, "--json"]).jsonObjects().count == 1)
    }
}
