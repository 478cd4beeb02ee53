import Testing

@testable import CarnetTUI

@Suite struct SanitizerTests {
    static let hostile = [
        "\u{1B}[2J",
        "\u{1B}]52;c;aGVsbG8=\u{07}",
        "Bilan \u{202E}gnp.exe",
        "\u{9B}31m",
        "del\u{7F}",
        "nul\u{0}byte",
        "tab\there",
        "line\nbreak\r\n",
        "\u{2066}isolate\u{2069}",
        "e\u{301}\u{1B}",
    ]

    @Test(arguments: hostile)
    func outputHasNoControlOrBidiScalar(_ input: String) {
        let output = Sanitizer.clean(input)
        for scalar in output.unicodeScalars {
            let value = scalar.value
            #expect(value >= 0x20 && value != 0x7F && !(0x80...0x9F).contains(value))
            #expect(!(0x202A...0x202E).contains(value) && !(0x2066...0x2069).contains(value))
        }
    }

    @Test func escapeBecomesAVisiblePicture() {
        #expect(Sanitizer.clean("\u{1B}[2J") == "␛[2J")
        #expect(Sanitizer.clean("\u{1B}]52;c;aGVsbG8=\u{07}") == "␛]52;c;aGVsbG8=␇")
    }

    @Test func controlsHaveRecognisablePlaceholders() {
        #expect(Sanitizer.clean("a\tb\nc\0d\u{7F}") == "a␉b␊c␀d␡")
        #expect(Sanitizer.clean("\u{9B}x\u{202E}y") == "\u{FFFD}x\u{FFFD}y")
    }

    @Test func safeTextIsUnchanged() {
        let text = "Vaccin DTCaP — rappel à 25 ans, 診療 😀 e\u{301}"
        #expect(Sanitizer.clean(text) == text)
    }

    @Test func everyUnsafeScalarIsReplaced() {
        let all = (0...0x2070).compactMap(Unicode.Scalar.init).map(Character.init)
        let output = Sanitizer.clean(String(all))
        #expect(!output.unicodeScalars.contains(where: Sanitizer.isUnsafe))
    }
}
