import Crypto
import Foundation

/// One resource found by the first pass: what it is, where, and the key and version an
/// imported item remembers.
struct ScannedResource {
    var raw: RawResource
    var type: String
    var id: String?
    /// See `Schema.importSources`: an absolute `fullUrl`, else an identifier, else type/id
    /// qualified by the source system, else a digest of the resource.
    var sourceKey: String
    /// `meta.versionId`, else a digest of the resource's bytes: a changed resource has a
    /// new version either way.
    var version: String

    var label: String { type + "/" + (id ?? "?") }
}

/// The first pass over the input: every resource parsed once and checked for JSON and
/// `resourceType`; the references between resources indexed; the few resources others
/// point at (Patient, Practitioner, Organization…) kept parsed. Observations, documents and
/// the rest are parsed again, one at a time, in the second pass.
struct ImportScan {
    var resources: [ScannedResource] = []
    var problems: [ImportProblem] = []
    /// Parsed parties, by index in `resources`.
    var parties: [Int: FHIRElement] = [:]
    /// Reference text ("Practitioner/12", a fullUrl) → index in `resources`.
    var index: [String: Int] = [:]

    init(_ input: ImportInput, progress: (Int) -> Void = { _ in }) throws {
        try input.forEachResource { raw in
            progress(raw.range.upperBound)
            let bytes: Data
            do {
                bytes = try input.bytes(of: raw)
            } catch {
                problems.append(ImportProblem(place: raw.place, resource: nil, issue: .notJSON))
                return
            }
            switch Self.index(bytes) {
            case .failure(let issue):
                problems.append(ImportProblem(place: raw.place, resource: nil, issue: issue))
            case .success(let json):
                add(raw, json, bytes, source: input.source(of: raw.file) ?? "file:" + Self.fileName(input.files[raw.file].path))
            }
        }
    }

    /// Resources the second pass parses whole (and checks then): here only what the index
    /// needs is parsed, from the members a skim of the bytes finds. Parsing each of 100,000
    /// Observations twice was a quarter of a large import.
    static let parsedLater: Set<String> = [
        "Observation", "Immunization", "DocumentReference", "DiagnosticReport", "AllergyIntolerance", "Condition",
        "MedicationStatement", "MedicationRequest", "FamilyMemberHistory", "Encounter", "Binary",
    ]

    /// The members of a resource the index needs (`resourceType`, `id`, `meta`,
    /// `identifier`); every other resource is parsed whole now, to be checked.
    static func index(_ bytes: Data) -> Result<[String: Any], ImportIssue> {
        let skimmed: Result<[(key: String, value: Range<Int>)], ImportIssue> = bytes.withUnsafeBytes { buffer in
            let skimmer = JSONSkimmer(bytes: buffer)
            do {
                let start = skimmer.skipSpace(0)
                guard start < buffer.count, buffer[start] == UInt8(ascii: "{") else { return .failure(.notAnObject) }
                let members = try skimmer.members(ofObjectAt: start)
                let end = try skimmer.skipValue(start, depth: 1)
                return skimmer.isBlank(from: end) ? .success(members) : .failure(.notJSON)
            } catch JSONSkimmer.Failure.tooDeep {
                return .failure(.refused("nested deeper than \(JSONSkimmer.maximumDepth) levels"))
            } catch {
                return .failure(.notJSON)
            }
        }
        let members: [(key: String, value: Range<Int>)]
        switch skimmed {
        case .failure(let issue): return .failure(issue)
        case .success(let found): members = found
        }
        let base = bytes.startIndex
        func value(_ key: String) -> Any? {
            guard let range = members.first(where: { $0.key == key })?.value else { return nil }
            return try? JSONSerialization.jsonObject(
                with: bytes.subdata(in: (base + range.lowerBound)..<(base + range.upperBound)), options: .fragmentsAllowed)
        }
        guard let typeValue = value("resourceType") else { return .failure(.noResourceType) }
        guard let type = typeValue as? String else { return .failure(.noResourceType) }
        guard FHIRResourceTypes.r4.contains(type) else { return .failure(.unknownResourceType(String(type.prefix(64)))) }
        guard parsedLater.contains(type) else { return parse(bytes) }
        var json: [String: Any] = ["resourceType": type]
        for key in ["id", "meta", "identifier"] { json[key] = value(key) }
        return .success(json)
    }

