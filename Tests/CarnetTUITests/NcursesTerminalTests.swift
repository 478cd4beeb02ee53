import CNcursesw
import CarnetTestSupport
import Dispatch
import Glibc
import Testing

@testable import CarnetTUI

/// ncurses has one current screen per process, so these run one at a time.
@Suite(.serialized) struct NcursesTerminalTests {
    func frame(_ write: (inout Screen) -> Void) -> Screen {
        var screen = Screen(rows: 24, cols: 80)
        write(&screen)
        return screen
    }

    @Test func drawsTextAndPlacesTheCursor() throws {
        let headless = try HeadlessTerminal()
        let screen = frame {
            $0.write("Documents", row: 0, col: 0, style: .heading)
            $0.write("診療 Café e\u{301}!", row: 2, col: 4)
            $0.write("\u{1B}[2J", row: 3, col: 0)
            $0.cursor = (row: 2, col: 4)
        }
        headless.terminal.draw(screen)
        #expect(headless.cursor == (2, 4))
        #expect(headless.lines() == screen.lines())
        #expect(headless.lines()[3] == "␛[2J")
        #expect(headless.cell(row: 2, col: 4).text == "診")
        #expect(headless.cell(row: 0, col: 0).attributes & carnet_a_bold() != 0)
    }

    @Test func drawsTheBottomRightCorner() throws {
        let headless = try HeadlessTerminal()
        headless.terminal.draw(frame { $0.write("Z", row: 23, col: 79) })
        #expect(headless.cell(row: 23, col: 79).text == "Z")
    }

    @Test func sameFrameTwiceWritesNothing() throws {
        let headless = try HeadlessTerminal()
        var screen = frame { $0.write("Mesures", row: 1, col: 1) }
        headless.terminal.draw(screen)
        let afterFirst = headless.bytesWritten
        headless.terminal.draw(screen)
        #expect(headless.bytesWritten == afterFirst)

        screen.write("x", row: 5, col: 5)
        headless.terminal.draw(screen)
        let afterChange = headless.bytesWritten
        #expect(afterChange > afterFirst)
        #expect(afterChange - afterFirst < 40, "one changed cell, not a repaint")

        screen.cursor = (row: 5, col: 5)
        headless.terminal.draw(screen)
        #expect(headless.bytesWritten > afterChange, "a cursor move is a change")
        #expect(headless.cursor == (5, 5))
    }

    @Test func changedCellsReplaceOldOnes() throws {
        let headless = try HeadlessTerminal()
        var screen = frame { $0.write("診療記録", row: 0, col: 0) }
        headless.terminal.draw(screen)
        screen.write("ab", row: 0, col: 1)
        headless.terminal.draw(screen)
        #expect(headless.lines()[0] == screen.lines()[0])
        #expect(headless.lines()[0] == " ab 記録")
    }

    @Test func decodesKeysFromTheInput() throws {
        let headless = try HeadlessTerminal()
        let cases: [(String, Key)] = [
            ("\u{1B}OA", .up), ("\u{1B}OB", .down), ("\u{1B}OD", .left), ("\u{1B}OC", .right),
            ("é", .char("é")), ("診", .char("診")), ("\t", .tab), ("\u{1B}[Z", .backTab),
            ("\r", .enter), ("\u{7F}", .backspace), ("\u{3}", .ctrl("c")), ("\u{1B}[5~", .pageUp),
            ("\u{1B}OH", .home), ("\u{1B}OF", .end), ("\u{1B}OP", .function(1)),
        ]
        for (bytes, key) in cases {
            headless.type(bytes)
            #expect(headless.terminal.nextKey(timeoutMilliseconds: 1000) == key, "\(bytes.debugDescription)")
        }
    }

    @Test func keysTypedTogetherComeOneByOne() throws {
        let headless = try HeadlessTerminal()
        headless.type("gé\u{1B}OBq")
        var keys: [Key] = []
        while let key = headless.terminal.nextKey(timeoutMilliseconds: 200) { keys.append(key) }
        #expect(keys == [.char("g"), .char("é"), .down, .char("q")])
    }

    @Test func aLoneEscapeIsTheEscapeKey() throws {
        let headless = try HeadlessTerminal()
        headless.type("\u{1B}")
        #expect(headless.terminal.nextKey(timeoutMilliseconds: 1000) == .escape)
    }

    @Test func timesOutWithNil() throws {
        let headless = try HeadlessTerminal()
        let clock = ContinuousClock()
        let start = clock.now
        #expect(headless.terminal.nextKey(timeoutMilliseconds: 60) == nil)
        #expect(clock.now - start >= .milliseconds(50))
    }

    @Test func endOfInputIsAHangup() throws {
        let headless = try HeadlessTerminal()
        headless.type("a")
        headless.closeInput()
        #expect(headless.terminal.nextKey(timeoutMilliseconds: 1000) == .char("a"))
        #expect(headless.terminal.nextKey(timeoutMilliseconds: -1) == .hangup)
        #expect(headless.terminal.nextKey(timeoutMilliseconds: -1) == .hangup)
        let before = headless.bytesWritten
        headless.terminal.draw(frame { $0.write("nobody is there", row: 0, col: 0) })
        #expect(headless.bytesWritten == before, "nothing is drawn on a dead terminal")
    }

    @Test(arguments: [
        (SIGINT, Key.interrupt), (SIGTERM, .terminate), (SIGQUIT, .signalled(SIGQUIT)),
        (SIGUSR1, .signalled(SIGUSR1)), (SIGHUP, .hangup),
    ])
    func signalsBecomeKeys(signal: Int32, key: Key) throws {
        let headless = try HeadlessTerminal()
        kill(getpid(), signal)  // raise() would target this thread, where the test pool blocks signals
        #expect(headless.terminal.nextKey(timeoutMilliseconds: -1) == key)
    }

