import ArgumentParser
import CarnetCore
import Foundation

/// Reading a file to put into the record: its media type from its extension, its size
/// within the limit, and a clear error otherwise.
enum DocumentFile {
    static let types: [String: MediaType] = [
        "txt": .text, "text": .text, "pdf": .pdf, "png": .png, "jpg": .jpeg, "jpeg": .jpeg, "xml": .xml,
    ]

    static func read(_ path: String) throws -> (MediaType, Data) {
        let text = Catalog(.fromLocale())
        let ext = (path as NSString).pathExtension.lowercased()
        guard let mediaType = types[ext] else { throw StoreError.invalid(text[.unknownFileType, path]) }
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
            let size = attributes[.size] as? Int
        else { throw StoreError.invalid(text[.cannotReadFile, path]) }
        guard size <= DocumentLimits.maximumFileSize else {
            throw StoreError.invalid(text[.fileTooLarge, path, String(size)])
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw StoreError.invalid(text[.cannotReadFile, path])
        }
        return (mediaType, data)
    }

    /// A local calendar day, YYYY-MM-DD, at noon (so that it stays the same day in every zone
    /// near this one).
    static func day(_ text: String) throws -> Date {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .current
        guard parts.count == 3,
            let date = calendar.date(
                from: DateComponents(year: parts[0], month: parts[1], day: parts[2], hour: 12)),
            calendar.component(.day, from: date) == parts[2]
        else { throw ValidationError(Catalog(.fromLocale())[.badDay, text]) }
        return date
    }
}
