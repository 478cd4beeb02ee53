import Foundation

/// Walks JSON bytes without building objects: where each member of the top-level object and
/// each element of an array begins and ends. A Bundle of 100,000 entries is then parsed one
/// entry at a time (JSONSerialization on a slice) instead of as one tree of millions of
/// objects, which keeps memory near the size of the file. Only structure is checked here
/// (strings, brackets, depth); the values themselves are checked when an entry is parsed.
struct JSONSkimmer {
    /// Nesting deeper than this is refused: no FHIR resource comes near it, and a parser
    /// that recursed on it could run out of stack.
    static let maximumDepth = 64

    let bytes: UnsafeRawBufferPointer

    enum Failure: Error, Equatable {
        /// Not JSON at this byte offset.
        case malformed(offset: Int)
        case tooDeep(offset: Int)
    }

    /// The members of the object starting at `start`: key → byte range of its value.
    func members(ofObjectAt start: Int) throws -> [(key: String, value: Range<Int>)] {
        var index = skipSpace(start)
        guard index < bytes.count, bytes[index] == UInt8(ascii: "{") else { throw Failure.malformed(offset: index) }
        index = skipSpace(index + 1)
        var members: [(String, Range<Int>)] = []
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") { return [] }
        while true {
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
                throw Failure.malformed(offset: index)
            }
            let keyEnd = try skipString(index)
            let key = try decodeString(index..<keyEnd)
            index = skipSpace(keyEnd)
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { throw Failure.malformed(offset: index) }
            let valueStart = skipSpace(index + 1)
            let valueEnd = try skipValue(valueStart, depth: 1)
            members.append((key, valueStart..<valueEnd))
            index = skipSpace(valueEnd)
            guard index < bytes.count else { throw Failure.malformed(offset: index) }
            if bytes[index] == UInt8(ascii: "}") { return members }
            guard bytes[index] == UInt8(ascii: ",") else { throw Failure.malformed(offset: index) }
            index = skipSpace(index + 1)
        }
    }

    /// Calls `body` with the byte range of each element of the array in `range`.
    func elements(ofArray range: Range<Int>, _ body: (Range<Int>) throws -> Void) throws {
        var index = skipSpace(range.lowerBound)
        guard index < range.upperBound, bytes[index] == UInt8(ascii: "[") else {
            throw Failure.malformed(offset: index)
        }
        index = skipSpace(index + 1)
        if index < range.upperBound, bytes[index] == UInt8(ascii: "]") { return }
        while true {
            let end = try skipValue(index, depth: 2)
            try body(index..<end)
            index = skipSpace(end)
            guard index < range.upperBound else { throw Failure.malformed(offset: index) }
            if bytes[index] == UInt8(ascii: "]") { return }
            guard bytes[index] == UInt8(ascii: ",") else { throw Failure.malformed(offset: index) }
            index = skipSpace(index + 1)
        }
    }

    /// The offset just past the value that starts at `start`.
    func skipValue(_ start: Int, depth: Int) throws -> Int {
        guard depth <= Self.maximumDepth else { throw Failure.tooDeep(offset: start) }
        guard start < bytes.count else { throw Failure.malformed(offset: start) }
        switch bytes[start] {
        case UInt8(ascii: "\""): return try skipString(start)
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            let close = bytes[start] == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]")
            var index = skipSpace(start + 1)
            if index < bytes.count, bytes[index] == close { return index + 1 }
            while true {
                if close == UInt8(ascii: "}") {
                    guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
                        throw Failure.malformed(offset: index)
                    }
                    index = skipSpace(try skipString(index))
                    guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
                        throw Failure.malformed(offset: index)
                    }
                    index = skipSpace(index + 1)
                }
                index = skipSpace(try skipValue(index, depth: depth + 1))
                guard index < bytes.count else { throw Failure.malformed(offset: index) }
                if bytes[index] == close { return index + 1 }
                guard bytes[index] == UInt8(ascii: ",") else { throw Failure.malformed(offset: index) }
                index = skipSpace(index + 1)
            }
        default:
            // A number, true, false or null: up to the next delimiter.
            var index = start
            while index < bytes.count {
                switch bytes[index] {
                case UInt8(ascii: ","), UInt8(ascii: "}"), UInt8(ascii: "]"), 0x20, 0x0A, 0x0D, 0x09:
                    guard index > start else { throw Failure.malformed(offset: start) }
                    return index
                default: index += 1
                }
            }
            guard index > start else { throw Failure.malformed(offset: start) }
            return index
        }
    }

    /// Whether only white space follows `offset`.
    func isBlank(from offset: Int) -> Bool {
        skipSpace(offset) == bytes.count
    }

    func skipSpace(_ start: Int) -> Int {
        var index = start
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x0A, 0x0D, 0x09: index += 1
            default: return index
            }
        }
        return index
    }

    private func skipString(_ start: Int) throws -> Int {
        var index = start + 1
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "\\"): index += 2
            case UInt8(ascii: "\""): return index + 1
            default: index += 1
            }
        }
        throw Failure.malformed(offset: start)
    }

    private func decodeString(_ range: Range<Int>) throws -> String {
        // Keys are plain words: read them as they are unless they hold an escape.
        let inner = (range.lowerBound + 1)..<(range.upperBound - 1)
        if !bytes[inner].contains(UInt8(ascii: "\\")) {
            return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[inner]), as: UTF8.self)
        }
        let slice = Data(bytes[range])
        guard let text = try? JSONSerialization.jsonObject(with: slice, options: .fragmentsAllowed) as? String
        else { throw Failure.malformed(offset: range.lowerBound) }
        return text
    }
}
