import Foundation

/// A health record is private: the file, its `-wal` and `-shm`, and carnet's data folder are
/// for their owner only. What is the user's own and open to others is tightened; what is not
/// theirs is only reported.
public enum RecordPermissions {
    /// A file or folder that was, or is, open to other users.
    public struct Note: Equatable, Sendable {
        public var path: String
        /// Its mode before (permission bits only).
        public var mode: mode_t
        /// Its mode now, when carnet tightened it; nil when it is not the user's to change.
        public var tightened: mode_t?
    }

    /// Checks the record at `path`, its `-wal` and `-shm`, and its folder when that folder is
    /// carnet's own data folder (never a folder of the user's choosing, such as ~/Documents).
    public static func secure(record path: String, dataDirectory: String = DataPaths.dataDirectory()) -> [Note] {
        var notes: [Note] = []
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty, (folder as NSString).standardizingPath == (dataDirectory as NSString).standardizingPath,
            let note = secure(folder, private: 0o700)
        {
            notes.append(note)
        }
        for suffix in ["", "-wal", "-shm"] {
            if let note = secure(path + suffix, private: 0o600) { notes.append(note) }
        }
        return notes
    }

    private static func secure(_ path: String, private wanted: mode_t) -> Note? {
        var info = stat()
        guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG || (info.st_mode & S_IFMT) == S_IFDIR
        else { return nil }
        let mode = info.st_mode & 0o7777
        guard mode & 0o077 != 0 else { return nil }
        guard info.st_uid == geteuid() else { return Note(path: path, mode: mode, tightened: nil) }
        let tightened = mode & wanted
        guard chmod(path, tightened) == 0 else { return Note(path: path, mode: mode, tightened: nil) }
        return Note(path: path, mode: mode, tightened: tightened)
    }
}
