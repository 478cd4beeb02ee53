/// The forms of the national identifiers of professionals and establishments, checked before
/// anything is looked up or logged: the history is permanent, so nothing of another shape
/// (empty, 100,000 digits, escape sequences) may enter it as an actor.
public enum HealthIdentifier {
    /// An RPPS number: 11 digits.
    public static func isRPPS(_ text: String) -> Bool {
        text.utf8.count == 11 && text.utf8.allSatisfy { (0x30...0x39).contains($0) }
    }

    /// A FINESS number: 9 characters, digits, except Corsica's département 2A or 2B first.
    public static func isFINESS(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count == 9 else { return false }
        let digits = { (slice: ArraySlice<UInt8>) in slice.allSatisfy { (0x30...0x39).contains($0) } }
        if digits(bytes[...]) { return true }
        return bytes[0] == UInt8(ascii: "2")
            && (bytes[1] == UInt8(ascii: "A") || bytes[1] == UInt8(ascii: "B"))
            && digits(bytes[2...])
    }

    /// Whether a text has the shape of an INS: 15 characters, digits (A or B for Corsica).
    static func isINS(_ text: String) -> Bool {
        text.count == 15 && text.allSatisfy { $0.isASCII && ($0.isNumber || $0 == "A" || $0 == "B") }
    }
}
