/// Why an export wrote nothing, in the words of the catalog.
public enum ExportFailure: Error, Equatable {
    case exists(String)
    case isAFolder(String)
    case notAnExportFolder(String)
    case ndjsonNeedsFolder
    case cannotWrite(String, String)

    public func message(_ text: Catalog) -> String {
        switch self {
        case .exists(let path): text[.exportExists, path]
        case .isAFolder(let path): text[.exportIsAFolder, path]
        case .notAnExportFolder(let path): text[.exportNotAnExportFolder, path]
        case .ndjsonNeedsFolder: text[.exportNDJSONNeedsFolder]
        case .cannotWrite(let path, let reason): text[.exportCannotWrite, path, reason]
        }
    }
}

/// What an export wrote: resources by type.
public struct ExportReport: Sendable, Equatable {
    public var resources: [String: Int] = [:]
    public var path: String?

    public var total: Int { resources.values.reduce(0, +) }

    /// The access history's target for the export event, as a code worded when read
    /// (`ExchangeTarget`): `fhir-export 1450 file`.
    public var summary: String {
        ExchangeTarget.export(resources: total, toFile: path != nil)
    }

    public func lines(_ text: Catalog) -> [String] {
        let types = resources.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(
            separator: ", ")
        return [text[.exportDone, String(total), path ?? "-"], types]
    }
}
