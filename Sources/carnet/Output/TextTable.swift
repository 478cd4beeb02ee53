import CarnetTUI

/// Fixed-width columns for human listings; the last column takes what it needs. Widths are
/// fixed so that rows stream without reading the whole listing first.
struct TextTable {
    let widths: [Int]
    private var output = StandardOutput()

    init(widths: [Int]) {
        self.widths = widths
    }

    /// Writes one row; every cell is sanitised, since titles and names are untrusted.
    mutating func row(_ cells: [String]) {
        var line = ""
        for (index, cell) in cells.enumerated() {
            let clean = Sanitizer.clean(cell)
            if index < widths.count {
                let width = widths[index]
                let clipped = clean.count > width ? String(clean.prefix(width - 1)) + "…" : clean
                line += clipped + String(repeating: " ", count: width - clipped.count + 2)
            } else {
                line += clean
            }
        }
        while line.last == " " { line.removeLast() }
        output.writeLine(line)
    }

    mutating func finish() {
        output.flush()
    }
}
