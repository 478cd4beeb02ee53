import Crypto
import Foundation

/// The last head carnet saw of each record's history, kept outside the record (in
/// `DataPaths.stateDirectory()`), so that someone who cuts or rewrites the history inside the
/// file cannot also rewrite what carnet remembers of it.
///
/// One small file per record and patient, named by a hash of the record's path (or URL) and
/// the patient, replaced atomically.
public struct HeadMemory: Sendable {
    public let directory: String

    public init(directory: String = DataPaths.stateDirectory()) {
        self.directory = directory
    }

    /// A head as carnet remembers it, with the time it was seen.
    public struct Seen: Sendable, Equatable {
        public var head: AccessChainHead
        public var at: Date
    }

    /// What carnet saw last of this record's history (nil: nothing yet, or unreadable).
    public func recall(record: String, patient: Int64) -> Seen? {
        guard let text = try? String(contentsOfFile: file(record: record, patient: patient), encoding: .utf8)
        else { return nil }
        let fields = text.split(whereSeparator: \.isWhitespace).map(String.init)
        guard fields.count == 4, let events = Int(fields[0]), let at = Int64(fields[3]),
            let hash = Self.bytes(hex: fields[2]), hash.count == 32
        else { return nil }
        let last = fields[1] == "-" ? nil : Int64(fields[1])
        return Seen(head: AccessChainHead(events: events, lastEvent: last, hash: hash), at: Date(unixSeconds: at))
    }

    /// Keeps `head` as the last one seen. Throws `HeadMemory.Unwritable` when the folder
    /// cannot be written.
    public func remember(_ head: AccessChainHead, record: String, patient: Int64, at now: Date = Date()) throws {
        let path = file(record: record, patient: patient)
        do {
            try FileManager.default.createDirectory(
                atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            let line =
                "\(head.events) \(head.lastEvent.map(String.init) ?? "-") \(AccessChain.hex(head.hash)) \(now.unixSeconds)\n"
            let temporary = path + ".\(getpid()).tmp"
            guard FileManager.default.createFile(
                atPath: temporary, contents: Data(line.utf8), attributes: [.posixPermissions: 0o600])
            else { throw CocoaError(.fileWriteNoPermission) }
            guard rename(temporary, path) == 0 else {
                unlink(temporary)
                throw CocoaError(.fileWriteNoPermission)
            }
        } catch {
            throw Unwritable(directory: directory)
        }
    }

    /// The folder of remembered heads cannot be written.
    public struct Unwritable: Error, Equatable {
        public var directory: String
    }

    /// Forgets every head seen of a record: it was created anew (`init`, `demo`), so its
    /// history starts again by right.
    public func forget(record: String) {
        let prefix = Self.prefix(record)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        for name in names where name.hasPrefix(prefix) {
            try? FileManager.default.removeItem(atPath: directory + "/" + name)
        }
    }

    /// The file for a record and patient.
    func file(record: String, patient: Int64) -> String {
        directory + "/" + Self.prefix(record) + "\(patient).txt"
    }

    /// The start of the files' names for a record. A path is made absolute first, so that the
    /// same record reached from two folders is one record; a URL is taken as written.
    private static func prefix(_ record: String) -> String {
        let key: String
        if record.contains("://") || record.hasPrefix("/") {
            key = record
        } else {
            key = FileManager.default.currentDirectoryPath + "/" + record
        }
        let canonical = record.contains("://") ? key : (key as NSString).standardizingPath
        let digest = SHA256.hash(data: Data(canonical.utf8))
        return "head-" + AccessChain.hex(Data(digest)).prefix(32) + "-"
    }

    private static func bytes(hex: String) -> Data? {
        let digits = Array(hex.utf8)
        guard digits.count % 2 == 0 else { return nil }
        var data = Data()
        for index in stride(from: 0, to: digits.count, by: 2) {
            guard let byte = UInt8(String(decoding: digits[index..<index + 2], as: UTF8.self), radix: 16)
            else { return nil }
            data.append(byte)
        }
        return data
    }
}
