import Glibc

/// Keeps glibc's heap from shrinking and growing again on every insert.
///
/// Each run of an insert whose table has a CHECK with an `IN (…)` list makes SQLite build a
/// small temporary B-tree (about 85 KB of page cache) and free it when the statement ends.
/// With glibc's default 128 KB trim threshold that free hands the top of the heap back to the
/// kernel, and the next insert takes it again: two `brk()` calls per row, 2.2 million of them
/// and 21 s of system time for the large demo. A higher threshold keeps that memory for
/// reuse; the peak does not change, only how soon freed memory is returned.
enum HeapTuning {
    /// `mallopt` is in glibc's <malloc.h>, which Swift's Glibc module does not import; its
    /// parameters are fixed numbers of glibc's interface.
    private typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
    private static let trimThreshold: Int32 = -1  // M_TRIM_THRESHOLD
    private static let topPad: Int32 = -2  // M_TOP_PAD

    static let applied: Bool = {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else { return false }
        let mallopt = unsafeBitCast(symbol, to: Mallopt.self)
        return mallopt(trimThreshold, 32 << 20) == 1 && mallopt(topPad, 1 << 20) == 1
    }()
}
