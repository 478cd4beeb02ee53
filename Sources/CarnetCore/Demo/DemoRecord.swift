import Foundation

/// How big a demo record to write.
public struct DemoScale: Sendable, Equatable {
    /// Extra generated documents, CGM readings and access events beyond the small record.
    public var documents: Int
    public var cgmReadings: Int
    public var accessEvents: Int

    public init(documents: Int, cgmReadings: Int, accessEvents: Int) {
        self.documents = documents
        self.cgmReadings = cgmReadings
        self.accessEvents = accessEvents
    }

    public static let small = DemoScale(documents: 0, cgmReadings: 0, accessEvents: 0)
    public static let large = DemoScale(documents: 5_000, cgmReadings: 100_000, accessEvents: 1_000_000)

    /// The name recorded in the demo's metadata.
    public var name: String {
        switch self {
        case .small: "small"
        case .large: "large"
        default: "custom"
        }
    }
}

/// Progress of a long demo write, for a progress line.
public struct DemoProgress: Sendable {
    public enum Step: String, Sendable {
        case documents, glucoseReadings, accessEvents
    }

    public var step: Step
    /// 0…1 within the step.
    public var fraction: Double
}

/// The deterministic demo record: one patient, her professionals, documents, vaccinations,
/// two years of measurements, a full medical profile and an access history, and the records
/// of her two children (`DemoChildren`). It is anchored
/// on a fixed date so that every run writes the same record.
public enum DemoRecord {
    /// The demo's "today": the last day of its history.
    public static let today = DemoCalendar.date("2026-11-20", hour: 18)

    /// Writes a demo record to `path`, replacing the file only once the new record is
    /// complete: an interrupted write leaves the old demo as it was.
    public static func write(
        to path: String, scale: DemoScale = .small,
        progress: (DemoProgress) throws -> Void = { _ in }
    ) throws {
        try write(to: .file(path), scale: scale, progress: progress)
    }

    /// Writes a demo record to a location: a file as above; a server's empty database
    /// directly, in the transactions of `fill` (a server has no file to swap in).
    public static func write(
        to location: StoreLocation, scale: DemoScale = .small,
        progress: (DemoProgress) throws -> Void = { _ in }
    ) throws {
        guard let path = location.filePath else {
            let store = try location.create()
            defer { try? store.close() }
            try fill(store, scale: scale, progress: progress)
            return
        }
        let partial = path + ".partial"
        // Held until this write ends: another command sees a demo at work, not leftovers.
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty {
            try? FileManager.default.createDirectory(
                atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        }
        guard let lock = DemoLeftovers.WriterLock(path) else {
            throw StoreError.rule(.ruleDemoBeingWritten, [path])
        }
        defer { lock.release() }
        removeDatabaseFiles(at: partial)
        let store: any RecordStore
        do {
            store = try StoreLocation.file(partial).create()
        } catch {
            removeDatabaseFiles(at: partial)
            throw error
        }
        do {
            try fill(store, scale: scale, progress: progress)
            try store.close()
        } catch {
            try? store.close()
            removeDatabaseFiles(at: partial)
            throw error
        }
        removeDatabaseFiles(at: path)
        guard rename(partial, path) == 0 else {
            let reason = String(cString: strerror(errno))
            removeDatabaseFiles(at: partial)
            throw StoreError.cannotOpen(path: path, reason: reason)
        }
    }

    /// Fills an empty store with the demo record.
    public static func fill(
        _ store: any RecordStore, scale: DemoScale = .small, progress: (DemoProgress) throws -> Void = { _ in }
    ) throws {
        let patient = try store.write { writer in
            try writer.setMetadata("kind", "demo")
            try writer.setMetadata("demoSize", scale.name)
            let patient = try DemoSmallRecord.write(writer)
            _ = try DemoChildren.write(writer)
            return patient
        }
        if scale != .small {
            try DemoLargeRecord.write(store, patient: patient, scale: scale, progress: progress)
            try store.refreshStatistics()
        }
    }

    static func removeDatabaseFiles(at path: String) {
        for suffix in ["", "-wal", "-shm"] {
            try? FileManager.default.removeItem(atPath: path + suffix)
        }
    }
}

/// Dates of the demo, in a fixed UTC+1 offset so that every machine writes the same instants.
enum DemoCalendar {
    static let zone = TimeZone(secondsFromGMT: 3600)!

    static func date(_ day: String, hour: Int = 10, minute: Int = 0) -> Date {
        let parts = day.split(separator: "-").compactMap { Int($0) }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let components = DateComponents(
            year: parts[0], month: parts[1], day: parts[2], hour: hour, minute: minute)
        return calendar.date(from: components)!
    }
}
