/// A column of a list and how it shares the window's width with the others: it never gets
/// less than `minimum` (narrower windows cut whole columns, lowest `priority` first), and the
/// width left over once every kept column has its minimum goes to columns by `weight`.
public struct Column: Equatable, Sendable {
    public var header: String
    /// The fewest cells it is drawn in.
    public var minimum: Int
    /// Its share of the spare width; 0 keeps it at its minimum.
    public var weight: Int
    public var alignment: TextWidth.Alignment
    /// Which columns go first when the window is narrow: the lowest (the rightmost of equals).
    public var priority: Int

    public init(
        _ header: String, minimum: Int, weight: Int = 0, alignment: TextWidth.Alignment = .leading,
        priority: Int = 1
    ) {
        self.header = header
        self.minimum = minimum
        self.weight = weight
        self.alignment = alignment
        self.priority = priority
    }

    /// A column as drawn: which of the list's columns, and its width.
    public struct Fitted: Equatable, Sendable {
        public var index: Int
        public var column: Column
        public var width: Int
    }

    /// Cells between two columns.
    public static let gap = 2

    /// The columns drawn in `width` cells, by the rule above: columns are cut until the
    /// minimums fit (the last one left is cut to the width), then the spare width is shared
    /// by weight, the rounding left to the heaviest.
    public static func fit(_ columns: [Column], width: Int) -> [Fitted] {
        var kept = Array(columns.indices)
        func needed() -> Int { kept.map { columns[$0].minimum }.reduce(0, +) + gap * (kept.count - 1) }
        while kept.count > 1, needed() > width {
            let lowest = kept.min {
                (columns[$0].priority, -$0) < (columns[$1].priority, -$1)
            }!
            kept.removeAll { $0 == lowest }
        }
        guard !kept.isEmpty else { return [] }
        var fitted = kept.map { Fitted(index: $0, column: columns[$0], width: columns[$0].minimum) }
        let spare = width - needed()
        guard spare > 0 else {
            if fitted.count == 1 { fitted[0].width = max(0, width) }
            return fitted
        }
        let weights = fitted.map(\.column.weight).reduce(0, +)
        guard weights > 0 else { return fitted }
        var given = 0
        for slot in fitted.indices {
            let share = spare * fitted[slot].column.weight / weights
            fitted[slot].width += share
            given += share
        }
        let heaviest = fitted.indices.max { fitted[$0].column.weight < fitted[$1].column.weight }!
        fitted[heaviest].width += spare - given
        return fitted
    }
}
