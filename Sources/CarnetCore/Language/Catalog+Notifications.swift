extension Catalog {
    // Words of banners and the notification inbox.
    static let notificationsEnglish: [Phrase: String] = [:]

    static let notificationsFrench: [Phrase: String] = [:]
}
