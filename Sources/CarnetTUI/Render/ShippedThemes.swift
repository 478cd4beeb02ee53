/// The themes of `themes/`, compiled into the binary by SwiftPM's `embedInCode` (through the
/// `Themes` link beside this folder), so an installed carnet needs no file beside it. A test
/// checks that this list and the folder name the same themes.
enum ShippedThemes {
    /// Each shipped theme's file text, by theme name.
    static let texts: [String: String] = [
        "default": text(PackageResources.default_theme),
        "light": text(PackageResources.light_theme),
        "high-contrast": text(PackageResources.high_contrast_theme),
        "mono": text(PackageResources.mono_theme),
    ]

    /// Where a shipped theme lives in the repository, as error messages show it.
    static func path(of name: String) -> String {
        "themes/\(name).theme"
    }

    private static func text(_ bytes: [UInt8]) -> String {
        String(decoding: bytes, as: UTF8.self)
    }
}
