import Foundation

/// Work too slow for the run loop (verifying a long access history), run on another thread;
/// its answers wait here as messages until the loop next wakes.
final class BackgroundWork: @unchecked Sendable {
    private let lock = NSLock()
    private var running = 0
    private var done: [Msg] = []

    /// Whether an answer is still to come or waiting.
    var busy: Bool { lock.withLock { running > 0 || !done.isEmpty } }

    func run(_ job: @escaping @Sendable () -> Msg) {
        run { _ in job() }
    }

    /// Runs work that also says how it advances: each message given to `post` waits for the
    /// loop like the answer, in order.
    func run(_ job: @escaping @Sendable (_ post: @escaping @Sendable (Msg) -> Void) -> Msg) {
        lock.withLock { running += 1 }
        Thread.detachNewThread { [self] in
            let msg = job { progress in self.lock.withLock { self.done.append(progress) } }
            lock.withLock {
                running -= 1
                done.append(msg)
            }
        }
    }

    /// The answers that arrived, oldest first.
    func answers() -> [Msg] {
        lock.withLock {
            defer { done = [] }
            return done
        }
    }
}
