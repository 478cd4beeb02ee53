import Foundation

extension CarnetRunner {
    /// Runs carnet as `nobody` when the tests run as root, for whom a 0400 file is writable
    /// anyway; as another user, runs it as that user. Needs `setpriv` under root.
    func runAsOther(_ arguments: [String]) throws -> Result {
        guard getuid() == 0 else { return try run(arguments) }
        let state = path("nobody-state")
        try FileManager.default.createDirectory(atPath: state, withIntermediateDirectories: true)
        chmod(state, 0o777)
        return try run(
            ["--reuid=65534", "--regid=65534", "--clear-groups", CarnetRunner.executable.path] + arguments,
            executable: URL(fileURLWithPath: "/usr/bin/setpriv"), environment: ["XDG_STATE_HOME": state])
    }

    /// Whether `runAsOther` can run here.
    static var canRunAsOther: Bool {
        getuid() != 0 || FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv")
    }
}
