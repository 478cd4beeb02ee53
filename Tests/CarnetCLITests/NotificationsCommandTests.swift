import CarnetCore
import Foundation
import Testing

/// `carnet notifications list`, `read` and `prefs` on the demo record, after professionals
/// acted through `carnet pro`.
@Suite(.serialized) struct NotificationsCommandTests {
    let carnet: CarnetRunner

    init() throws {
        carnet = CarnetRunner()
        try carnet.run(["demo", "--no-open"])
    }

    @Test func everyActAndRefusalIsListedNewestFirstAndCanBeMarkedRead() throws {
        defer { carnet.cleanUp() }
        #expect(
            try carnet.run(["pro", "--demo", "--rpps", DemoCast.pharmacist.rpps, "read", "2"]).status == 0)
        #expect(try carnet.run(["pro", "--demo", "--rpps", DemoCast.blocked.rpps, "list"]).status == 3)
        let unread = try carnet.run(["notifications", "list", "--demo", "--unread", "--json"]).jsonObjects()
        #expect(unread.count == 3)
        let refusal = unread[0]
        #expect(refusal["kind"] as? String == "refused" && refusal["outcome"] as? String == "denied")
        #expect(refusal["actorId"] as? String == DemoCast.blocked.rpps)
        #expect(refusal["read"] as? Bool == false && refusal["documentId"] is NSNull)
        let read = unread[1]
        #expect(read["kind"] as? String == "read" && read["documentId"] as? String == "2")
        #expect((read["documentTitle"] as? String)?.isEmpty == false)
        #expect(read["profession"] as? String == "pharmacist")
        let id = try #require(refusal["id"] as? String)

        let table = try carnet.run(["notifications", "--demo", "--limit", "1"])
        #expect(
            table.stdout.contains(
                "unread    REFUSED (blocked by the patient): \(DemoCast.blocked.name) (physician, dermatology) tried to read"))

        let marked = try carnet.run(["notifications", "read", "--demo", id])
        #expect(marked.stdout == "Notification \(id) marked as read.\n")
        #expect(
            try carnet.run(["notifications", "read", "--demo", id]).stdout
                == "This notification was already read.\n")
        let missing = try carnet.run(["notifications", "read", "--demo", "999"])
        #expect(missing.status == 1 && missing.stderr.contains("no notification 999 in this record."))
        #expect(try carnet.run(["notifications", "read", "--demo"]).status == 64)
        #expect(try carnet.run(["notifications", "read", "--demo", id, "--all"]).status == 64)
        #expect(
            try carnet.run(["notifications", "read", "--demo", "--all"]).stdout
                == "2 notifications marked as read.\n")
        #expect(
            try carnet.run(["notifications", "list", "--demo", "--unread", "--json"]).jsonObjects().isEmpty)
    }

    @Test func bannerPreferencesAreShownSetAndInTheHistory() throws {
        defer { carnet.cleanUp() }
        let shown = try carnet.run(["notifications", "prefs", "--demo"])
        #expect(
            shown.stdout == """
                Banners for reads of your record: on (reads)
                Banners for additions and changes to your record: on (changes)
                Emergency accesses and refusals always show a banner.

                """)
        let set = try carnet.run(["notifications", "prefs", "--demo", "reads", "off"])
        #expect(set.stdout.hasPrefix("Banners for reads of your record: off (reads)\n"))
        let log = try carnet.run(["log", "--demo", "--json", "--limit", "1"]).jsonObjects()
        #expect(log.first?["action"] as? String == "notificationSettings")
        #expect(log.first?["target"] as? String == "banners reads off")
        for bad in [["reads"], ["reads", "maybe"], ["emergency", "off"]] {
            let refused = try carnet.run(["notifications", "prefs", "--demo"] + bad)
            #expect(refused.status == 64, "\(bad)")
            #expect(refused.stderr.contains("say which banners and on or off"))
        }
        // Silenced, still kept: the read is in the inbox.
        #expect(
            try carnet.run(["pro", "--demo", "--rpps", DemoCast.pharmacist.rpps, "read", "2"]).status == 0)
        let newest = try carnet.run(["notifications", "list", "--demo", "--json", "--limit", "1"])
            .jsonObjects()
        #expect(newest.first?["kind"] as? String == "read" && newest.first?["read"] as? Bool == false)
    }
}
