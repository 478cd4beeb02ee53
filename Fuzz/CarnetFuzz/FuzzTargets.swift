import Foundation

@testable import CarnetCore
@testable import CarnetTUI

/// The readers of untrusted input, each given libFuzzer's bytes. `CARNET_FUZZ_TARGET` picks
/// one (scripts/fuzz runs each in turn); any crash, trap or hang is a finding.
enum FuzzTarget: String, CaseIterable {
    case keys, theme, dates, values, rtf, image, sniff, fhir

    func run(_ data: Data) {
        switch self {
        case .keys:
            // The key decoder sees get_wch's status and value: eight bytes make one.
            var bytes = Array(data)
            while bytes.count >= 8 {
                let status = Int32(bitPattern: UInt32(bytes[0]) | UInt32(bytes[1]) << 8 | UInt32(bytes[2]) << 16 | UInt32(bytes[3]) << 24)
                let value = UInt32(bytes[4]) | UInt32(bytes[5]) << 8 | UInt32(bytes[6]) << 16 | UInt32(bytes[7]) << 24
                _ = KeyDecoder.decode(status: status % 4 == 0 ? 0 : status, value: value)
                bytes.removeFirst(8)
            }
        case .theme:
            _ = try? ThemeFile(parsing: String(decoding: data, as: UTF8.self), path: "fuzz.theme")
        case .dates:
            let text = String(decoding: data, as: UTF8.self)
            for language in [Language.en, .fr] {
                let format = TextFormat(language)
                _ = format.typedDay(text)
                _ = format.typedMoment(text)
            }
            _ = RecordDays.checkBirth(text, now: Date())
            _ = KeptHead(parsing: text)
        case .values:
            let text = String(decoding: data, as: UTF8.self)
            for type in MeasurementType.allCases {
                if let entry = try? MeasurementEntry(type: type, typed: text, at: nil) {
                    _ = try? entry.checked(now: Date())
                }
            }
        case .rtf:
            _ = RTFText.plain(data)
        case .image:
            for type in [MediaType.png, .jpeg, .tiff] { _ = ImageSize.of(data, type) }
        case .sniff:
            _ = ContentSniffer.sniff(data)
            _ = ContentSniffer.isText(data)
        case .fhir:
            guard let input = try? ImportInput(paths: ["-"], standardInput: { data }) else { return }
            _ = try? ImportScan(input)
        }
    }

    static let chosen: FuzzTarget = {
        let name = ProcessInfo.processInfo.environment["CARNET_FUZZ_TARGET"] ?? ""
        guard let target = FuzzTarget(rawValue: name) else {
            FileHandle.standardError.write(
                Data("set CARNET_FUZZ_TARGET to one of: \(allCases.map(\.rawValue).joined(separator: ", "))\n".utf8))
            exit(2)
        }
        return target
    }()
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    FuzzTarget.chosen.run(Data(bytes: start, count: count))
    return 0
}