    @Test func aSignalWakesABlockedWait() throws {
        let headless = try HeadlessTerminal()
        // From a Dispatch thread, not a Task: this test blocks its own thread in nextKey, and
        // on a two-core machine the other cooperative threads may be busy with other tests.
        DispatchQueue.global().asyncAfter(deadline: .now() + .milliseconds(50)) {
            _ = kill(getpid(), SIGTERM)
        }
        #expect(headless.terminal.nextKey(timeoutMilliseconds: 5000) == .terminate)
    }

    @Test func resizeUpdatesSizeAndRedrawsEverything() throws {
        let headless = try HeadlessTerminal()
        let screen = frame { $0.write("Profil", row: 0, col: 0) }
        headless.terminal.draw(screen)
        headless.terminal.resize(rows: 30, cols: 100)
        #expect(headless.terminal.nextKey(timeoutMilliseconds: 1000) == .resize)
        #expect(headless.terminal.size == (30, 100))
        let before = headless.bytesWritten
        headless.terminal.draw(screen)
        #expect(headless.bytesWritten > before, "the same frame is drawn again after a resize")
        #expect(headless.lines()[0] == "Profil")
    }

    @Test func noColorMeansNoColorPairs() throws {
        let headless = try HeadlessTerminal(allowColor: false)
        #expect(!headless.terminal.colorEnabled)
        headless.terminal.draw(frame { $0.write("ALERTE", row: 0, col: 0, style: .alert) })
        let cell = headless.cell(row: 0, col: 0)
        #expect(cell.pair == 0)
        #expect(cell.attributes & carnet_a_bold() != 0)
        #expect(cell.attributes & carnet_a_underline() != 0, "monochrome alert look")
    }

    @Test func colorThemesUseColorPairs() throws {
        let headless = try HeadlessTerminal(allowColor: true)
        #expect(headless.terminal.colorEnabled)
        headless.terminal.draw(frame { $0.write("ALERTE", row: 0, col: 0, style: .alert) })
        #expect(headless.cell(row: 0, col: 0).pair != 0)
    }

    /// A frame where every role that carries meaning shows: what NO_COLOR must keep readable.
    func meaningfulFrame() -> Screen {
        frame {
            $0.write("Documents", row: 0, col: 0, style: .tabActive)
            $0.write("Vaccinations", row: 0, col: 12, style: .tabInactive)
            $0.write("Bilan lipidique", row: 2, col: 0, style: Style(.focus, [.reverse]))
            $0.write("Glycémie 2.1 g/L HIGH", row: 3, col: 0, style: .high)
            $0.write("Fer 4 µmol/L LOW", row: 4, col: 0, style: .low)
            $0.write("EMERGENCY ACCESS", row: 5, col: 0, style: .alert)
            $0.write("Dr Martin read your record", row: 6, col: 0, style: .banner)
            $0.write("q quit", row: 23, col: 0, style: .status)
        }
    }

    /// Under NO_COLOR (even empty) not one colour code reaches the terminal, even with a
    /// colour theme asked for; bold, reverse and underline still mark focus and alerts.
    @Test(arguments: [
        Theme.monochrome, .default, try! ThemeCatalog(userDirectory: nil).theme(named: "high-contrast"),
    ])
    func noColorWritesNoColourCodes(theme: Theme) throws {
        let headless = try HeadlessTerminal(
            theme: theme, allowColor: NcursesTerminal.colorAllowed(noColor: ""))
        headless.terminal.draw(meaningfulFrame())
        let parameters = SelectGraphicRendition.parameters(in: headless.bytesSent())
        #expect(!parameters.contains(where: SelectGraphicRendition.isColourOrDefault), "\(parameters)")
        #expect(parameters.contains(1), "bold")
        #expect(parameters.contains(7), "reverse")
        #expect(parameters.contains(4), "underline (the monochrome alert)")
        #expect(headless.cell(row: 2, col: 0).attributes & carnet_a_reverse() != 0, "the focus")
        #expect(headless.cell(row: 5, col: 0).attributes & carnet_a_bold() != 0, "the alert")
    }

    /// The check above can see colour: with colour allowed, the same frame has colour codes.
    @Test func colourThemesWriteColourCodes() throws {
        let headless = try HeadlessTerminal(theme: .default, allowColor: true)
        headless.terminal.draw(meaningfulFrame())
        #expect(
            SelectGraphicRendition.parameters(in: headless.bytesSent()).contains(
                where: SelectGraphicRendition.isColourOrDefault))
    }

    @Test func noColorSetToAnythingDisablesColor() {
        #expect(NcursesTerminal.colorAllowed(noColor: nil))
        #expect(!NcursesTerminal.colorAllowed(noColor: "1"))
        #expect(!NcursesTerminal.colorAllowed(noColor: ""))
    }

    @Test func onlyOneTerminalAtATime() throws {
        let headless = try HeadlessTerminal()
        #expect(throws: TerminalError.alreadyActive) { try HeadlessTerminal() }
        headless.terminal.restore()
        _ = try HeadlessTerminal()
    }

    @Test func textWidthAgreesWithTheCLibrary() throws {
        let headless = try HeadlessTerminal()  // sets a UTF-8 locale
        _ = headless
        let samples = "aé\u{301}診한ＡＢ😀💉❤\u{200B}\u{AD}→─█".unicodeScalars
        for scalar in samples {
            #expect(
                TextWidth.width(of: scalar) == Int(wcwidth(wchar_t(bitPattern: scalar.value))), "\(scalar)")
        }
    }
}
