import Foundation

/// What an import or an export event acted on, kept in the history as a code and worded in
/// the reader's language when read: `fhir-export 1450 file` is "1450 FHIR resources, to a
/// file" or "1 450 ressources FHIR, vers un fichier"; `fhir-import documents:16 readings:1588`
/// is "16 documents, 1 588 mesures". The history is hashed, so events written before these
/// codes keep their English words ("1450 FHIR resources to a file", "16 documents, 1588
/// readings", "nothing new"); those are recognised and worded too.
public enum ExchangeTarget {
    static func export(resources: Int, toFile: Bool) -> String {
        "fhir-export \(resources)" + (toFile ? " file" : "")
    }

    static func `import`(_ counts: [(ImportReport.Item, Int)]) -> String {
        (["fhir-import"] + counts.map { "\($0.0.rawValue):\($0.1)" }).joined(separator: " ")
    }

    /// The target in words, or nil when it is not an import's or an export's.
    public static func words(_ target: String, _ text: Catalog) -> String? {
        let format = TextFormat(text.language)
        if let (resources, toFile) = exported(target) {
            return text[toFile ? .targetExportToFile : .targetExport, format.count(resources)]
        }
        guard let counts = imported(target) else { return nil }
        guard !counts.isEmpty else { return text[.targetImportNothingNew] }
        return counts.map { item, count in
            "\(format.count(count)) \(text[count == 1 ? item.singularPhrase : item.phrase])"
        }.joined(separator: ", ")
    }

    private static func exported(_ target: String) -> (Int, Bool)? {
        let parts = target.split(separator: " ")
        if parts.first == "fhir-export", parts.count >= 2, let count = Int(parts[1]) {
            return (count, parts.count == 3 && parts[2] == "file")
        }
        // Before the codes: "1450 FHIR resources" or "1450 FHIR resources to a file".
        if parts.count >= 3, parts[1] == "FHIR", parts[2] == "resources", let count = Int(parts[0]) {
            return (count, parts.count == 6)
        }
        return nil
    }

    private static func imported(_ target: String) -> [(ImportReport.Item, Int)]? {
        let parts = target.split(separator: " ")
        if parts.first == "fhir-import" {
            let counts = parts.dropFirst().compactMap { part -> (ImportReport.Item, Int)? in
                let pair = part.split(separator: ":")
                guard pair.count == 2, let item = ImportReport.Item(rawValue: String(pair[0])),
                    let count = Int(pair[1])
                else { return nil }
                return (item, count)
            }
            return counts.count == parts.count - 1 ? counts : nil
        }
        // Before the codes: "nothing new", or "16 documents, 1588 readings".
        if target == "nothing new" { return [] }
        let old = target.components(separatedBy: ", ").map { $0.split(separator: " ") }
        let counts = old.compactMap { words -> (ImportReport.Item, Int)? in
            guard words.count == 2, let count = Int(words[0]), let item = ImportReport.Item(rawValue: String(words[1]))
            else { return nil }
            return (item, count)
        }
        return counts.count == old.count && !counts.isEmpty ? counts : nil
    }
}
