import Foundation

/// The plain text of an RTF file: paragraphs, tabs and characters, without the markup,
/// the font and colour tables, pictures or other hidden groups.
enum RTFText {
    /// Groups whose content is not text to read.
    private static let hiddenDestinations: Set<String> = [
        "fonttbl", "colortbl", "stylesheet", "info", "pict", "header", "headerl", "headerr", "headerf",
        "footer", "footerl", "footerr", "footerf", "listtable", "listoverridetable", "rsidtbl",
        "generator", "xmlnstbl", "themedata", "colorschememapping", "datastore", "latentstyles",
        "object", "objdata", "fldinst", "filetbl", "revtbl", "bkmkstart", "bkmkend", "nonshppict",
    ]

    private static let symbols: [String: String] = [
        "par": "\n", "line": "\n", "sect": "\n\n", "page": "\n\n", "tab": "\t", "cell": "\t", "row": "\n",
        "emdash": "—", "endash": "–", "bullet": "•", "lquote": "‘", "rquote": "’", "ldblquote": "“",
        "rdblquote": "”", "emspace": " ", "enspace": " ", "qmspace": " ",
    ]

    private struct Group {
        var hidden = false
        /// How many fallback characters follow a `\uN` (`\ucN`).
        var fallback = 1
    }

    static func plain(_ content: Data) -> String {
        let bytes = [UInt8](content)
        var out = ""
        var stack: [Group] = []
        var group = Group()
        var skip = 0
        var index = 0
        func emit(_ text: String) {
            if skip > 0 {
                skip -= 1
            } else if !group.hidden {
                out += text
            }
        }
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            switch byte {
            case UInt8(ascii: "{"):
                stack.append(group)
            case UInt8(ascii: "}"):
                group = stack.popLast() ?? Group()
                skip = 0
            case UInt8(ascii: "\r"), UInt8(ascii: "\n"):
                break
            case UInt8(ascii: "\\"):
                guard index < bytes.count else { break }
                let next = bytes[index]
                if isLetter(next) {
                    var word = ""
                    while index < bytes.count, isLetter(bytes[index]) {
                        word.append(Character(Unicode.Scalar(bytes[index])))
                        index += 1
                    }
                    var digits = ""
                    if index < bytes.count, bytes[index] == UInt8(ascii: "-") {
                        digits = "-"
                        index += 1
                    }
                    while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 {
                        digits.append(Character(Unicode.Scalar(bytes[index])))
                        index += 1
                    }
                    if index < bytes.count, bytes[index] == UInt8(ascii: " ") { index += 1 }
                    let parameter = Int(digits)
                    if hiddenDestinations.contains(word) {
                        group.hidden = true
                    } else if word == "uc" {
                        group.fallback = max(0, parameter ?? 1)
                    } else if word == "u", var code = parameter {
                        if code < 0 { code += 65_536 }
                        // Found by fuzzing: a parameter beyond 32 bits trapped here. Not a character.
                        if skip == 0, !group.hidden, let value = UInt32(exactly: code),
                            let scalar = Unicode.Scalar(value)
                        {
                            out.unicodeScalars.append(scalar)
                        }
                        skip = group.fallback
                    } else if let symbol = symbols[word] {
                        skip = 0
                        if !group.hidden { out += symbol }
                    }
                } else {
                    index += 1
                    switch next {
                    case UInt8(ascii: "'"):
                        if index + 1 < bytes.count, let value = UInt8(hex: bytes[index], bytes[index + 1]) {
                            emit(windows1252(value))
                        }
                        index += 2
                    case UInt8(ascii: "*"):
                        group.hidden = true
                    case UInt8(ascii: "\\"), UInt8(ascii: "{"), UInt8(ascii: "}"):
                        emit(String(Character(Unicode.Scalar(next))))
                    case UInt8(ascii: "~"):
                        emit("\u{00A0}")
                    case UInt8(ascii: "_"):
                        emit("-")
                    case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                        if !group.hidden { out += "\n" }
                    default:
                        break
                    }
                }
            default:
                emit(windows1252(byte))
            }
        }
        return out
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A)
    }

    /// A byte of RTF's default code page (Windows-1252) as a character.
    static func windows1252(_ byte: UInt8) -> String {
        String(data: Data([byte]), encoding: .windowsCP1252) ?? "\u{FFFD}"
    }
}

extension UInt8 {
    /// The value of two hexadecimal digits.
    init?(hex high: UInt8, _ low: UInt8) {
        guard let value = UInt8(String(bytes: [high, low], encoding: .ascii) ?? "", radix: 16) else {
            return nil
        }
        self = value
    }
}
