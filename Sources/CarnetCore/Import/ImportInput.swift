import Foundation

/// Where a resource sits in what was given to `carnet import`: which file, and which Bundle
/// entry or NDJSON line. Errors name it (`entry[12]`, `labs.ndjson line 3`).
public struct ResourcePlace: Sendable, Hashable {
    public enum Position: Sendable, Hashable {
        case entry(Int)
        case line(Int)
    }

    /// The file's name when several files are imported at once; nil for a single file.
    public var file: String?
    public var position: Position

    public var description: String {
        let here =
            switch position {
            case .entry(let index): "entry[\(index)]"
            case .line(let number): "line \(number)"
            }
        return file.map { "\($0) \(here)" } ?? here
    }
}

/// One resource's bytes, not yet parsed, and what its container says about it.
struct RawResource {
    var place: ResourcePlace
    /// Index of its file in `ImportInput.files`.
    var file: Int
    var range: Range<Int>
    /// The Bundle entry's `fullUrl`.
    var fullUrl: String?
}

/// The files of one import, each recognised by its content: a FHIR Bundle (one JSON
/// document) or NDJSON (FHIR Bulk Data: one resource per line). A Bundle is mapped, not
/// read into memory; NDJSON is read as a stream, a chunk at a time.
final class ImportInput {
    /// A Bundle held in memory is refused above this size (a larger export comes as NDJSON).
    static let maximumBundleSize = 1 << 30
    /// The longest NDJSON line (one resource) taken.
    static let maximumLineSize = 64 << 20
    /// The Bundle types carnet imports; others (history, transaction-response…) are refused.
    static let bundleTypes: Set<String> = [
        "collection", "transaction", "batch", "searchset", "document", "message",
    ]

    enum Content {
        case bundle(Data, type: String, source: String?)
        case ndjson(path: String)
        /// NDJSON already in memory (from standard input).
        case ndjsonData(Data)
    }

    struct File {
        var name: String
        var path: String
        var content: Content
    }

    private(set) var files: [File] = []
    private var handles: [Int: FileHandle] = [:]

    deinit {
        for handle in handles.values { try? handle.close() }
    }

