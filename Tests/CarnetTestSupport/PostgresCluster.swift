import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A throwaway PostgreSQL server for the tests: one cluster per test process, in a temporary
/// folder, on a free port of 127.0.0.1, stopped and removed when the process exits.
///
/// ```swift
/// @Suite(.enabled(if: PostgresCluster.shouldRun, Comment(rawValue: PostgresCluster.skipReason)))
/// struct SchemaTests {
///     let database = try PostgresCluster.shared().makeDatabase("schema")
/// }
/// ```
///
/// PostgreSQL refuses to run as root: as root, the folder belongs to the `postgres` user (or
/// `nobody`) and every server command runs under `setpriv` as that user. Logins over TCP need
/// the superuser's password (SCRAM), so the tests of passwords and refused logins are real;
/// the local socket, used only to create databases, trusts its user.
public final class PostgresCluster: Sendable {
    /// Where the server listens.
    public let host = "127.0.0.1"
    public let port: Int
    /// The superuser and its password (a random one per cluster).
    public let superuser = "carnet_admin"
    public let superuserPassword: String
    /// The folder of the cluster's data, socket and log.
    public let folder: String
    /// The server's self-signed certificate (for 127.0.0.1), which a `verify-full` client
    /// trusts with `sslrootcert`; nil where `openssl` is missing and the server has no TLS.
    public var tlsCertificate: String? {
        FileManager.default.fileExists(atPath: folder + "/server.crt") ? folder + "/server.crt" : nil
    }
    let binaries: String
    let runAs: ServerUser?

    /// The cluster of this test process, started on first use.
    public static func shared() throws -> PostgresCluster {
        try started.get()
    }

    /// Whether the PostgreSQL tests run: the server's programs are installed, or CI requires
    /// them (`CARNET_REQUIRE_POSTGRES=1`, so that a missing server fails instead of skipping).
    public static var shouldRun: Bool {
        isRequired || PostgresBinaries.folder() != nil
    }

    /// Why the PostgreSQL tests were skipped.
    public static let skipReason =
        "PostgreSQL is not installed (no initdb in pg_config --bindir or /usr/lib/postgresql/*/bin; scripts/bootstrap installs it)"

    /// Whether CI asked for the PostgreSQL tests to fail rather than skip.
    public static var isRequired: Bool {
        ProcessInfo.processInfo.environment["CARNET_REQUIRE_POSTGRES"] == "1"
    }

    private static let started: Result<PostgresCluster, PostgresClusterError> = {
        do {
            let cluster = try start()
            running = cluster
            atexit { PostgresCluster.running?.stop() }
            return .success(cluster)
        } catch let error as PostgresClusterError {
            return .failure(error)
        } catch {
            return .failure(PostgresClusterError(String(describing: error)))
        }
    }()
    private nonisolated(unsafe) static var running: PostgresCluster?

    private init(port: Int, password: String, folder: String, binaries: String, runAs: ServerUser?) {
        self.port = port
        self.superuserPassword = password
        self.folder = folder
        self.binaries = binaries
        self.runAs = runAs
    }

    /// Creates a new, empty database with a unique name beginning with `label`, and returns
    /// its name. Each suite (or test) takes its own, so they never see each other's rows.
    public func makeDatabase(_ label: String) throws -> String {
        let suffix = UUID().uuidString.prefix(8).lowercased()
        let name = "\(label.lowercased())_\(suffix)"
        try psql("CREATE DATABASE \(name)")
        return name
    }

    /// Runs one SQL command as the superuser over the local socket (`CREATE DATABASE` must
    /// be alone in its command). Returns what psql printed, unaligned and without headers.
    @discardableResult
    public func psql(_ sql: String, database: String = "postgres") throws -> String {
        try run(
            "psql",
            [
                "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-h", folder, "-p", String(port), "-U",
                superuser,
                "-d", database, "-c", sql,
            ])
    }

    /// A `postgres://` URL for a database of this cluster, with the superuser and no password.
    public func url(database: String, user: String? = nil) -> String {
        "postgres://\(user ?? superuser)@\(host):\(port)/\(database)?sslmode=disable"
    }

