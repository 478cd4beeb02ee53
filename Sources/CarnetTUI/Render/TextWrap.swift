/// Word wrapping by display width: breaks at spaces, and inside a word only when the word
/// alone is wider than the line.
enum TextWrap {
    static func wrap(_ paragraph: String, width: Int) -> [String] {
        let width = max(1, width)
        guard TextWidth.width(of: paragraph) > width else { return [paragraph] }
        var lines: [String] = []
        var line = ""
        var lineWidth = 0
        for word in paragraph.split(separator: " ", omittingEmptySubsequences: false) {
            var word = String(word)
            var wordWidth = TextWidth.width(of: word)
            if lineWidth > 0 && lineWidth + 1 + wordWidth <= width {
                line += " " + word
                lineWidth += 1 + wordWidth
                continue
            }
            if lineWidth > 0 || !line.isEmpty {
                lines.append(line)
                line = ""
                lineWidth = 0
            }
            while wordWidth > width {
                let head = TextWidth.prefix(of: word, columns: width)
                guard !head.isEmpty else { break }
                lines.append(head)
                word.removeFirst(head.count)
                wordWidth = TextWidth.width(of: word)
            }
            line = word
            lineWidth = wordWidth
        }
        lines.append(line)
        return lines
    }
}
