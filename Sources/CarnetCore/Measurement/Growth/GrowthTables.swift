/// The WHO tables (the `Tables/` folder), each parsed on first use only: a record without a
/// child never pays for them, and one that has pays about 90 kB per table it reads.
enum GrowthTables {
    /// One WHO table: its rows by sex, one per day (2006 standards) or per month (2007
    /// reference) from `firstAge` on.
    struct Table: Sendable {
        let firstAge: Int
        let boys: [LMS]
        let girls: [LMS]

        func rows(_ sex: Sex) -> [LMS] { sex == .male ? boys : girls }

        /// The row at an age in the table's unit, or nil outside it.
        func row(_ sex: Sex, age: Int) -> LMS? {
            let rows = rows(sex)
            let index = age - firstAge
            return rows.indices.contains(index) ? rows[index] : nil
        }

        /// Reads the WHO's tab-separated text: a header naming `sex`, `age`, `l`, `m`, `s`
        /// (in any order, other columns ignored), then rows sorted by sex and age with no gap.
        /// The text is compiled in and checked by tests, so a malformed one is a build defect.
        init(parsing text: String) {
            var lines = text.split(separator: "\n")
            let header = lines.removeFirst().split(separator: "\t").map(String.init)
            func column(_ name: String) -> Int {
                guard let index = header.firstIndex(of: name) else {
                    preconditionFailure("growth table without a \(name) column")
                }
                return index
            }
            let (sex, age, l, m, s) = (column("sex"), column("age"), column("l"), column("m"), column("s"))
            var boys: [LMS] = []
            var girls: [LMS] = []
            var firstAge = Int.max
            for line in lines {
                let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
                guard let rowAge = Int(fields[age]), let rowL = Double(fields[l]),
                    let rowM = Double(fields[m]), let rowS = Double(fields[s])
                else { preconditionFailure("growth table row not understood: \(line)") }
                firstAge = min(firstAge, rowAge)
                let row = LMS(l: rowL, m: rowM, s: rowS)
                if fields[sex] == "1" { boys.append(row) } else { girls.append(row) }
            }
            self.firstAge = firstAge
            self.boys = boys
            self.girls = girls
        }
    }

    static let headCircumference2006 = Table(parsing: who2006HeadCircumference)
    static let lengthHeight2006 = Table(parsing: who2006LengthHeight)
    static let weight2006 = Table(parsing: who2006Weight)
    static let height2007 = Table(parsing: who2007Height)
    static let weight2007 = Table(parsing: who2007Weight)
}
