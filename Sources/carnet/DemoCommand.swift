import ArgumentParser
import CarnetCore
import Foundation

struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: CommandLanguage.text[.abstractDemo],
        discussion: CommandLanguage.text[.discussionDemo])

    enum Size: String, ExpressibleByArgument, CaseIterable {
        case small, large
    }

    @OptionGroup var record: RecordOptions
    @OptionGroup var browser: BrowserOptions

    @Option(
        help: ArgumentHelp(CommandLanguage.text[.helpDemoSizeSize]))
    var size: Size = .small

    @Flag(help: ArgumentHelp(CommandLanguage.text[.helpDemoSizeNoOpen]))
    var noOpen = false

    @Flag(help: ArgumentHelp(CommandLanguage.text[.helpDemoSizeForce]))
    var force = false

    func run() throws {
        umask(0o077)
        let text = Catalog(browser.language)
        let format = TextFormat(browser.language)
        let location = record.db.map(StoreLocation.init(argument:)) ?? .file(DataPaths.demo())
        // A bad --theme is said before a minute is spent writing a large demo.
        if !noOpen { _ = try browser.loadTheme() }
        if try needsWriting(location, text) {
            let started = ContinuousClock.now
            let progress = ProgressLine(text)
            try DemoRecord.write(to: location, scale: size == .large ? .large : .small) { progress.show($0) }
            progress.finish()
            // A new demo's history starts again: what carnet remembers of the old one goes.
            HeadMemory().forget(record: location.description)
            let elapsed = ContinuousClock.now - started
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            say(
                text[
                    .wroteDemo, size.rawValue, location.description, format.number((seconds * 10).rounded() / 10)])
        } else {
            say(text[.demoAlreadyThere, size.rawValue, location.description])
        }
        let store = try location.open()
        let patient = try store.patient(matching: record.patient)
        if noOpen {
            try RecordSummary.print(store: store, patient: patient, language: browser.language)
        } else {
            try Browser.open(store: store, patient: patient, options: browser)
        }
    }

    /// Whether to write: no demo yet, another size, or --force. A file that is not a demo
    /// record is never overwritten.
    private func needsWriting(_ location: StoreLocation, _ text: Catalog) throws -> Bool {
        guard let path = location.filePath else { return try serverNeedsWriting(location, text) }
        guard FileManager.default.fileExists(atPath: path) else { return true }
        let existing: any RecordStore
        do {
            existing = try location.open()
        } catch StoreError.notARecord {
            throw StoreError.invalid(text[.notADemo, path])
        }
        defer { try? existing.close() }
        guard try existing.metadata("kind") == "demo" else {
            throw StoreError.invalid(text[.notADemo, path])
        }
        let existingSize = try existing.metadata("demoSize")
        return force || existingSize != size.rawValue
    }

    /// On a server: an empty database is written; its own demo of this size is opened again;
    /// anything else is refused (a server's record is never replaced by a demo).
    private func serverNeedsWriting(_ location: StoreLocation, _ text: Catalog) throws -> Bool {
        let existing: any RecordStore
        do {
            existing = try location.open()
        } catch StoreError.noRecord {
            return true
        }
        defer { try? existing.close() }
        guard try existing.metadata("kind") == "demo", try existing.metadata("demoSize") == size.rawValue, !force
        else { throw StoreError.rule(.storeServerHoldsRecord, [location.description]) }
        return false
    }
}

/// A progress line on standard error: rewritten in place on a terminal, one line per
/// step otherwise (logs, CI).
final class ProgressLine {
    private let text: Catalog
    private var lastStep: DemoProgress.Step?
    private var lastPercent = -1

    init(_ text: Catalog) {
        self.text = text
    }

    func show(_ progress: DemoProgress) {
        let percent = Int(progress.fraction * 100)
        let step: Phrase =
            switch progress.step {
            case .documents: .stepDocuments
            case .glucoseReadings: .stepGlucose
            case .accessEvents: .stepEvents
            }
        let line = text[.writingStep, text[step], String(percent)]
        if StandardError.isTerminal {
            guard percent != lastPercent || progress.step != lastStep else { return }
            StandardError.write("\r\u{1B}[K" + line)
        } else if progress.step != lastStep || percent == 100 {
            StandardError.write(line + "\n")
        }
        lastStep = progress.step
        lastPercent = percent
    }

    func finish() {
        if StandardError.isTerminal && lastStep != nil { StandardError.write("\r\u{1B}[K") }
    }
}
