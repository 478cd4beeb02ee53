import ArgumentParser
import CarnetCore
import Foundation

struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Write the demo record, then open it.",
        discussion: """
            The demo record is fictitious and the same on every run. It is written to
            demo.sqlite beside your record (or to --db PATH) and never touches your own record.
            """)

    enum Size: String, ExpressibleByArgument, CaseIterable {
        case small, large
    }

    @OptionGroup var record: RecordOptions
    @OptionGroup var browser: BrowserOptions

    @Option(
        help: "small, or large: adds 5,000 documents, 100,000 glucose readings and 1,000,000 access events.")
    var size: Size = .small

    @Flag(help: "Write the demo record without opening it.")
    var noOpen = false

    @Flag(help: "Write the demo record again even if it is already there.")
    var force = false

    func run() throws {
        umask(0o077)
        let path = record.db ?? DataPaths.demo()
        if try needsWriting(path) {
            let started = ContinuousClock.now
            let progress = ProgressLine()
            try DemoRecord.write(to: path, scale: size == .large ? .large : .small) { progress.show($0) }
            progress.finish()
            let elapsed = ContinuousClock.now - started
            print(
                "Wrote the \(size.rawValue) demo record to \(path) in \(elapsed.formatted(.units(allowed: [.seconds], fractionalPart: .show(length: 1))))."
            )
        } else {
            print("The \(size.rawValue) demo record is already at \(path) (--force writes it again).")
        }
        let store = try Store.open(at: path)
        let patient = try store.patient(matching: record.patient)
        if noOpen {
            try RecordSummary.print(store: store, patient: patient)
        } else {
            try Browser.open(store: store, patient: patient, options: browser)
        }
    }

    /// Whether to write: no demo yet, another size, or --force. A file that is not a demo
    /// record is never overwritten.
    private func needsWriting(_ path: String) throws -> Bool {
        guard FileManager.default.fileExists(atPath: path) else { return true }
        let existing: Store
        do {
            existing = try Store.open(at: path)
        } catch StoreError.notARecord {
            throw StoreError.invalid("\(path) is not a demo record; it was left untouched.")
        }
        defer { try? existing.close() }
        guard try existing.metadata("kind") == "demo" else {
            throw StoreError.invalid("\(path) is not a demo record; it was left untouched.")
        }
        let existingSize = try existing.metadata("demoSize")
        return force || existingSize != size.rawValue
    }
}

/// A progress line on standard error: rewritten in place on a terminal, one line per
/// step otherwise (logs, CI).
final class ProgressLine {
    private var lastStep = ""
    private var lastPercent = -1

    func show(_ progress: DemoProgress) {
        let percent = Int(progress.fraction * 100)
        if StandardError.isTerminal {
            guard percent != lastPercent || progress.step != lastStep else { return }
            StandardError.write("\r\u{1B}[KWriting \(progress.step)… \(percent)%")
        } else if progress.step != lastStep || percent == 100 {
            StandardError.write("Writing \(progress.step)… \(percent)%\n")
        }
        lastStep = progress.step
        lastPercent = percent
    }

    func finish() {
        if StandardError.isTerminal && !lastStep.isEmpty { StandardError.write("\r\u{1B}[K") }
    }
}
