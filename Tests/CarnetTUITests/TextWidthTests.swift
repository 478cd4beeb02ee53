import Testing

@testable import CarnetTUI

@Suite struct TextWidthTests {
    @Test func asciiAndAccents() {
        #expect(TextWidth.width(of: "Café") == 4)
        #expect(TextWidth.width(of: "é") == 1)
        #expect(TextWidth.width(of: "e\u{301}") == 1)
        #expect(TextWidth.width(of: "Cafe\u{301} crème") == 10)
    }

    @Test func wideCharacters() {
        #expect(TextWidth.width(of: "診療") == 4)
        #expect(TextWidth.width(of: "한국") == 4)
        #expect(TextWidth.width(of: "ＡＢ") == 4)
        #expect(TextWidth.width(of: "😀") == 2)
        #expect(TextWidth.width(of: "💉 rappel") == 9)
    }

    @Test func zeroWidthScalars() {
        #expect(TextWidth.width(of: Unicode.Scalar(0x301)!) == 0)
        #expect(TextWidth.width(of: Unicode.Scalar(0x200B)!) == 0)
        #expect(TextWidth.width(of: Unicode.Scalar(0xFE0F)!) == 0)
        #expect(TextWidth.width(of: Unicode.Scalar(0xAD)!) == 1)
    }

    @Test func emojiSequenceCountsItsFirstPicture() {
        // The terminal library draws the first picture and stacks marks on it.
        #expect(TextWidth.width(of: Character("👩‍⚕️")) == 2)
        #expect(TextWidth.width(of: Character("👍🏽")) == 2)
    }

    @Test func truncateAddsAnEllipsis() {
        #expect(TextWidth.truncate("Radiographie", to: 6) == "Radio…")
        #expect(TextWidth.truncate("Radio", to: 6) == "Radio")
        #expect(TextWidth.truncate("Radio", to: 0) == "")
        #expect(TextWidth.truncate("Radio", to: 1) == "…")
    }

    @Test func truncateNeverSplitsAWideCharacter() {
        #expect(TextWidth.truncate("診療記録", to: 6) == "診療…")
        #expect(TextWidth.truncate("診療記録", to: 5) == "診療…")
        #expect(TextWidth.truncate("診療記録", to: 4) == "診…")
        #expect(TextWidth.width(of: TextWidth.truncate("診療記録", to: 4)) == 3)
    }

    @Test func padFillsExactly() {
        #expect(TextWidth.pad("kg", to: 5) == "kg   ")
        #expect(TextWidth.pad("kg", to: 5, alignment: .trailing) == "   kg")
        #expect(TextWidth.pad("kg", to: 5, alignment: .center) == " kg  ")
        #expect(TextWidth.pad("診療", to: 5) == "診療 ")
        #expect(TextWidth.pad("Radiographie", to: 6) == "Radio…")
    }
}
