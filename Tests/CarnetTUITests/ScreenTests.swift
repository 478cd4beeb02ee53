import Testing

@testable import CarnetTUI

@Suite struct ScreenTests {
    @Test func writesTextAtAPosition() {
        var screen = Screen(rows: 3, cols: 10)
        let end = screen.write("Poids", row: 1, col: 2)
        #expect(end == 7)
        #expect(screen.lines() == ["", "  Poids", ""])
    }

    @Test func clipsToWidthAndRightEdge() {
        var screen = Screen(rows: 2, cols: 8)
        screen.write("Vaccinations", row: 0, col: 0, width: 5)
        screen.write("Documents", row: 1, col: 3)
        #expect(screen.lines() == ["Vacci", "   Docum"])
    }

    @Test func ignoresRowsOutsideAndClipsNegativeColumns() {
        var screen = Screen(rows: 2, cols: 6)
        screen.write("nope", row: -1, col: 0)
        screen.write("nope", row: 2, col: 0)
        screen.write("abcdef", row: 0, col: -2)
        #expect(screen.lines() == ["cdef", ""])
    }

    @Test func sanitisesWhatItWrites() {
        var screen = Screen(rows: 1, cols: 12)
        screen.write("a\u{1B}[2J\u{202E}b", row: 0, col: 0)
        #expect(screen.lines() == ["a␛[2J\u{FFFD}b"])
    }

    @Test func wideCharactersTakeTwoColumns() {
        var screen = Screen(rows: 1, cols: 8)
        let end = screen.write("診療x", row: 0, col: 1)
        #expect(end == 6)
        #expect(screen.lines() == [" 診療x"])
        #expect(screen[0, 1].text == "診")
        #expect(screen[0, 2].isContinuation)
        #expect(screen[0, 3].text == "療")
        #expect(screen[0, 5].text == "x")
    }

    @Test func wideCharacterThatDoesNotFitLeavesABlank() {
        var screen = Screen(rows: 1, cols: 5)
        screen.write("xxxxx", row: 0, col: 0)
        screen.write("診療", row: 0, col: 0, width: 3)
        #expect(screen.lines() == ["診 xx"])
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var screen = Screen(rows: 2, cols: 6)
        screen.write("診療", row: 0, col: 0)
        screen.write("a", row: 0, col: 1)  // right half of 診
        #expect(screen.lines()[0] == " a療")
        screen.write("診療", row: 1, col: 0)
        screen.write("b", row: 1, col: 2)  // left half of 療
        #expect(screen.lines()[1] == "診b")
        #expect(!screen[1, 3].isContinuation)
    }

    @Test func combiningMarksStayWithTheirLetter() {
        var screen = Screen(rows: 1, cols: 6)
        let end = screen.write("Cafe\u{301}!", row: 0, col: 0)
        #expect(end == 5)
        #expect(screen[0, 3].text == "e\u{301}")
        #expect(screen.lines() == ["Cafe\u{301}!"])
    }

    @Test func emojiAndAccentsMeasureLikeTextWidth() {
        var screen = Screen(rows: 1, cols: 20)
        let text = "é😀診e\u{301}"
        #expect(screen.write(text, row: 0, col: 0) == TextWidth.width(of: text))
    }

    @Test func fillAndClear() {
        var screen = Screen(rows: 3, cols: 5)
        screen.fill(row: 1, col: 1, height: 5, width: 3, with: Cell("#", style: .banner))
        #expect(screen.lines() == ["", " ###", " ###"])
        #expect(screen[1, 1].style == .banner)
        screen.fill(row: 1, col: 2, height: 1, width: 1)
        #expect(screen.lines() == ["", " # #", " ###"])
        screen.clear()
        #expect(screen.lines() == ["", "", ""])
    }

    @Test func fillSplittingAWideCharacterBlanksItsOtherHalf() {
        var screen = Screen(rows: 1, cols: 4)
        screen.write("診療", row: 0, col: 0)
        screen.fill(row: 0, col: 1, height: 1, width: 1, with: Cell("-"))
        #expect(screen.lines() == [" -療"])
    }

    @Test func cursorAndEquality() {
        var first = Screen(rows: 2, cols: 4)
        var second = first
        #expect(first == second)
        first.cursor = (row: 1, col: 2)
        #expect(first != second)
        second.cursor = (row: 1, col: 2)
        #expect(first == second)
        second.write("x", row: 0, col: 0, style: .alert)
        first.write("x", row: 0, col: 0)
        #expect(first != second)
    }
}
