import Foundation

/// A phone number as people type it, checked and written one way. French numbers: ten
/// digits from 0 (`06 12 34 56 78`, `06.12.34.56.78`) or `+33` and nine digits
/// (`+33 6 12 34 56 78`, `+33 (0)6 12 34 56 78`, `0033 6…`). Other countries: `+` (or
/// `00`), the country code and the number, 9 to 15 digits in all: E.164 allows at most 15,
/// and fewer than 9 is far more often a French number mistyped than a real one.
///
/// ```swift
/// PhoneNumber.normalized("06.12.34.56.78")      // "06 12 34 56 78"
/// PhoneNumber.normalized("+33 (0)6 12 34 56 78") // "+33 6 12 34 56 78"
/// PhoneNumber.normalized("+44 20 7946 0958")    // "+44 20 7946 0958"
/// PhoneNumber.normalized("12 34")               // nil
/// ```
public enum PhoneNumber {
    /// The number written the usual way, or nil when it is not a phone number.
    public static func normalized(_ typed: String) -> String? {
        let text = typed.trimmingCharacters(in: .whitespaces)
        let separators: Set<Character> = [" ", ".", "-", "(", ")", "\u{00A0}"]
        guard !text.isEmpty,
            text.allSatisfy({ ($0.isASCII && $0.isNumber) || separators.contains($0) || $0 == "+" })
        else { return nil }
        // A plus only in front; "(0)" is the trunk zero some write after the country code.
        guard !text.dropFirst().contains("+") else { return nil }
        var rest = text.replacingOccurrences(of: "(0)", with: "")
        var international = false
        if rest.hasPrefix("+") {
            international = true
            rest.removeFirst()
        } else if rest.hasPrefix("00") {
            international = true
            rest.removeFirst(2)
        }
        let digits = rest.filter(\.isNumber)
        if !international {
            return isFrenchNational(digits) ? grouped(pairs: digits) : nil
        }
        if digits.hasPrefix("33") {
            var national = String(digits.dropFirst(2))
            // "+33 0 6 12…": the trunk zero typed after the country code.
            if national.count == 10, national.hasPrefix("0") { national.removeFirst() }
            guard national.count == 9, national.first != "0" else { return nil }
            return "+33 " + String(national.prefix(1)) + " " + grouped(pairs: String(national.dropFirst()))
        }
        guard (9...15).contains(digits.count), digits.first != "0" else { return nil }
        // Other countries group their numbers their own way: keep the typed grouping.
        let groups = rest.split { separators.contains($0) }.map { $0.filter(\.isNumber) }.filter {
            !$0.isEmpty
        }
        return "+" + groups.joined(separator: " ")
    }

    private static func isFrenchNational(_ digits: String) -> Bool {
        digits.count == 10 && digits.hasPrefix("0") && digits.dropFirst().first != "0"
    }

    /// "0612345678" as "06 12 34 56 78".
    private static func grouped(pairs digits: String) -> String {
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && index % 2 == 0 { out.append(" ") }
            out.append(digit)
        }
        return out
    }
}