    /// Parses one resource: a JSON object whose `resourceType` is one of FHIR R4, nested no
    /// deeper than the skimmer allows.
    static func parse(_ bytes: Data) -> Result<[String: Any], ImportIssue> {
        let tooDeep: Bool = bytes.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) -> Bool in
            let skimmer = JSONSkimmer(bytes: buffer)
            do {
                _ = try skimmer.skipValue(skimmer.skipSpace(0), depth: 1)
                return false
            } catch JSONSkimmer.Failure.tooDeep {
                return true
            } catch {
                return false
            }
        }
        if tooDeep { return .failure(.refused("nested deeper than \(JSONSkimmer.maximumDepth) levels")) }
        guard let value = try? JSONSerialization.jsonObject(with: bytes) else { return .failure(.notJSON) }
        guard let json = value as? [String: Any] else { return .failure(.notAnObject) }
        guard let type = json["resourceType"] as? String else { return .failure(.noResourceType) }
        guard FHIRResourceTypes.r4.contains(type) else {
            return .failure(.unknownResourceType(String(type.prefix(64))))
        }
        return .success(json)
    }

    private mutating func add(_ raw: RawResource, _ json: [String: Any], _ bytes: Data, source: String) {
        let type = json["resourceType"] as! String
        let id = (json["id"] as? String).map { String($0.prefix(64)) }
        let element = FHIRElement(json)
        let meta = try? element.object("meta")
        // The digest of the content without its spacing: the same resource written again
        // pretty-printed or minified is the same version. (Re-serialising with sorted keys
        // would also ignore key order, but took 60 % of a large import.)
        let version = (try? meta?.string("versionId", limit: 64)).flatMap { $0 }.map { "v:" + $0 }
            ?? "sha256:" + Self.digest(bytes)
        let scanned = ScannedResource(
            raw: raw, type: type, id: id,
            sourceKey: Self.sourceKey(raw, type, id, element, meta, source: source, bytes: bytes),
            version: version)
        let position = resources.count
        resources.append(scanned)
        if let id { index[type + "/" + id] = position }
        if let fullUrl = raw.fullUrl {
            index[fullUrl] = position
        }
        if FHIRResourceTypes.parties.contains(type) { parties[position] = element }
    }

    private static func sourceKey(
        _ raw: RawResource, _ type: String, _ id: String?, _ element: FHIRElement, _ meta: FHIRElement?,
        source: String, bytes: Data
    ) -> String {
        if let fullUrl = raw.fullUrl, fullUrl.contains(":"), fullUrl.count <= 1000 { return fullUrl }
        if let identifier = (try? element.objects("identifier"))?.first,
            let system = try? identifier.string("system", limit: 500), let value = try? identifier.string("value", limit: 500)
        {
            return type + "?identifier=" + system + "|" + value
        }
        if let id {
            let system = ((try? meta?.string("source", limit: 500)) ?? nil) ?? source
            return String(system.prefix(900)) + "#" + type + "/" + id
        }
        return type + "#sha256:" + digest(bytes)
    }

    /// SHA-256 of the JSON without the white space between its tokens, as 32 hex digits.
    static func digest(_ bytes: Data) -> String {
        var compact: [UInt8] = []
        compact.reserveCapacity(bytes.count)
        var inString = false
        var escaped = false
        for byte in bytes {
            if inString {
                compact.append(byte)
                if escaped {
                    escaped = false
                } else if byte == UInt8(ascii: "\\") {
                    escaped = true
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                }
            } else if byte != 0x20 && byte != 0x0A && byte != 0x0D && byte != 0x09 {
                if byte == UInt8(ascii: "\"") { inString = true }
                compact.append(byte)
            }
        }
        let hex: [Character] = Array("0123456789abcdef")
        return String(SHA256.hash(data: compact).prefix(16).flatMap { [hex[Int($0 >> 4)], hex[Int($0 & 15)]] })
    }

    /// A file that names no source system is its own: its resources are qualified by the
    /// file's name, so importing it again (from anywhere) finds them, and another file's
    /// `Observation/1` stays apart.
    private static func fileName(_ path: String) -> String {
        path == "-" ? "stdin" : (path as NSString).lastPathComponent
    }

    // MARK: - References

    /// The resource a reference names, looked up by fullUrl, by `Type/id`, or by the
    /// `Type/id` tail of an absolute URL.
    func resolve(_ reference: String?) -> Int? {
        guard let reference, !reference.isEmpty else { return nil }
        if let found = index[reference] { return found }
        let parts = reference.split(separator: "/")
        if parts.count >= 2 {
            // ".../Practitioner/12" or ".../Practitioner/12/_history/3"
            let tail = parts.count >= 4 && parts[parts.count - 2] == "_history"
                ? parts[parts.count - 4] + "/" + parts[parts.count - 3]
                : parts[parts.count - 2] + "/" + parts[parts.count - 1]
            return index[String(tail)]
        }
        return nil
    }
}
