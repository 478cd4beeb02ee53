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
        lock.withLock { running += 1 }
        Thread.detachNewThread { [self] in
            let msg = job()
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
