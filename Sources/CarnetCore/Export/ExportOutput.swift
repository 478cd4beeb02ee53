import Foundation

/// Where an export goes, written so that a reader never sees half a file: a temporary name
/// beside the target (mode 0600, a folder 0700), renamed into place at the end; an existing
/// target is replaced only when asked (`force`), and is untouched when anything fails.
final class ExportOutput {
    enum Layout {
        /// One Bundle, to a file or standard output.
        case bundle
        /// A folder of `Type.ndjson` files (FHIR Bulk Data).
        case ndjson
    }

    let layout: Layout
    /// nil: standard output (a Bundle only).
    let path: String?
    private let temporary: String?
    private var files: [String: OutputFile] = [:]
    private var bundleFile: OutputFile?
    private var entries = 0

    init(layout: Layout, path: String?, force: Bool) throws {
        self.layout = layout
        self.path = path
        guard let path else {
            guard layout == .bundle else { throw ExportFailure.ndjsonNeedsFolder }
            temporary = nil
            bundleFile = OutputFile(descriptor: STDOUT_FILENO, path: "-")
            return
        }
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) {
            guard force else { throw ExportFailure.exists(path) }
            if layout == .ndjson {
                guard isFolder.boolValue, Self.isExportFolder(path) else {
                    throw ExportFailure.notAnExportFolder(path)
                }
            } else if isFolder.boolValue {
                throw ExportFailure.isAFolder(path)
            }
        }
        let temporary = Self.temporaryPath(for: path)
        self.temporary = temporary
        switch layout {
        case .bundle:
            bundleFile = try OutputFile(creating: temporary)
        case .ndjson:
            guard mkdir(temporary, 0o700) == 0 else {
                throw ExportFailure.cannotWrite(path, Self.errorText())
            }
        }
    }

    /// Writes one resource.
    func add(_ type: String, fullUrl: String, _ resource: FHIRJSON) throws {
        switch layout {
        case .bundle:
            guard let file = bundleFile else { return }
            file.append(entries == 0 ? "" : ",")
            file.append("\n{\"fullUrl\":")
            FHIRJSON.writeString(fullUrl, into: &file.buffer)
            file.append(",\"resource\":")
            resource.write(into: &file.buffer)
            file.append("}")
            try file.flushIfFull()
        case .ndjson:
            let file =
                try files[type]
                ?? {
                    let created = try OutputFile(creating: (temporary ?? "") + "/" + type + ".ndjson")
                    files[type] = created
                    return created
                }()
            resource.write(into: &file.buffer)
            file.append("\n")
            try file.flushIfFull()
        }
        entries += 1
    }

    /// The Bundle's opening, before its entries.
    func beginBundle(timestamp: Date, id: String) throws {
        guard let file = bundleFile else { return }
        file.append("{\"resourceType\":\"Bundle\",\"id\":")
        FHIRJSON.writeString(id, into: &file.buffer)
        file.append(",\"type\":\"collection\",\"timestamp\":")
        FHIRJSON.writeString(FHIRInstant.string(timestamp.unixSeconds), into: &file.buffer)
        file.append(",\"entry\":[")
    }

    /// Closes everything and puts the export in place.
    func finish() throws {
        if let file = bundleFile {
            file.append("\n]}\n")
            try file.close()
        }
        for file in files.values { try file.close() }
        guard let path, let temporary else { return }
        if layout == .ndjson, FileManager.default.fileExists(atPath: path) {
            // Checked at the start to hold only an earlier export's files.
            try? FileManager.default.removeItem(atPath: path)
        }
        guard rename(temporary, path) == 0 else { throw ExportFailure.cannotWrite(path, Self.errorText()) }
    }

    /// Removes what was written: the target is as it was.
    func abandon() {
        bundleFile.map { try? $0.close() }
        for file in files.values { try? file.close() }
        if let temporary { try? FileManager.default.removeItem(atPath: temporary) }
    }

    /// Where an export to `path` is written until it is complete.
    static func temporaryPath(for path: String) -> String { path + ".partial-\(getpid())" }

    /// A folder an earlier NDJSON export wrote: nothing in it but `.ndjson` files.
    private static func isExportFolder(_ path: String) -> Bool {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else { return false }
        return names.allSatisfy { $0.hasSuffix(".ndjson") }
    }

    static func errorText() -> String { String(cString: strerror(errno)) }
}

/// A file written through a buffer, a megabyte at a time.
final class OutputFile {
    let descriptor: Int32
    let path: String
    var buffer: [UInt8] = []
    private var closed = false

    init(descriptor: Int32, path: String) {
        self.descriptor = descriptor
        self.path = path
        buffer.reserveCapacity(Self.chunk + 65_536)
    }

    convenience init(creating path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw ExportFailure.cannotWrite(path, ExportOutput.errorText()) }
        self.init(descriptor: descriptor, path: path)
    }

    static let chunk = 1 << 20

    func append(_ text: StaticString) {
        text.withUTF8Buffer { buffer.append(contentsOf: $0) }
    }

    func flushIfFull() throws {
        if buffer.count >= Self.chunk { try flush() }
    }

    func flush() throws {
        var offset = 0
        while offset < buffer.count {
            let written = buffer.withUnsafeBytes { bytes in
                write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                throw ExportFailure.cannotWrite(path, ExportOutput.errorText())
            }
            offset += written
        }
        buffer.removeAll(keepingCapacity: true)
    }

    func close() throws {
        guard !closed else { return }
        closed = true
        try flush()
        if descriptor != STDOUT_FILENO {
            guard fsync(descriptor) == 0 || errno == EINVAL, Glibc.close(descriptor) == 0 else {
                throw ExportFailure.cannotWrite(path, ExportOutput.errorText())
            }
        }
    }
}
