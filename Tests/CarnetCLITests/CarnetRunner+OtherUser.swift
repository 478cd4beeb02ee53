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

    /// A folder anyone may enter and write (`shared`), holding a copy of the demo record
    /// named `name` that only its owner may change (0444 under root, so that `nobody` may
    /// read it). Call after `carnet demo`.
    func sharedReadOnlyDemo(_ name: String) throws -> (folder: String, record: String) {
        let folder = path("shared")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        chmod(folder, 0o777)
        chmod(home, 0o755)
        let record = folder + "/" + name
        try FileManager.default.copyItem(atPath: dataDirectory + "/demo.sqlite", toPath: record)
        chmod(record, getuid() == 0 ? 0o444 : 0o400)
        return (folder, record)
    }

    /// Whether `runAsOther` can run here.
    static var canRunAsOther: Bool {
        getuid() != 0 || FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv")
    }
}
