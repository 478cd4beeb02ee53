import CarnetCore
import Foundation
import Testing

@testable import CarnetTUI

/// Table columns share the window's width by rule: every kept column gets its minimum, the
/// lowest priority is cut first when they do not fit, and the spare width goes by weight.
@Suite struct ColumnFitTests {
    static let windowWidths = [40, 80, 120, 200]

    func widths(_ columns: [Column], _ width: Int) -> [String: Int] {
        Dictionary(
            uniqueKeysWithValues: Column.fit(columns, width: width).map { ($0.column.header, $0.width) })
    }

    @Test(arguments: windowWidths) func everyPaneFillsNoMoreThanTheWindowAndKeepsItsMinimums(width: Int) {
        let text = Catalog(.en)
        let lists: [ListID] = [
            .documents, .vaccinations(), .measurementTypes, .readings(.weight), .profile,
            .accessHistory(HistoryQuery()), .whoMayAccess, .inbox,
        ]
        for list in lists {
            let fitted = Column.fit(ListLayout.columns(of: list, text), width: width)
            let used = fitted.map(\.width).reduce(0, +) + Column.gap * (fitted.count - 1)
            #expect(used <= width, "\(list) at \(width)")
            #expect(!fitted.isEmpty)
            if fitted.count > 1 {
                #expect(fitted.allSatisfy { $0.width >= $0.column.minimum }, "\(list) at \(width)")
            }
            // A weighted column takes the spare width: none is left blank at the end.
            if fitted.contains(where: { $0.column.weight > 0 }) {
                #expect(used == width, "\(list) at \(width)")
            }
        }
    }

    @Test func theAccessHistorysTargetTakesTheWidthOfAWideWindow() {
        let columns = AccessHistoryPane.columns(Catalog(.en))
        let at80 = widths(columns, 80)
        #expect(at80["Target"] == nil, "cut first at 80 columns")
        #expect(at80["Outcome"] == 16)
        let at120 = widths(columns, 120)
        let at200 = widths(columns, 200)
        let title = "Ordonnance — traitement de fond"
        #expect(at120["Target"]! >= TextWidth.width(of: title))
        #expect(at200["Target"]! > at120["Target"]!)
        #expect(at200["Who"]! > at120["Who"]!)
        // "EMERGENCY DENIED" is the longest outcome: the spare width goes elsewhere.
        #expect(at120["Outcome"] == 16)
        #expect(at200["Outcome"] == 16)
    }

    /// A document is known by its title: the author is left out before the title is squeezed
    /// ("Carnet de glycémies…" beside a whole "Laboratoire BioValmont" was the wrong way round).
    @Test(arguments: Language.allCases) func theDocumentsTitleIsTheWidestColumn(language: Language) {
        let text = Catalog(language)
        let columns = DocumentsPane.columns(text)
        for width in [80, 100, 120, 200] {
            let fitted = widths(columns, width)
            let title = fitted[text[.columnTitle]]!
            #expect(fitted.values.allSatisfy { $0 <= title }, "at \(width): \(fitted)")
            #expect(title >= TextWidth.width(of: "Bilan lipidique et glycémie à jeun"), "at \(width)")
        }
    }

    @Test func theLowestPriorityIsCutFirstAndTheLastColumnLeftIsCutToTheWindow() {
        let columns = [
            Column("A", minimum: 10, priority: 3), Column("B", minimum: 20, weight: 1, priority: 2),
            Column("C", minimum: 10, priority: 2), Column("D", minimum: 10, priority: 1),
        ]
        #expect(Column.fit(columns, width: 60).map(\.column.header) == ["A", "B", "C", "D"])
        #expect(Column.fit(columns, width: 50).map(\.column.header) == ["A", "B", "C"])
        // Equal priorities: the rightmost goes first.
        #expect(Column.fit(columns, width: 32).map(\.column.header) == ["A", "B"])
        #expect(Column.fit(columns, width: 31).map(\.column.header) == ["A"])
        #expect(Column.fit(columns, width: 31).map(\.width) == [10], "no weight: it keeps its minimum")
        #expect(Column.fit(columns, width: 6).map(\.width) == [6], "cut to the window")
    }

    @Test func theSpareWidthIsSharedByWeight() {
        let columns = [
            Column("A", minimum: 10), Column("B", minimum: 10, weight: 1),
            Column("C", minimum: 10, weight: 3),
        ]
        // 34 needed, 101 spare: B a quarter, C the rest with the rounding.
        #expect(Column.fit(columns, width: 135).map(\.width) == [10, 35, 86])
        // No weight: the spare stays blank.
        #expect(Column.fit([Column("A", minimum: 10)], width: 30).map(\.width) == [10])
    }

    @Test(arguments: [120, 200]) func aWideHistoryShowsADocumentsTitleWhole(cols: Int) {
        let event = AccessEvent(
            id: 7, at: Date(timeIntervalSince1970: 1_795_700_000), actorType: .professional,
            actorId: "10000000002", actorName: "Dr Morel", action: .read, target: "document 3", outcome: .done
        )
        let text = Catalog(.en)
        let title = "Ordonnance — traitement de fond"
        let row = AccessHistoryPane.row(event, targetName: title, text, TextFormat(.en))
        var list = ListState()
        list.apply(.first, rows: [row], total: 1)
        var screen = Screen(rows: 4, cols: cols)
        _ = TableView(columns: AccessHistoryPane.columns(text), list: list, emptyText: "")
            .render(into: &screen, area: Rect(row: 0, height: 4, width: cols))
        #expect(screen.lines()[1].contains(title))
        #expect(screen.lines()[0].contains("Target"))
    }
}
