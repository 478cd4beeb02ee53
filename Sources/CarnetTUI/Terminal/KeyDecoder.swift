import CNcursesw

/// Turns what ncurses' `get_wch` returns into a ``Key``. Pure, so it is tested without a terminal.
public enum KeyDecoder {
    /// Decodes one `get_wch` result.
    /// - Parameters:
    ///   - status: `OK` for a character, `KEY_CODE_YES` for a function key code.
    ///   - value: the character or the key code.
    /// - Returns: the key, or nil for something carnet does not use (a mouse event, a C1 byte).
    public static func decode(status: Int32, value: UInt32) -> Key? {
        switch status {
        case KEY_CODE_YES: functionKey(Int32(bitPattern: value))
        case OK: character(value)
        default: nil
        }
    }

    static func functionKey(_ code: Int32) -> Key? {
        switch code {
        case KEY_UP: .up
        case KEY_DOWN: .down
        case KEY_LEFT: .left
        case KEY_RIGHT: .right
        case KEY_PPAGE: .pageUp
        case KEY_NPAGE: .pageDown
        case KEY_HOME, KEY_A1: .home
        case KEY_END, KEY_C1: .end
        case KEY_BTAB: .backTab
        case KEY_ENTER: .enter
        case KEY_BACKSPACE: .backspace
        case KEY_DC: .delete
        case KEY_IC: .insert
        case KEY_RESIZE: .resize
        case (KEY_F0 + 1)...(KEY_F0 + 63): .function(Int(code - KEY_F0))
        default: nil
        }
    }

    static func character(_ value: UInt32) -> Key? {
        switch value {
        case 0x09: .tab
        case 0x0A, 0x0D: .enter
        case 0x1B: .escape
        case 0x08, 0x7F: .backspace
        case 0x00: .ctrl("@")
        case 0x01...0x1A: .ctrl(Character(Unicode.Scalar(value + 0x60)!))
        case 0x1C...0x1F: .ctrl(Character(Unicode.Scalar(value + 0x40)!))
        case 0x80...0x9F: nil
        default: Unicode.Scalar(value).map { .char(Character($0)) }
        }
    }
}
