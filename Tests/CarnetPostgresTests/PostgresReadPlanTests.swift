import CarnetCore
import CarnetTestSupport
import Foundation
import PostgresNIO
import Testing

@testable import CarnetPostgres

/// Each keyset page is one range of its list's index, read in the list's order: no sort of
/// the patient's rows, whatever the page's place (what keeps the last page of a million rows
/// as cheap as the first). Sequential scans are turned off so that the planner of a tiny test
/// table shows the plan a large one gets.
@Suite(.enabled(if: PostgresCluster.shouldRun, Comment(rawValue: PostgresCluster.skipReason)))
struct PostgresReadPlanTests {
    @Test func everyPageOfEveryListIsOneOrderedRangeOfItsIndex() throws {
        let record = try PostgresReadRecord("reads_plans")
        // Thousands of rows, so that the planner's estimates are those of a real record.
        try record.session.query(
            """
            INSERT INTO document (patientId, category, title, authorKind, actDate, depositedAt)
            SELECT \(record.patient), CASE WHEN n % 5 = 0 THEN 'BIOLOGIE' ELSE 'CPT_REND' END, 'Document ' || n,
                'patient', 1772409600 + n * 600, 1772409600 + n * 600
            FROM generate_series(1, 5000) AS n
            """)
        try record.session.query(
            """
            INSERT INTO accessEvent (patientId, at, actorType, actorId, actorName, action, target, outcome, hash)
            SELECT \(record.patient), 1772409600 + n * 60, 'professional', '1000000000' || (n % 10), 'Dr Test',
                CASE WHEN n % 4 = 0 THEN 'list' ELSE 'read' END, '', 'done', sha256(n::text::bytea)
            FROM generate_series(1, 5000) AS n
            """)
        try record.session.query(
            """
            INSERT INTO notification (patientId, eventId, kind, createdAt, readAt)
            SELECT \(record.patient), id, 'read', at, CASE WHEN id % 3 = 0 THEN at END FROM accessEvent
            """)
        try record.session.query("ANALYZE")
        try record.session.query("SET enable_seqscan = off")
        let key = PageKey(date: Date(unixSeconds: 1_772_409_600), id: 40)
        let lists: [(PostgresKeyset, index: String)] = [
            (PostgresStore.documentList(record.patient, .all), "document_by_date"),
            (
                PostgresStore.documentList(record.patient, DocumentFilter(category: .labResults)),
                "document_by_category"
            ),
            (PostgresStore.accessList(record.patient, .all), "access_by_date"),
            (
                PostgresStore.accessList(record.patient, AccessHistoryFilter(actorId: "10000000001")),
                "access_by_actor"
            ),
            (
                PostgresStore.accessList(record.patient, AccessHistoryFilter(action: .read)),
                "access_by_action"
            ),
            (PostgresStore.series(record.patient, .weight), "measurement_series"),
            (PostgresStore.vaccinationList(record.patient, nil), "vaccination_by_date"),
            (PostgresStore.noticeList(record.patient, unreadOnly: false), "notification_by_date"),
            (PostgresStore.noticeList(record.patient, unreadOnly: true), "notification_unread_by_date"),
        ]
        for (list, index) in lists {
            for page in [PageRequest.first, .after(key), .before(key), .last] {
                let statement = list.statement(page, limit: 40).statement
                let plan = try record.session.query(
                    PostgresQuery(unsafeSQL: "EXPLAIN " + statement.sql, binds: statement.binds)
                ).map { row in try row.decode(String.self) }.joined(separator: "\n")
                #expect(plan.contains(index), "\(index) \(page):\n\(plan)")
                #expect(!plan.contains("Sort"), "\(index) \(page):\n\(plan)")
            }
        }
    }
}
