import ArgumentParser
import CarnetCore
import Foundation

struct KioskCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kiosk", abstract: CommandLanguage.text[.abstractKiosk], subcommands: [SetPin.self])

    struct SetPin: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "set-pin",
            abstract:
                CommandLanguage.text[.abstractKioskSetPin],
            discussion: CommandLanguage.text[.discussionKioskSetPin]
        )
        @OptionGroup var record: RecordOptions

        func run() throws {
            let text = CommandLanguage.text
            let store = try record.openForWriting()
            _ = try record.patient(in: store)
            let first = SecretInput.read(prompt: text[.pinPrompt])
            let second = SecretInput.read(prompt: text[.pinPromptAgain])
            do {
                guard let first, KioskPin.isWellFormed(first) else { throw KioskPinError.badFormat }
                guard first == second else { throw KioskPinError.mismatch }
                try store.setKioskPin(try KioskPin.make(first))
            } catch let error as KioskPinError {
                throw StoreError.invalid(error.message(text))
            }
            print(text[.pinSet])
        }
    }
}

/// A line read from standard input, without echo when it is a terminal.
enum SecretInput {
    static func read(prompt: String) -> String? {
        let terminal = isatty(STDIN_FILENO) == 1
        var saved = termios()
        if terminal {
            StandardError.write(prompt)
            tcgetattr(STDIN_FILENO, &saved)
            var quiet = saved
            quiet.c_lflag &= ~tcflag_t(ECHO)
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet)
        }
        defer {
            if terminal {
                tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved)
                StandardError.write("\n")
            }
        }
        return readLine(strippingNewline: true)?.trimmingCharacters(in: .whitespaces)
    }
}
