import Foundation

/// Work too slow for the run loop (verifying a long access history), run on another thread;
/// its answers wait here as messages until the loop next wakes.
final class BackgroundWork: @unchecked Sendable {
    private let lock = NSLock()
    private var running = 0
    private var done: [Msg] = []
    /// The jobs running, to abandon if the browser ends before they do.
    private var jobs: [RecordJob] = []

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

    /// Runs a job; it is abandoned by `abandonJobs` if the browser ends first.
    func run(_ job: RecordJob, _ work: @escaping @Sendable (_ post: @escaping @Sendable (Msg) -> Void) -> Msg)
    {
        lock.withLock { jobs.append(job) }
        run { post in
            let msg = work(post)
            self.lock.withLock { self.jobs.removeAll { $0 == job } }
            return msg
        }
    }

    /// The browser is ending: each job still running removes what it half wrote.
    func abandonJobs() {
        for job in lock.withLock({ jobs }) { job.work.abandon() }
    }

    /// The answers that arrived, oldest first.
    func answers() -> [Msg] {
        lock.withLock {
            defer { done = [] }
            return done
        }
    }
}
