import Foundation

/// Swift's backtracer, on a crash at a terminal, waits with "Press space to interact" and then
/// lets whoever is at the keyboard browse the memory of the process: in a kiosk, a record.
/// It reads `SWIFT_BACKTRACE` once, at start, so a kiosk starts itself again with the
/// variable set. The crash handlers still put the terminal back first.
enum Backtracer {
    static let setting = "interactive=no"

    static func makeKioskNonInteractive(
        arguments: [String] = CommandLine.arguments,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) {
        guard arguments.dropFirst().contains("--kiosk") else { return }
        let current = environment["SWIFT_BACKTRACE"] ?? ""
        guard !current.split(separator: ",").contains(Substring(setting)) else { return }
        setenv("SWIFT_BACKTRACE", current.isEmpty ? setting : current + "," + setting, 1)
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) }
        argv.append(nil)
        execv("/proc/self/exe", &argv)
        // Only reached if the exec failed: go on, interactive backtraces and all, rather
        // than not at all.
        for pointer in argv { free(pointer) }
    }
}