    /// The same URL with the superuser's password in it, for a process (`carnet`, a store
    /// opened through `StoreLocation`) that reads no test environment.
    public func urlWithPassword(database: String) -> String {
        let password = superuserPassword.addingPercentEncoding(withAllowedCharacters: .urlPasswordAllowed) ?? ""
        return "postgres://\(superuser):\(password)@\(host):\(port)/\(database)?sslmode=disable"
    }

    // MARK: - Starting and stopping

    private static func start() throws -> PostgresCluster {
        guard let binaries = PostgresBinaries.folder() else { throw PostgresClusterError(skipReason) }
        let runAs = getuid() == 0 ? try ServerUser.unprivileged() : nil
        let folder = try makeFolder(owner: runAs)
        let password = UUID().uuidString
        let passwordFile = folder + "/superuser-password"
        try password.write(toFile: passwordFile, atomically: false, encoding: .utf8)
        if let runAs { _ = chown(passwordFile, runAs.uid, runAs.gid) }
        var lastError: (any Error)?
        // A free port can be taken between our probe and the server's bind: try a few.
        for _ in 0..<3 {
            let port = try freePort()
            let cluster = PostgresCluster(
                port: port, password: password, folder: folder, binaries: binaries, runAs: runAs)
            do {
                try cluster.initialise(passwordFile: passwordFile)
                try cluster.startServer()
                try cluster.watchOverTestProcess()
                return cluster
            } catch {
                lastError = error
                cluster.stop(removing: false)
            }
        }
        try? FileManager.default.removeItem(atPath: folder)
        throw PostgresClusterError(
            "cannot start PostgreSQL: \(lastError.map { String(describing: $0) } ?? "")")
    }

    private func initialise(passwordFile: String) throws {
        guard !FileManager.default.fileExists(atPath: folder + "/data/PG_VERSION") else { return }
        try run(
            "initdb",
            [
                "-D", folder + "/data", "-U", superuser, "--pwfile=" + passwordFile, "--auth-local=trust",
                "--auth-host=scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync",
            ])
    }

    private func startServer() throws {
        // Durability is pointless for a cluster deleted at exit; these make the tests faster.
        var options = [
            "-p \(port)", "-k \(folder)", "-c listen_addresses=\(host)", "-c fsync=off",
            "-c synchronous_commit=off", "-c full_page_writes=off", "-c max_connections=100",
        ]
        if try makeCertificate() {
            options += [
                "-c ssl=on", "-c ssl_cert_file=\(folder)/server.crt", "-c ssl_key_file=\(folder)/server.key",
            ]
        }
        try run(
            "pg_ctl",
            [
                "-D", folder + "/data", "-l", folder + "/server.log", "-o", options.joined(separator: " "),
                "-w",
                "-t", "60", "start",
            ])
    }

    /// A self-signed certificate for 127.0.0.1, so the tests can check TLS for real; false
    /// when there is no `openssl` to make one.
    private func makeCertificate() throws -> Bool {
        let openssl = "/usr/bin/openssl"
        guard FileManager.default.isExecutableFile(atPath: openssl) else { return false }
        if tlsCertificate != nil { return true }
        let output = folder + "/openssl.out"
        let status = try Spawn.run(
            openssl,
            [
                "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=\(host)",
                "-addext",
                "subjectAltName=IP:\(host)", "-keyout", folder + "/server.key", "-out",
                folder + "/server.crt",
            ],
            environment: ProcessInfo.processInfo.environment, directory: folder, output: output)
        guard status == 0 else {
            let printed = String(
                decoding: FileManager.default.contents(atPath: output) ?? Data(), as: UTF8.self)
            throw PostgresClusterError("openssl could not make a certificate: " + printed)
        }
        // The server refuses a key that others can read.
        chmod(folder + "/server.key", 0o600)
        if let runAs {
            for file in ["server.key", "server.crt"] { _ = chown(folder + "/" + file, runAs.uid, runAs.gid) }
        }
        return true
    }

    /// A shell that stops the server and removes its folder once this process is gone,
    /// however it ended (`atexit` does not run when a test process is killed).
    private func watchOverTestProcess() throws {
        let stop =
            (runAs.map { "/usr/bin/setpriv --reuid=\($0.uid) --regid=\($0.gid) --init-groups " } ?? "")
            + "'\(binaries)/pg_ctl' -D '\(folder)/data' -m immediate -w stop"
        let script =
            "while kill -0 \(getpid()) 2>/dev/null; do sleep 1; done; \(stop) >/dev/null 2>&1; rm -rf '\(folder)'"
        _ = try Spawn.start(
            "/bin/sh", ["-c", script], environment: ProcessInfo.processInfo.environment, directory: "/",
            output: "/dev/null")
    }

