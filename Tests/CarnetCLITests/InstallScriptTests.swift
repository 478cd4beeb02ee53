import Foundation
import Testing

/// `scripts/install` as a user runs it, into a temporary home, with the carnet the tests built
/// (`--binary`: CI does not build carnet a second time in release).
@Suite struct InstallScriptTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().path

    struct Output {
        var status: Int32
        var text: String
    }

    /// Runs a program with only the given environment, standard error mixed into the output.
    func run(_ program: String, _ arguments: [String], environment: [String: String]) throws -> Output {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        process.environment = environment
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = CarnetRunner.readAll(pipe.fileHandleForReading)
        process.waitUntilExit()
        return Output(status: process.terminationStatus, text: String(decoding: data, as: UTF8.self))
    }

    /// Every path under `root`, relative to it.
    func tree(_ root: String) throws -> [String] {
        try FileManager.default.subpathsOfDirectory(atPath: root).sorted()
    }

    @Test func installsUnderAPrefixWithManualAndCompletionsThenUninstallsExactly() throws {
        let home = NSTemporaryDirectory() + "carnet-install-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: home) }
        let prefix = home + "/.local"
        // Something of the user's own under the prefix, which uninstalling must leave.
        try FileManager.default.createDirectory(atPath: prefix + "/bin", withIntermediateDirectories: true)
        #expect(
            FileManager.default.createFile(
                atPath: prefix + "/bin/other-tool", contents: Data("#!/bin/sh\n".utf8)))
        let before = try tree(prefix)
        // HOME and XDG_DATA_HOME stay the tester's while the script runs: swift, when it builds
        // the manual generator, keeps its caches there (and makes $XDG_DATA_HOME/bin).
        let inherited = ProcessInfo.processInfo.environment
        let environment = [
            "HOME": inherited["HOME"] ?? home,
            "PATH": prefix + "/bin:" + (inherited["PATH"] ?? "/usr/bin:/bin"),
            "LANG": "C.UTF-8", "MANWIDTH": "100",
        ]

        let install = try run(
            Self.repository + "/scripts/install",
            ["--binary", CarnetRunner.executable.path, "--prefix", prefix], environment: environment)
        #expect(install.status == 0, "\(install.text)")

        // The installed carnet runs and says its version.
        let version = try run(prefix + "/bin/carnet", ["--version"], environment: environment)
        #expect(version.status == 0)
        #expect(version.text.hasPrefix("carnet "))
        #expect(
            version.text
                == (try run(CarnetRunner.executable.path, ["--version"], environment: environment)).text)

        // `man carnet` finds the page through PATH, and the page reads.
        let page = prefix + "/share/man/man1/carnet.1"
        let located = try run("/usr/bin/env", ["man", "-w", "carnet"], environment: environment)
        #expect(located.text.trimmingCharacters(in: .whitespacesAndNewlines) == page, "\(located.text)")
        let manual = try run("/usr/bin/env", ["man", "-l", page], environment: environment)
        #expect(manual.status == 0, "\(manual.text)")
        #expect(manual.text.contains("carnet — A terminal browser for your personal health record."))
        #expect(manual.text.contains("doctor"))
        #expect(manual.text.contains("--screen-reader"))

        // bash-completion loads the completions on demand from XDG_DATA_HOME and completes a subcommand.
        let script = """
            source /usr/share/bash-completion/bash_completion
            _completion_loader carnet
            complete -p carnet
            COMP_LINE='carnet doc'; COMP_POINT=${#COMP_LINE}; COMP_WORDS=(carnet doc); COMP_CWORD=1; COMPREPLY=()
            _carnet carnet doc carnet
            echo "reply: ${COMPREPLY[*]}"
            """
        // The prefix is laid out as ~/.local is, and XDG_DATA_HOME points bash-completion at it.
        let bash = try run(
            "/bin/bash", ["--norc", "--noprofile", "-c", script],
            environment: environment.merging(["XDG_DATA_HOME": prefix + "/share"]) { _, new in new })
        #expect(bash.text.contains("complete -o filenames -F _carnet carnet"), "\(bash.text)")
        #expect(bash.text.contains("reply: documents doctor"), "\(bash.text)")
        #expect(FileManager.default.fileExists(atPath: prefix + "/share/zsh/site-functions/_carnet"))
        #expect(
            FileManager.default.fileExists(atPath: prefix + "/share/fish/vendor_completions.d/carnet.fish"))

        // Uninstalling removes what the install wrote under the prefix, and nothing else.
        let uninstall = try run(
            Self.repository + "/scripts/install", ["--uninstall", "--prefix", prefix],
            environment: environment)
        #expect(uninstall.status == 0, "\(uninstall.text)")
        #expect(try tree(prefix) == before)
    }
}
