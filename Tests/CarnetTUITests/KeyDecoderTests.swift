import CNcursesw
import Testing

@testable import CarnetTUI

@Suite struct KeyDecoderTests {
    func code(_ value: Int32) -> Key? {
        KeyDecoder.decode(status: KEY_CODE_YES, value: UInt32(value))
    }

    func char(_ value: UInt32) -> Key? {
        KeyDecoder.decode(status: OK, value: value)
    }

    @Test func functionKeyCodes() {
        #expect(code(KEY_UP) == .up)
        #expect(code(KEY_DOWN) == .down)
        #expect(code(KEY_LEFT) == .left)
        #expect(code(KEY_RIGHT) == .right)
        #expect(code(KEY_PPAGE) == .pageUp)
        #expect(code(KEY_NPAGE) == .pageDown)
        #expect(code(KEY_HOME) == .home)
        #expect(code(KEY_END) == .end)
        #expect(code(KEY_BTAB) == .backTab)
        #expect(code(KEY_ENTER) == .enter)
        #expect(code(KEY_BACKSPACE) == .backspace)
        #expect(code(KEY_DC) == .delete)
        #expect(code(KEY_RESIZE) == .resize)
        #expect(code(KEY_F0 + 1) == .function(1))
        #expect(code(KEY_F0 + 12) == .function(12))
        #expect(code(KEY_MOUSE) == nil)
    }

    @Test func controlCharacters() {
        #expect(char(9) == .tab)
        #expect(char(10) == .enter)
        #expect(char(13) == .enter)
        #expect(char(27) == .escape)
        #expect(char(127) == .backspace)
        #expect(char(8) == .backspace)
        #expect(char(3) == .ctrl("c"))
        #expect(char(1) == .ctrl("a"))
        #expect(char(26) == .ctrl("z"))
        #expect(char(0x1C) == .ctrl("\\"))
    }

    @Test func printableCharacters() {
        #expect(char(0x71) == .char("q"))
        #expect(char(0xE9) == .char("é"))
        #expect(char(0x8A3A) == .char("診"))
        #expect(char(0x1F600) == .char("😀"))
    }

    @Test func neverAControlAsCharacter() {
        #expect(char(0x9B) == nil)
        #expect(char(0xD800) == nil)
        #expect(KeyDecoder.decode(status: ERR, value: 0x41) == nil)
    }
}
