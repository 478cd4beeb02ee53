import CarnetCore
import CarnetTUI

/// Prints the findings, as lines for a person or as a JSON array for a program.
enum DoctorReport {
    static func printLines(_ findings: [DoctorFinding], _ text: Catalog) {
        // Paths, TERM and names are untrusted text on their way to a terminal.
        for finding in findings { print(Sanitizer.clean(finding.line(text))) }
        let problems = findings.filter { $0.status == .problem }.count
        let warnings = findings.filter { $0.status == .warning }.count
        if problems == 0 && warnings == 0 {
            print(text[.doctorSummaryOk])
        } else {
            print(text[.doctorSummary, String(problems), String(warnings)])
        }
    }

    /// One object per finding: `check`, `status` (ok, warning or problem), `value`, `found`, `advice`.
    static func printJSON(_ findings: [DoctorFinding]) {
        var json = JSONArrayWriter()
        for finding in findings {
            json.add([
                "check": .string(finding.check.rawValue), "status": .string(finding.status.rawValue),
                "value": .optional(finding.value), "found": .string(finding.found),
                "advice": .optional(finding.advice),
            ])
        }
        json.finish()
    }
}
