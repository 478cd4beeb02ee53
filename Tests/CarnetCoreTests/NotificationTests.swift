import Foundation
import GRDB
import Testing

@testable import CarnetCore

/// Notifications: what the gate creates, what the inbox reads, preferences and marking read,
/// the migration that lets refusals notify, and the change watcher.
@Suite struct NotificationTests {
    typealias Person = PolicyTests.Person

    func record() throws -> (TemporaryFolder, SQLiteStore, Patient) {
        let (folder, store, id) = try PolicyTests.record(PolicyTests.Switches())
        return (folder, store, try store.patient(matching: String(id)))
    }

    @Test func everyActNotifiesWithItsKindAndDocument() throws {
        let (folder, store, patient) = try record()
        defer { _ = folder }
        let physician = ProfessionalAccess(
            store: store, patient: patient.id, rpps: Person.authorizedPhysician.rawValue)
        let added = try physician.add(
            category: .reports, title: "Consultation", mediaType: .text, content: Data("a".utf8))
        try physician.update(added, mediaType: .text, content: Data("b".utf8))
        _ = try physician.read(1)
        _ = try physician.listDocuments()
        _ = try ProfessionalAccess(
            store: store, patient: patient.id, rpps: Person.strangerPhysician.rawValue, emergency: true
        ).read(1)
        let notices = try store.notices(of: patient.id, limit: 10)
        #expect(notices.map(\.kind) == [.emergency, .read, .read, .modify, .add])
        // The new document is named by its id in the history, so its notice can name it.
        #expect(notices.last?.event.target == "document \(added)")
        #expect(notices.last?.document?.title == "Consultation")
        #expect(notices[3].document?.id == added)
        #expect(notices[2].document?.title == PolicyTests.Doc.lab.rawValue)
        #expect(notices[1].document == nil && notices[1].event.action == .list)
        #expect(notices.allSatisfy { $0.notification.unread && $0.profession == "physician" })
        let english = Catalog(.en)
        #expect(notices.last?.sentence(english) == "authorizedPhysician (physician) added “Consultation”")
        #expect(
            notices.first?.sentence(english)
                == "EMERGENCY ACCESS, glass broken: strangerPhysician (physician) read “Lab result”")
        #expect(
            notices[1].sentence(Catalog(.fr))
                == "authorizedPhysician (médecin) a consulté la liste de vos documents")
    }

    @Test func refusalsNotifyTooAndCannotBeSilenced() throws {
        let (folder, store, patient) = try record()
        defer { _ = folder }
        try NotificationInbox(store: store, patient: patient).setBanners(.reads, on: false)
        let blocked = ProfessionalAccess(
            store: store, patient: patient.id, rpps: Person.blockedPhysician.rawValue)
        #expect(throws: AccessDenied.blocked) { try blocked.read(1) }
        let pharmacist = ProfessionalAccess(
            store: store, patient: patient.id, rpps: Person.pharmacist.rawValue)
        #expect(throws: AccessDenied.noDocument(id: 99)) { try pharmacist.read(99) }
        #expect(throws: AccessDenied.category(.reports)) {
            try pharmacist.add(category: .reports, title: "No", mediaType: .text, content: Data())
        }
        let stranger = ProfessionalAccess(
            store: store, patient: patient.id, rpps: "10999999999", emergency: true)
        #expect(throws: AccessDenied.unknownProfessional(rpps: "10999999999")) {
            try stranger.listDocuments()
        }
        let notices = try store.notices(of: patient.id, limit: 10)
        #expect(notices.map(\.kind) == [.refused, .refused, .refused, .refused])
        // Document 99 does not exist: named by its number, not linked.
        #expect(notices[2].document == nil && notices[2].notification.documentId == nil)
        let english = Catalog(.en)
        #expect(
            notices.map { $0.sentence(english) } == [
                "REFUSED EMERGENCY ACCESS (no professional with RPPS number 10999999999 is known): an unknown professional (RPPS 10999999999) tried to read the list of your documents",
                "REFUSED (this profession may not access documents of category CPT_REND): pharmacist (pharmacist) tried to add a document",
                "REFUSED (no document 99 that this professional may see): pharmacist (pharmacist) tried to read document 99",
                "REFUSED (blocked by the patient): blockedPhysician (physician) tried to read “Lab result”",
            ])
        let preferences = try store.notificationPreferences(of: patient.id)
        #expect(!preferences.banners(.read) && !preferences.isOn(.reads))
        #expect(
            preferences.banners(.refused) && preferences.banners(.emergency) && preferences.isOn(.changes))
        #expect(NotificationPreferences(silenced: [.emergency, .refused, .add]).silenced == [.add])
    }

    @Test func preferencesAreStoredAndTheirChangesLogged() throws {
        let (folder, store, patient) = try record()
        defer { _ = folder }
        let inbox = NotificationInbox(store: store, patient: patient)
        try inbox.setBanners(.changes, on: false)
        #expect(try store.notificationPreferences(of: patient.id).silenced == [.add, .modify])
        try inbox.setBanners(.changes, on: true)
        try inbox.setBanners(.reads, on: false)
        #expect(try store.notificationPreferences(of: patient.id).silenced == [.read])
        let events = try store.accessEvents(of: patient.id, limit: 3)
        #expect(events.map(\.target) == ["banners reads off", "banners changes on", "banners changes off"])
        #expect(events.allSatisfy { $0.action == .notificationSettings && $0.actorType == .patient })
        #expect(try store.verifyAccessChain(of: patient.id) == .intact(events: 3))
    }

    @Test func theInboxPagesMarksReadAndCounts() throws {
        let (folder, store, patient) = try record()
        defer { _ = folder }
        let pharmacist = ProfessionalAccess(
            store: store, patient: patient.id, rpps: Person.pharmacist.rawValue)
        for _ in 0..<5 { _ = try pharmacist.read(1) }
        let all = try store.notices(of: patient.id, limit: 10)
        #expect(all.map(\.id) == [5, 4, 3, 2, 1])
        let next = try store.notices(
            of: patient.id, page: .after(PageKey(date: all[1].notification.createdAt, id: all[1].id)), limit: 2)
        #expect(next.map(\.id) == [3, 2])
        #expect(
            try store.noticePosition(
                of: PageKey(date: all[3].notification.createdAt, id: all[3].id), patient: patient.id) == 3)

        let inbox = NotificationInbox(store: store, patient: patient)
        #expect(try inbox.markRead(4))
        #expect(try !inbox.markRead(4))
        #expect(throws: InboxError.noNotification(id: 42)) { try inbox.markRead(42) }
        #expect(try store.unreadNoticeCounts(of: patient.id) == [.read: 4])
        #expect(try store.noticeCount(of: patient.id, unreadOnly: true) == 4)
        #expect(try store.notices(of: patient.id, unreadOnly: true, limit: 10).map(\.id) == [5, 3, 2, 1])
        #expect(try store.notice(4, of: patient.id)?.notification.unread == false)

        let (fresh, count) = try store.notices(of: patient.id, after: 2, limit: 2)
        #expect(fresh.map(\.id) == [5, 4] && count == 3)
        #expect(try store.latestNotificationId(of: patient.id) == 5)
        #expect(try store.newestUnreadNotice(of: patient.id, kinds: [.read])?.id == 5)
        #expect(try store.newestUnreadNotice(of: patient.id, kinds: [.add]) == nil)

        #expect(try inbox.markAllRead() == 4)
        #expect(try inbox.markAllRead() == 0)
        #expect(try store.unreadNoticeCounts(of: patient.id).isEmpty)
    }

    /// A record written before refusals notified: its notifications keep their kinds and
    /// times and learn their documents; the new kind and index are there.
    @Test func theMigrationWidensTheTableAndKeepsEveryNotification() throws {
        let folder = TemporaryFolder()
        let path = folder.file("old.sqlite")
        try SQLiteStore.createPrivateFile(at: path)
        let pool = try DatabasePool(path: path)
        try Schema.migrator.migrate(pool, upTo: "v3-access-by-action")
        try pool.write { db in
            try db.execute(
                sql: """
                    INSERT INTO patient(id, name, birthDate, createdAt) VALUES (1, 'P', '1980-01-01', 0);
                    INSERT INTO recordSettings(patientId) VALUES (1);
                    INSERT INTO document(id, patientId, category, title, authorKind, actDate, depositedAt)
                        VALUES (7, 1, 'CPT_REND', 'Report', 'patient', 0, 0);
                    INSERT INTO accessEvent(id, patientId, at, actorType, actorId, actorName, action, target, outcome)
                        VALUES (1, 1, 10, 'professional', '10000000001', 'Dr A', 'read', 'document 7', 'done'),
                               (2, 1, 20, 'professional', '10000000001', 'Dr A', 'read', 'record', 'done'),
                               (3, 1, 30, 'professional', '10000000001', 'Dr A', 'read', 'document 8', 'done');
                    INSERT INTO notification(id, patientId, eventId, kind, createdAt, readAt)
                        VALUES (1, 1, 1, 'read', 10, 15), (2, 1, 2, 'emergency', 20, NULL), (3, 1, 3, 'read', 30, NULL);
                    """)
        }
        try pool.close()
        let store = try SQLiteStore.open(at: path)
        let notices = try store.notices(of: 1, limit: 10)
        #expect(notices.map(\.kind) == [.read, .emergency, .read])
        #expect(notices.map(\.notification.documentId) == [nil, nil, 7])
        #expect(notices.last?.notification.readAt == Date(unixSeconds: 15))
        try store.execute(
            "INSERT INTO accessEvent(patientId, at, actorType, actorId, actorName, action, target, outcome) VALUES (1, 40, 'system', 's', 's', 'read', 'record', 'denied')"
        )
        try store.execute(
            "INSERT INTO notification(patientId, eventId, kind, createdAt) VALUES (1, 4, 'refused', 40)")
        try store.execute("DELETE FROM document WHERE id = 7")
        #expect(try store.notices(of: 1, limit: 10).map(\.notification.documentId) == [nil, nil, nil, nil])
        // The inbox's pages: one range of its index, whatever the page.
        for page in [PageRequest.first, .after(PageKey(date: Date(unixSeconds: 30), id: 3))] {
            let (sql, arguments, _) = SQLiteStore.noticeQuery(1, unreadOnly: false).statement(page, limit: 40)
            let plan = try store.reading { db in
                try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: arguments)
                    .map { $0["detail"] as String }.joined(separator: " | ")
            }
            #expect(plan.hasPrefix("SEARCH n USING INDEX notification_by_date"), "\(plan)")
            #expect(!plan.contains("TEMP B-TREE"), "\(plan)")
        }
    }

    /// Another connection's commit (as another process's) and this store's own are both
    /// seen, once; nothing is seen when nothing changed.
    @Test func theWatcherSeesCommitsOfOtherConnections() throws {
        let (folder, store, patient) = try record()
        defer { _ = folder }
        let watcher = try store.changeFeed()
        #expect(!watcher.recordChanged())
        let other = try SQLiteStore.open(at: store.path)
        _ = try ProfessionalAccess(store: other, patient: patient.id, rpps: Person.pharmacist.rawValue).read(
            1)
        #expect(watcher.recordChanged())
        #expect(!watcher.recordChanged())
        try NotificationInbox(store: store, patient: patient).markAllRead()
        #expect(watcher.recordChanged())
        _ = try store.notices(of: patient.id, limit: 1)
        #expect(!watcher.recordChanged())
    }
}
