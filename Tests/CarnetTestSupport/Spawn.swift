import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Runs a program and waits for it with `posix_spawn` and `waitpid`, not `Process`: a
/// program that leaves a daemon behind (`pg_ctl start`) would pass it the descriptor
/// Foundation watches for the end of its child, which then never comes. The child gets only
/// standard input (null), and standard output and error (a file): every other descriptor
/// of the test process, such as another test's pipes, is closed in it.
enum Spawn {
    /// Runs `executable` with `arguments` in `directory`, its output and errors in the file
    /// `output`, and returns its exit status (or 128 + the signal that ended it).
    static func run(
        _ executable: String, _ arguments: [String], environment: [String: String], directory: String,
        output: String
    ) throws -> Int32 {
        let pid = try start(
            executable, arguments, environment: environment, directory: directory, output: output)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let signal = status & 0x7f
        return signal == 0 ? (status >> 8) & 0xff : 128 + signal
    }

    /// Starts the program and returns its process id, without waiting for it.
    static func start(
        _ executable: String, _ arguments: [String], environment: [String: String], directory: String,
        output: String
    ) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        guard let closeFrom = GlibcExtension.closeFrom, let changeDirectory = GlibcExtension.changeDirectory
        else {
            throw PostgresClusterError(
                "this C library has no posix_spawn_file_actions_addclosefrom_np (glibc 2.34 or later)")
        }
        _ = closeFrom(&actions, 3)
        _ = changeDirectory(&actions, directory)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, executable, &actions, nil, argv, envp)
        guard spawned == 0 else {
            throw PostgresClusterError("cannot run \(executable): \(String(cString: strerror(spawned)))")
        }
        return pid
    }
}

/// glibc's `posix_spawn` extensions, which Swift's Glibc module does not declare (they need
/// `_GNU_SOURCE`): looked up by name in the C library.
private enum GlibcExtension {
    typealias CloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
    typealias ChangeDirectory =
        @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, UnsafePointer<CChar>) -> Int32

    static let closeFrom = function("posix_spawn_file_actions_addclosefrom_np", as: CloseFrom.self)
    static let changeDirectory = function("posix_spawn_file_actions_addchdir_np", as: ChangeDirectory.self)

    private static func function<T>(_ name: String, as type: T.Type) -> T? {
        guard let address = dlsym(nil, name) else { return nil }
        return unsafeBitCast(address, to: type)
    }
}
