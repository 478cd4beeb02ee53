// The helpers shared with CarnetTUITests, seen by every file of this target as if they were
// its own, so that the end-to-end tests read the same without an import of their own.
@_exported import CarnetTestSupport
