import Foundation
import Testing

/// `carnet measure summary` on a child's record: the WHO percentile band of the latest
/// reading, in both languages; nothing of it on the parent's own record.
@Suite struct GrowthSummaryCommandTests {
    @Test func aChildsSummaryGivesTheWHOBand() throws {
        let carnet = CarnetRunner()
        defer { carnet.cleanUp() }
        let db = carnet.path("family.sqlite")
        try carnet.run(["init", "--db", db, "--name", "Camille Durand", "--birth-date", "1981-03-14"])
        try carnet.run([
            "records", "add", "--db", db, "--name", "Léa Durand", "--birth-date", "2019-03-03", "--sex",
            "female",
        ])
        try carnet.run(["records", "add", "--db", db, "--name", "Noé Durand", "--birth-date", "2019-03-03"])
        for patient in ["1", "lea", "noe"] {
            let added = try carnet.run([
                "measure", "add", "--db", db, "--patient", patient, "height", "123", "--at", "2026-03-03",
            ])
            #expect(added.status == 0, "\(added.stderr)")
        }
        let girl = try carnet.run(["measure", "summary", "--db", db, "--patient", "lea", "height"])
        #expect(
            girl.stdout.contains("Height 123 cm on 3 March 2026; between the 50th and 85th percentiles (WHO)")
        )
        let french = try carnet.run([
            "measure", "summary", "--db", db, "--patient", "lea", "--lang", "fr", "height",
        ])
        #expect(
            french.stdout.contains("Taille 123 cm le 3 mars 2026 ; entre le 50e et le 85e percentile (OMS)"))
        let unknown = try carnet.run(["measure", "summary", "--db", db, "--patient", "noe", "height"])
        #expect(
            unknown.stdout.contains(
                "no WHO percentile: the record does not say whether the child is a girl or a boy"))
        let parent = try carnet.run(["measure", "summary", "--db", db, "height"])
        #expect(parent.status == 0 && !parent.stdout.contains("percentile"))
    }
}
