/// A rectangle of the screen, in cells: where a view draws. Views take one and stay inside it.
public struct Rect: Equatable, Sendable {
    public var row: Int
    public var col: Int
    public var height: Int
    public var width: Int

    public init(row: Int, col: Int = 0, height: Int, width: Int) {
        self.row = row
        self.col = col
        self.height = max(0, height)
        self.width = max(0, width)
    }

    /// The first row below it.
    public var bottom: Int { row + height }

    /// How a split sizes one area.
    public enum Size: Equatable, Sendable {
        /// This many rows, or what is left when fewer are.
        case length(Int)
        /// The rows left once the lengths are given, shared by the fill areas (the first takes
        /// the remainder).
        case fill
    }

    /// Splits it top to bottom, as ratatui's `Layout` does: lengths are given first, in
    /// order, then the fill areas share the rest. The areas touch and stay inside.
    public func split(_ sizes: [Size]) -> [Rect] {
        var left = height
        var heights = sizes.map { size -> Int in
            guard case .length(let rows) = size else { return 0 }
            let given = min(max(0, rows), left)
            left -= given
            return given
        }
        let fills = sizes.indices.filter { sizes[$0] == .fill }
        for (order, index) in fills.enumerated() {
            heights[index] = left / fills.count + (order == 0 ? left % fills.count : 0)
        }
        var top = row
        return heights.map { rows in
            defer { top += rows }
            return Rect(row: top, col: col, height: rows, width: width)
        }
    }

    /// The part below its first `rows` rows.
    public func dropping(rows: Int) -> Rect {
        Rect(row: row + min(rows, height), col: col, height: height - rows, width: width)
    }
}
