import Foundation

/// The size in pixels of a PNG, JPEG or TIFF image, read from its header: what the viewer
/// says of an image it does not draw.
public struct ImageSize: Sendable, Equatable {
    public var width: Int
    public var height: Int

    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }

    /// Nil when the header cannot be read.
    static func of(_ content: Data, _ mediaType: MediaType) -> ImageSize? {
        let bytes = [UInt8](content.prefix(mediaType == .jpeg ? 1 << 20 : 64 << 10))
        let size: ImageSize? =
            switch mediaType {
            case .png: png(bytes)
            case .jpeg: jpeg(bytes)
            case .tiff: tiff(bytes)
            default: nil
            }
        return size.flatMap { $0.width > 0 && $0.height > 0 ? $0 : nil }
    }

    private static func png(_ bytes: [UInt8]) -> ImageSize? {
        // The IHDR chunk comes first: width and height, big-endian, after the signature.
        guard bytes.count >= 24, Array(bytes[12..<16]) == Array("IHDR".utf8) else { return nil }
        return ImageSize(
            width: Int(bigEndian: bytes, at: 16, count: 4), height: Int(bigEndian: bytes, at: 20, count: 4))
    }

    private static func jpeg(_ bytes: [UInt8]) -> ImageSize? {
        var index = 2
        while index + 9 < bytes.count {
            guard bytes[index] == 0xFF else { return nil }
            let marker = bytes[index + 1]
            if marker == 0xFF {
                index += 1
                continue
            }
            let length = Int(bigEndian: bytes, at: index + 2, count: 2)
            // Start of frame: every SOFn but DHT (C4), JPG (C8) and DAC (CC).
            if (0xC0...0xCF).contains(marker), ![0xC4, 0xC8, 0xCC].contains(marker) {
                return ImageSize(
                    width: Int(bigEndian: bytes, at: index + 7, count: 2),
                    height: Int(bigEndian: bytes, at: index + 5, count: 2))
            }
            index += 2 + length
        }
        return nil
    }

    private static func tiff(_ bytes: [UInt8]) -> ImageSize? {
        guard bytes.count >= 8 else { return nil }
        let little = bytes[0] == 0x49
        func value(_ at: Int, _ count: Int) -> Int? {
            guard at >= 0, at + count <= bytes.count else { return nil }
            return little
                ? Int(littleEndian: bytes, at: at, count: count) : Int(bigEndian: bytes, at: at, count: count)
        }
        guard let directory = value(4, 4), let entries = value(directory, 2) else { return nil }
        var width: Int?
        var height: Int?
        for entry in 0..<entries {
            let at = directory + 2 + entry * 12
            guard let tag = value(at, 2), let type = value(at + 2, 2) else { break }
            // SHORT values sit in the first two bytes of the value field, LONG in all four.
            let number = type == 3 ? value(at + 8, 2) : value(at + 8, 4)
            if tag == 256 { width = number }
            if tag == 257 { height = number }
        }
        guard let width, let height else { return nil }
        return ImageSize(width: width, height: height)
    }
}

extension Int {
    fileprivate init(bigEndian bytes: [UInt8], at offset: Int, count: Int) {
        self = bytes[offset..<offset + count].reduce(0) { $0 << 8 | Int($1) }
    }

    fileprivate init(littleEndian bytes: [UInt8], at offset: Int, count: Int) {
        self = bytes[offset..<offset + count].reversed().reduce(0) { $0 << 8 | Int($1) }
    }
}
