import Foundation

/// What a demo being written holds: `demo.sqlite.partial` (and its `-wal`, `-shm`) and a lock
/// beside it. A demo killed midway leaves the partial file (57 MB for a large one); the next
/// command of any kind removes it, unless a demo still writing holds the lock.
public enum DemoLeftovers {
    /// Removes the partial files of an interrupted demo write at `path`, if no demo is writing.
    public static func clean(beside path: String) {
        let partial = path + ".partial"
        guard FileManager.default.fileExists(atPath: partial) || FileManager.default.fileExists(atPath: partial + "-wal")
        else { return }
        guard let lock = WriterLock(path) else { return }
        DemoRecord.removeDatabaseFiles(at: partial)
        lock.release()
    }

    /// The lock a demo holds while it writes `path.partial`: `flock` on a file beside it,
    /// released by the kernel when the process ends, however it ends.
    final class WriterLock {
        private let fd: Int32
        private let file: String

        /// Nil when another process holds it. Where no lock file can be made (a folder not
        /// there yet, or not writable) nobody else can hold one either: it is held trivially.
        init?(_ path: String) {
            file = path + ".partial.lock"
            fd = open(file, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
            guard fd >= 0 else { return }
            guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
                close(fd)
                return nil
            }
        }

        func release() {
            guard fd >= 0 else { return }
            unlink(file)
            flock(fd, LOCK_UN)
            close(fd)
        }
    }
}
