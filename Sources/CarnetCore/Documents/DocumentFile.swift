import Foundation

/// Who puts a file into the record: the limits differ.
public enum Depositor: Sendable {
    /// The patient: at most 5 MB of text, PDF, JPEG, PNG, TIFF or RTF, as in Mon Espace Santé.
    case patient
    /// A professional's software: XML (CDA) too, and larger files.
    case professional

    public var sizeLimit: Int {
        self == .patient ? DocumentLimits.maximumPatientFileSize : DocumentLimits.maximumFileSize
    }

    /// The file name extensions accepted, and the type each promises.
    public var extensions: [(String, MediaType)] {
        let common: [(String, MediaType)] = [
            ("txt", .text), ("text", .text), ("pdf", .pdf), ("jpg", .jpeg), ("jpeg", .jpeg), ("png", .png),
            ("tif", .tiff), ("tiff", .tiff), ("rtf", .rtf),
        ]
        return self == .patient ? common : common + [("xml", .xml)]
    }
}

/// A file checked for the record: its type read from its content, agreeing with its name,
/// within the depositor's size limit. One code path for `carnet documents add`, the
/// browser's form and `carnet pro … add|update`.
///
/// ```swift
/// let file = try DocumentFile.read("/tmp/bilan.pdf", by: .patient)
/// file.mediaType  // .pdf, because the content begins with %PDF-
/// ```
public struct DocumentFile: Sendable, Equatable {
    /// The file's name, without its folder.
    public var name: String
    public var mediaType: MediaType
    public var content: Data

    /// Reads and checks a file. Its size is checked before it is read, so a huge file is
    /// refused at once; nothing but regular files is read.
    public static func read(_ path: String, by depositor: Depositor) throws -> DocumentFile {
        let name = (path as NSString).lastPathComponent
        var status = stat()
        guard stat(path, &status) == 0 else {
            throw errno == ENOENT ? DocumentFileError.notFound(path) : DocumentFileError.unreadable(path)
        }
        guard (status.st_mode & S_IFMT) == S_IFREG else { throw DocumentFileError.notAFile(path) }
        let size = Int(status.st_size)
        guard size <= depositor.sizeLimit else {
            throw DocumentFileError.tooLarge(name, size: size, limit: depositor.sizeLimit)
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw DocumentFileError.unreadable(path)
        }
        defer { try? handle.close() }
        // One byte more than the limit: a file that grew since its size was read is still caught.
        guard let content = try? handle.read(upToCount: depositor.sizeLimit + 1) ?? Data() else {
            throw DocumentFileError.unreadable(path)
        }
        return try check(name: name, content: content, by: depositor)
    }

    /// Checks content that has a name: not empty, within the limit, of an accepted type,
    /// and of the type its extension (if any) says.
    public static func check(name: String, content: Data, by depositor: Depositor) throws -> DocumentFile {
        guard !content.isEmpty else { throw DocumentFileError.empty(name) }
        guard content.count <= depositor.sizeLimit else {
            throw DocumentFileError.tooLarge(name, size: content.count, limit: depositor.sizeLimit)
        }
        let sniffed = ContentSniffer.sniff(content)
        var mediaType: MediaType
        switch sniffed {
        case .refused(let kind): throw DocumentFileError.refusedContent(name, kind)
        case .accepted(let type): mediaType = type
        }
        let accepted = Set(depositor.extensions.map(\.1))
        // XML from a patient is text like any other.
        if !accepted.contains(mediaType) && mediaType == .xml { mediaType = .text }
        let ext = (name as NSString).pathExtension.lowercased()
        if !ext.isEmpty {
            guard let promised = depositor.extensions.first(where: { $0.0 == ext })?.1 else {
                throw DocumentFileError.unknownExtension(name, ext: ext)
            }
            // Text and XML are both text: the name tells which. Anything else must be what
            // its name says.
            guard promised == mediaType || (promised.isPlainText && mediaType.isPlainText) else {
                throw DocumentFileError.mismatch(name, ext: ext, content: mediaType)
            }
            mediaType = promised
        }
        return DocumentFile(name: name, mediaType: mediaType, content: content)
    }
}

/// Why a file cannot go into the record. Nothing is written when one is thrown.
public enum DocumentFileError: Error, Equatable, Sendable {
    case notFound(String)
    case notAFile(String)
    case unreadable(String)
    case empty(String)
    case tooLarge(String, size: Int, limit: Int)
    case refusedContent(String, RefusedContent)
    case unknownExtension(String, ext: String)
    case mismatch(String, ext: String, content: MediaType)

    /// The reason in the reader's language, naming the file and what the record takes.
    public func message(_ text: Catalog) -> String {
        let accepted = text[.acceptedFileTypes]
        switch self {
        case .notFound(let path): return text[.fileNotFound, path]
        case .notAFile(let path): return text[.fileNotRegular, path]
        case .unreadable(let path): return text[.fileUnreadable, path]
        case .empty(let name): return text[.fileEmpty, name]
        case .tooLarge(let name, let size, let limit):
            // Rounded alike ("5 MB, over the limit of 5 MB"), the sizes are said in bytes.
            let (shown, limitShown) = (text.fileSize(size), text.fileSize(limit))
            guard shown == limitShown else { return text[.fileTooBig, name, shown, limitShown] }
            let format = TextFormat(text.language)
            return text[
                .fileTooBig, name, text[.sizeBytes, format.count(size)],
                text[.sizeBytes, format.count(limit)] + " (" + limitShown + ")"]
        case .refusedContent(let name, let kind):
            return text[.fileRefusedContent, name, text[kind.phrase], accepted]
        case .unknownExtension(let name, let ext):
            return text[.fileUnknownExtension, name, "." + ext, accepted]
        case .mismatch(let name, let ext, let content):
            return text[.fileMismatch, name, "." + ext, text[content.phrase]]
        }
    }
}
