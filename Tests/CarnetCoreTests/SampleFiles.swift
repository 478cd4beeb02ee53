import Foundation

/// Small files of each kind the record meets, built byte by byte.
enum SampleFiles {
    /// A one-page PDF whose text is `text` (ASCII), with a correct cross-reference table.
    static func pdf(_ text: String) -> Data {
        let stream = "BT /F1 12 Tf 72 720 Td (\(text)) Tj ET"
        let objects = [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length \(stream.utf8.count) >>\nstream\n\(stream)\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ]
        var out = "%PDF-1.4\n"
        var offsets: [Int] = []
        for (index, object) in objects.enumerated() {
            offsets.append(out.utf8.count)
            out += "\(index + 1) 0 obj\n\(object)\nendobj\n"
        }
        let xref = out.utf8.count
        out += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for offset in offsets { out += String(format: "%010d 00000 n \n", offset) }
        out += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        return Data(out.utf8)
    }

    /// The start of a PNG: signature and header chunk, of the given size in pixels.
    static func png(width: UInt32 = 640, height: UInt32 = 480) -> Data {
        var bytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]
        bytes += Array("IHDR".utf8) + bigEndian(width) + bigEndian(height) + [8, 2, 0, 0, 0, 0, 0, 0, 0]
        return Data(bytes)
    }

    /// The start of a JPEG: a JFIF header, then a frame header of the given size.
    static func jpeg(width: UInt16 = 1200, height: UInt16 = 800) -> Data {
        var bytes: [UInt8] =
            [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10] + Array("JFIF".utf8) + [0, 1, 1, 0, 0, 1, 0, 1, 0, 0]
        bytes +=
            [0xFF, 0xC0, 0x00, 0x11, 0x08] + bigEndian(height) + bigEndian(width) + [
                3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1,
            ]
        bytes += [0xFF, 0xD9]
        return Data(bytes)
    }

    /// A little-endian TIFF with its width and height in its first directory.
    static func tiff(width: UInt16 = 800, height: UInt32 = 600) -> Data {
        var bytes: [UInt8] = [0x49, 0x49, 0x2A, 0x00, 8, 0, 0, 0, 2, 0]
        bytes += [0x00, 0x01, 3, 0, 1, 0, 0, 0] + [UInt8(width & 0xFF), UInt8(width >> 8), 0, 0]
        bytes += [0x01, 0x01, 4, 0, 1, 0, 0, 0] + bigEndian(height).reversed()
        bytes += [0, 0, 0, 0]
        return Data(bytes)
    }

    static let rtf = Data(
        #"{\rtf1\ansi{\fonttbl{\f0 Times;}}{\*\generator Writer;}\f0 Glyc\'e9mie : 1,2 g/L\par Fin \u8364? {\b euros}}"#
            .utf8)

    /// The start of a Windows program: "MZ", then binary.
    static let windowsProgram = Data([
        0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xFF, 0xFF,
    ])

    static let zip = Data([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00])

    private static func bigEndian(_ value: UInt32) -> [UInt8] {
        [UInt8(value >> 24), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)]
    }

    private static func bigEndian(_ value: UInt16) -> [UInt8] {
        [UInt8(value >> 8), UInt8(value & 0xFF)]
    }
}