    /// Stops the server at once and removes its folder.
    func stop(removing: Bool = true) {
        _ = try? run("pg_ctl", ["-D", folder + "/data", "-m", "immediate", "-w", "stop"])
        if removing { try? FileManager.default.removeItem(atPath: folder) }
    }

    private static func makeFolder(owner: ServerUser?) throws -> String {
        let pattern = (NSTemporaryDirectory() as NSString).appendingPathComponent("carnet-pg-XXXXXX")
        var template = Array(pattern.utf8CString)
        guard let made = mkdtemp(&template) else {
            throw PostgresClusterError("cannot create a temporary folder")
        }
        let folder = String(cString: made)
        if let owner { _ = chown(folder, owner.uid, owner.gid) }
        return folder
    }

    /// A port that nothing listens on now: the kernel's pick for a socket bound to port 0.
    private static func freePort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw PostgresClusterError("cannot open a socket") }
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { generic in
                bind(fd, generic, length) == 0 && getsockname(fd, generic, &length) == 0
            }
        }
        guard bound else { throw PostgresClusterError("cannot find a free port") }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    /// Runs one of the server's programs (as the unprivileged user when we are root) and
    /// returns its output; throws with its output when it fails.
    @discardableResult
    private func run(_ program: String, _ arguments: [String]) throws -> String {
        var command = [binaries + "/" + program] + arguments
        if let runAs {
            command =
                ["/usr/bin/setpriv", "--reuid=\(runAs.uid)", "--regid=\(runAs.gid)", "--init-groups"]
                + command
        }
        var environment = ProcessInfo.processInfo.environment
        environment["PGPASSWORD"] = nil
        environment["LC_ALL"] = "C.UTF-8"
        let output = folder + "/\(program)-\(UUID().uuidString).out"
        defer { try? FileManager.default.removeItem(atPath: output) }
        let status = try Spawn.run(
            command[0], Array(command.dropFirst()), environment: environment, directory: folder,
            output: output)
        let printed = String(decoding: FileManager.default.contents(atPath: output) ?? Data(), as: UTF8.self)
        guard status == 0 else { throw PostgresClusterError("\(program) failed: " + printed) }
        return printed.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

/// Why the throwaway cluster could not start.
public struct PostgresClusterError: Error, CustomStringConvertible {
    public let description: String
    init(_ description: String) { self.description = description }
}

/// The user the server runs as when the tests run as root.
struct ServerUser: Sendable {
    let uid: uid_t
    let gid: gid_t

    /// Debian's `postgres` user, else `nobody`.
    static func unprivileged() throws -> ServerUser {
        for name in ["postgres", "nobody"] {
            if let entry = getpwnam(name) {
                return ServerUser(uid: entry.pointee.pw_uid, gid: entry.pointee.pw_gid)
            }
        }
        throw PostgresClusterError("running as root, and no postgres or nobody user to run PostgreSQL as")
    }
}

/// Where PostgreSQL's server programs are.
public enum PostgresBinaries {
    /// `pg_config --bindir` when it has `initdb`, else the newest `/usr/lib/postgresql/*/bin`
    /// (Debian's layout, where `pg_config` may be absent).
    public static func folder() -> String? {
        if let configured = bindir(), hasInitdb(configured) { return configured }
        let root = "/usr/lib/postgresql"
        let versions = (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
        let newestFirst = versions.sorted { (Int($0) ?? 0) > (Int($1) ?? 0) }
        return newestFirst.map { "\(root)/\($0)/bin" }.first(where: hasInitdb)
    }

    private static func hasInitdb(_ folder: String) -> Bool {
        FileManager.default.isExecutableFile(atPath: folder + "/initdb")
    }

    private static func bindir() -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        guard
            let pgConfig = path.split(separator: ":").map({ "\($0)/pg_config" })
                .first(where: FileManager.default.isExecutableFile(atPath:))
        else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: pgConfig)
        process.arguments = ["--bindir"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
