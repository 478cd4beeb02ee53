import CarnetCore
import Foundation
import NIOCore
import PostgresNIO

/// Rows for `COPY … FROM STDIN` in PostgreSQL's text format: fields split by tabs, rows by
/// newlines, a backslash before every tab, newline and backslash of a value, `\N` for null.
struct PostgresCopyRows {
    private(set) var buffer = ByteBufferAllocator().buffer(capacity: 64 * 1024)
    private(set) var count = 0

    /// Appends one row; its fields in the order of the copy's columns.
    mutating func add(_ fields: [String?]) {
        for (index, field) in fields.enumerated() {
            if index > 0 { buffer.writeStaticString("\t") }
            guard let field else {
                buffer.writeStaticString("\\N")
                continue
            }
            // Most fields hold nothing to escape: written whole, not byte by byte.
            guard field.utf8.contains(where: Self.escaped) else {
                buffer.writeString(field)
                continue
            }
            for byte in field.utf8 {
                switch byte {
                case UInt8(ascii: "\\"): buffer.writeStaticString("\\\\")
                case UInt8(ascii: "\t"): buffer.writeStaticString("\\t")
                case UInt8(ascii: "\n"): buffer.writeStaticString("\\n")
                case UInt8(ascii: "\r"): buffer.writeStaticString("\\r")
                default: buffer.writeInteger(byte)
                }
            }
        }
        buffer.writeStaticString("\n")
        count += 1
    }

    /// Whether a byte of a field is written escaped.
    private static func escaped(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "\\") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n")
            || byte == UInt8(ascii: "\r")
    }

    /// A bytea field (`\x` and its bytes in hex, the backslash itself escaped). The chain's
    /// hex, not `String(format:)`: 0.4 µs a hash rather than 36, a million times in the large
    /// demo.
    static func bytes(_ data: Data) -> String {
        "\\x" + AccessChain.hex(data)
    }
}

extension PostgresSession {
    /// Sends `rows` with one `COPY table (columns) FROM STDIN` and waits for the server: the
    /// bulk path of a large write (the demo's million events), a statement's triggers firing
    /// once for the whole batch. Column names are given as the server keeps them (lower case).
    func copy(into table: String, columns: [String], rows: PostgresCopyRows) throws {
        guard rows.count > 0 else { return }
        let outcome = CopyOutcome()
        let connection = connection
        let logger = logger
        let data = rows.buffer
        Task {
            do {
                try await connection.copyFrom(
                    table: table.lowercased(), columns: columns.map { $0.lowercased() }, logger: logger
                ) { writer in try await writer.write(data) }
                outcome.finish(nil)
            } catch {
                outcome.finish(error)
            }
        }
        if let error = outcome.wait() {
            throw PostgresSessionError.failed(error, server: location.serverName)
        }
    }
}

/// How a copy ended, handed from the driver's task to the waiting caller.
private final class CopyOutcome: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var error: (any Error)?

    func finish(_ error: (any Error)?) {
        self.error = error
        done.signal()
    }

    func wait() -> (any Error)? {
        done.wait()
        return error
    }
}