    /// Reads the paths given on the command line (`-` is standard input); folders are
    /// walked, their files taken in name order. Throws `ImportFailure` naming the file.
    init(paths: [String], standardInput: () -> Data? = { ImportInput.readStandardInput() }) throws {
        var found: [String] = []
        for path in paths {
            if path == "-" {
                found.append("-")
                continue
            }
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                throw ImportFailure.file(path, .notFound)
            }
            if isFolder.boolValue {
                let names = (FileManager.default.enumerator(atPath: path)?.allObjects as? [String] ?? []).sorted()
                for name in names where !name.split(separator: "/").contains(where: { $0.hasPrefix(".") }) {
                    let full = (path as NSString).appendingPathComponent(name)
                    var sub: ObjCBool = false
                    if FileManager.default.fileExists(atPath: full, isDirectory: &sub), !sub.boolValue {
                        found.append(full)
                    }
                }
            } else {
                found.append(path)
            }
        }
        let several = found.count > 1
        for path in found {
            let name = several ? (path == "-" ? "stdin" : (path as NSString).lastPathComponent) : path
            files.append(try Self.recognise(path: path, name: name, standardInput: standardInput))
        }
    }

    /// The size of everything to read, for a progress bar.
    var totalBytes: Int {
        files.reduce(0) { total, file in
            switch file.content {
            case .bundle(let data, _, _), .ndjsonData(let data): total + data.count
            case .ndjson(let path):
                total + ((try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0)
            }
        }
    }

    /// Whether places should name their file (several files were given).
    var namesFiles: Bool { files.count > 1 }

    /// Calls `body` with each resource of each file, in order.
    func forEachResource(_ body: (RawResource) throws -> Void) throws {
        for (index, file) in files.enumerated() {
            let label = namesFiles ? file.name : nil
            switch file.content {
            case .bundle(let data, _, _):
                try Self.bundleEntries(data, file: index, label: label, body)
            case .ndjson(let path):
                try Self.streamLines(path: path, file: index, label: label, body)
            case .ndjsonData(let data):
                try Self.lines(of: data, file: index, label: label, body)
            }
        }
    }

    /// The bytes of one resource, read again.
    func bytes(of raw: RawResource) throws -> Data {
        switch files[raw.file].content {
        case .bundle(let data, _, _), .ndjsonData(let data):
            return data.subdata(in: raw.range)
        case .ndjson(let path):
            // One handle per file for the whole import, not one per resource.
            let handle: FileHandle
            if let open = handles[raw.file] {
                handle = open
            } else {
                guard let opened = FileHandle(forReadingAtPath: path) else {
                    throw ImportFailure.file(path, .unreadable)
                }
                handles[raw.file] = opened
                handle = opened
            }
            try handle.seek(toOffset: UInt64(raw.range.lowerBound))
            return try handle.read(upToCount: raw.range.count) ?? Data()
        }
    }

    /// The source system a file names for itself (a Bundle's `meta.source` or identifier).
    func source(of file: Int) -> String? {
        if case .bundle(_, _, let source) = files[file].content { return source }
        return nil
    }

    /// Standard input is read whole, up to the Bundle limit (and one byte more, to tell).
    static func readStandardInput() -> Data? {
        try? FileHandle.standardInput.read(upToCount: maximumBundleSize + 1)
    }

    // MARK: - Recognising a file

    private static func recognise(path: String, name: String, standardInput: () -> Data?) throws -> File {
        if path == "-" {
            guard let data = standardInput() else { throw ImportFailure.file(name, .unreadable) }
            guard data.count <= maximumBundleSize else {
                throw ImportFailure.file(name, .tooLarge(size: data.count, limit: maximumBundleSize))
            }
            return File(name: name, path: path, content: try content(of: data, name: name, path: nil))
        }
        var status = stat()
        guard stat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else {
            throw ImportFailure.file(name, .unreadable)
        }
        guard let handle = FileHandle(forReadingAtPath: path) else { throw ImportFailure.file(name, .unreadable) }
        let head = (try? handle.read(upToCount: 1 << 16)) ?? Data()
        try? handle.close()
        if looksLikeNDJSON(head) { return File(name: name, path: path, content: .ndjson(path: path)) }
        let size = Int(status.st_size)
        guard size <= maximumBundleSize else {
            throw ImportFailure.file(name, .tooLarge(size: size, limit: maximumBundleSize))
        }
        guard let data = try? Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped) else {
            throw ImportFailure.file(name, .unreadable)
        }
        return File(name: name, path: path, content: try content(of: data, name: name, path: path))
    }

    /// NDJSON: a first line that is a whole JSON object, followed by another line.
    private static func looksLikeNDJSON(_ head: Data) -> Bool {
        guard let newline = head.firstIndex(of: 0x0A) else { return false }
        let first = head[head.startIndex..<newline]
        guard first.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { return false }
        let complete: Bool = first.withUnsafeBytes { buffer in
            let skimmer = JSONSkimmer(bytes: buffer)
            let start = skimmer.skipSpace(0)
            guard start < buffer.count, buffer[start] == UInt8(ascii: "{"),
                let end = try? skimmer.skipValue(start, depth: 1)
            else { return false }
            return skimmer.isBlank(from: end)
        }
        return complete && head[(newline + 1)...].contains(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D })
    }

    private static func content(of data: Data, name: String, path: String?) throws -> Content {
        if looksLikeNDJSON(data.prefix(1 << 16)) { return .ndjsonData(data) }
        return try data.withUnsafeBytes { buffer -> Content in
            let skimmer = JSONSkimmer(bytes: buffer)
            let start = skimmer.skipSpace(0)
            guard start < buffer.count else { throw ImportFailure.file(name, .empty) }
            guard buffer[start] == UInt8(ascii: "{") else { throw ImportFailure.file(name, .notFHIR) }
            let members = try skimmed(name) { try skimmer.members(ofObjectAt: start) }
            guard let end = members.last?.value.upperBound,
                skimmer.isBlank(from: (try? skimmer.skipValue(start, depth: 1)) ?? end)
            else { throw ImportFailure.file(name, .malformed(offset: buffer.count)) }
            let type = members.first { $0.key == "resourceType" }.flatMap { Self.string(data, $0.value) }
            guard let type else { throw ImportFailure.file(name, .notFHIR) }
            // A single resource on its own is taken as a one-line NDJSON file.
            guard type == "Bundle" else { return .ndjsonData(data) }
            let bundleType = members.first { $0.key == "type" }.flatMap { Self.string(data, $0.value) } ?? ""
            guard bundleTypes.contains(bundleType) else {
                throw ImportFailure.file(name, .bundleType(bundleType))
            }
            let source = Self.bundleSource(data, members)
            return .bundle(data, type: bundleType, source: source)
        }
    }

    private static func bundleSource(_ data: Data, _ members: [(key: String, value: Range<Int>)]) -> String? {
        func object(_ key: String) -> [String: Any]? {
            members.first { $0.key == key }.flatMap {
                try? JSONSerialization.jsonObject(with: data.subdata(in: $0.value)) as? [String: Any]
            }
        }
        if let source = object("meta")?["source"] as? String { return source }
        if let identifier = object("identifier"), let value = identifier["value"] as? String {
            return (identifier["system"] as? String).map { "\($0)|\(value)" } ?? value
        }
        return nil
    }

    private static func string(_ data: Data, _ range: Range<Int>) -> String? {
        try? JSONSerialization.jsonObject(with: data.subdata(in: range), options: .fragmentsAllowed) as? String
    }

    private static func skimmed<T>(_ name: String, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch JSONSkimmer.Failure.malformed(let offset) {
            throw ImportFailure.file(name, .malformed(offset: offset))
        } catch JSONSkimmer.Failure.tooDeep(let offset) {
            throw ImportFailure.file(name, .tooDeep(offset: offset))
        }
    }

    // MARK: - Walking resources

    private static func bundleEntries(
        _ data: Data, file: Int, label: String?, _ body: (RawResource) throws -> Void
    ) throws {
        try data.withUnsafeBytes { buffer in
            let skimmer = JSONSkimmer(bytes: buffer)
            let members = try skimmed(label ?? "") { try skimmer.members(ofObjectAt: skimmer.skipSpace(0)) }
            guard let entries = members.first(where: { $0.key == "entry" })?.value else { return }
            var index = 0
            try skimmed(label ?? "") {
                try skimmer.elements(ofArray: entries) { range in
                    let place = ResourcePlace(file: label, position: .entry(index))
                    index += 1
                    let entry = try skimmer.members(ofObjectAt: range.lowerBound)
                    let fullUrl = entry.first { $0.key == "fullUrl" }.flatMap { Self.string(data, $0.value) }
                    guard let resource = entry.first(where: { $0.key == "resource" })?.value else {
                        throw ImportFailure.resource(place, nil, .noResource)
                    }
                    try body(RawResource(place: place, file: file, range: resource, fullUrl: fullUrl))
                }
            }
        }
    }

    private static func lines(
        of data: Data, file: Int, label: String?, _ body: (RawResource) throws -> Void
    ) throws {
        var start = data.startIndex
        var number = 0
        while start < data.endIndex {
            let end = data[start...].firstIndex(of: 0x0A) ?? data.endIndex
            number += 1
            if data[start..<end].contains(where: { $0 != 0x20 && $0 != 0x0D && $0 != 0x09 }) {
                try body(
                    RawResource(
                        place: ResourcePlace(file: label, position: .line(number)), file: file,
                        range: start..<end, fullUrl: nil))
            }
            start = end + 1
        }
    }

    /// Reads NDJSON a chunk at a time: memory holds one chunk and one line, whatever the size.
    private static func streamLines(
        path: String, file: Int, label: String?, _ body: (RawResource) throws -> Void
    ) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else { throw ImportFailure.file(path, .unreadable) }
        defer { try? handle.close() }
        var pending = Data()
        var pendingOffset = 0
        var number = 0
        func emit(_ line: Range<Int>) throws {
            number += 1
            let bytes = pending[line]
            if bytes.contains(where: { $0 != 0x20 && $0 != 0x0D && $0 != 0x09 }) {
                let absolute = (pendingOffset + line.lowerBound - pending.startIndex)..<(pendingOffset + line.upperBound - pending.startIndex)
                try body(
                    RawResource(
                        place: ResourcePlace(file: label, position: .line(number)), file: file,
                        range: absolute, fullUrl: nil))
            }
        }
        while true {
            let chunk = (try? handle.read(upToCount: 4 << 20)) ?? Data()
            if chunk.isEmpty { break }
            pending.append(chunk)
            var start = pending.startIndex
            while let newline = pending[start...].firstIndex(of: 0x0A) {
                try emit(start..<newline)
                start = newline + 1
            }
            let consumed = start - pending.startIndex
            pending = Data(pending[start...])
            pendingOffset += consumed
            if pending.count > maximumLineSize {
                throw ImportFailure.resource(
                    ResourcePlace(file: label, position: .line(number + 1)), nil,
                    .lineTooLong(limit: maximumLineSize))
            }
        }
        if !pending.isEmpty { try emit(pending.startIndex..<pending.endIndex) }
    }
}
