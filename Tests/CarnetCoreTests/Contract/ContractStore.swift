import CarnetPostgres
import CarnetTestSupport
import Foundation
import Testing

@testable import CarnetCore

/// The stores the contract suite runs on. A second store adds its case here and runs the
/// whole suite as it is: every test below talks to `any RecordStore` and nothing else.
enum ContractStore: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case sqlite
    /// A database of the throwaway PostgreSQL cluster the tests start (`PostgresCluster`).
    case postgres

    /// PostgreSQL where it is installed (always in CI, where its absence fails the run).
    static var allCases: [ContractStore] { PostgresCluster.shouldRun ? [.sqlite, .postgres] : [.sqlite] }

    var testDescription: String { rawValue }

    /// A new, empty record of this kind, removed when the returned place goes.
    func make() throws -> ContractPlace {
        switch self {
        case .sqlite:
            let folder = TemporaryFolder()
            let location = StoreLocation.file(folder.file("record.sqlite"))
            return ContractPlace(store: try location.create(), location: location, keep: folder)
        case .postgres:
            ServerStore.register(PostgresStore.server)
            let cluster = try PostgresCluster.shared()
            let location = StoreLocation.server(cluster.urlWithPassword(database: try cluster.makeDatabase("contract")))
            return ContractPlace(store: try location.create(), location: location, keep: cluster)
        }
    }
}

/// A record under test: its store, and how to open a second connection to it as another
/// process would (`carnet pro` in another terminal).
final class ContractPlace {
    let store: any RecordStore
    let location: StoreLocation
    /// What must live as long as the record (its temporary folder).
    private let keep: AnyObject

    init(store: any RecordStore, location: StoreLocation, keep: AnyObject) {
        self.store = store
        self.location = location
        self.keep = keep
    }

    func reopen() throws -> any RecordStore {
        try location.open()
    }

    // No close in deinit: a test may hold the store past its last use of the place; the
    // store closes itself when it goes.
}
