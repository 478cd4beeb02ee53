import Foundation

/// One row of a WHO growth table: the Box-Cox power L, the median M and the coefficient of
/// variation S of a measurement at one age (Cole's LMS method, which the WHO standards use).
struct LMS: Sendable, Equatable {
    var l: Double
    var m: Double
    var s: Double

    /// The z-score of a measurement: ((y/M)^L − 1) / (L·S), or ln(y/M)/S when L is 0.
    func zScore(_ y: Double) -> Double {
        l == 0 ? log(y / m) / s : (pow(y / m, l) - 1) / (l * s)
    }

    /// The WHO's "restricted application of the LMS method" for weight: beyond ±3 the
    /// distance is counted in units of the 2–3 SD interval, so that the long tail of the
    /// Box-Cox curve does not shrink extreme z-scores (WHO Child Growth Standards, Methods
    /// and development, 2006, chapter 7; `compute_zscore_adjusted` in the WHO's R package anthro).
    func restrictedZScore(_ y: Double) -> Double {
        let z = zScore(y)
        if z > 3 {
            let sd3 = value(atZ: 3)
            return 3 + (y - sd3) / (sd3 - value(atZ: 2))
        }
        if z < -3 {
            let sd3 = value(atZ: -3)
            return -3 + (y - sd3) / (value(atZ: -2) - sd3)
        }
        return z
    }

    /// The measurement at a z-score: M·(1 + L·S·z)^(1/L), or M·exp(S·z) when L is 0.
    func value(atZ z: Double) -> Double {
        l == 0 ? m * exp(s * z) : m * pow(1 + l * s * z, 1 / l)
    }

    /// The WHO 2007 reference's rule between two whole months: L, M and S each linearly
    /// between the rows (`zscore_indicator` in the WHO's R package anthroplus).
    func interpolated(to next: LMS, fraction: Double) -> LMS {
        LMS(l: l + fraction * (next.l - l), m: m + fraction * (next.m - m), s: s + fraction * (next.s - s))
    }
}
