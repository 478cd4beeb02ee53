import ArgumentParser
import CarnetCore
import Foundation

/// The patient's notifications from the command line: the inbox, marking read, and which
/// kinds show a banner in the browser.
struct NotificationsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "notifications",
        abstract: CommandLanguage.text[.abstractNotifications],
        discussion: CommandLanguage.text[.discussionNotifications],
        subcommands: [List.self, Read.self, Prefs.self], defaultSubcommand: List.self)

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list", abstract: CommandLanguage.text[.abstractNotificationsList])

        @OptionGroup var record: RecordOptions
        @OptionGroup var listing: ListingOptions
        @Flag(help: ArgumentHelp(CommandLanguage.text[.helpNotificationsListUnread])) var unread = false

        func run() throws {
            let store = try record.openForReading()
            let patient = try record.patient(in: store)
            let dates = ISODate()
            if listing.json {
                var json = JSONArrayWriter()
                try store.forEachNotice(of: patient.id, unreadOnly: unread, limit: listing.limit) { notice in
                    let event = notice.event
                    json.add([
                        "id": .string(String(notice.id)), "at": .string(dates.string(event.at)),
                        "kind": .string(notice.kind.rawValue), "read": .bool(!notice.notification.unread),
                        "readAt": .optional(notice.notification.readAt.map(dates.string)),
                        "eventId": .string(String(event.id)), "actorId": .string(event.actorId),
                        "actorName": .string(event.actorName), "profession": .optional(notice.profession),
                        "action": .string(event.action.rawValue), "target": .string(event.target),
                        "outcome": .string(event.outcome.rawValue), "emergency": .bool(event.emergency),
                        "documentId": .optional(notice.document.map { String($0.id) }),
                        "documentTitle": .optional(notice.document?.title),
                    ])
                }
                json.finish()
                return
            }
            let text = CommandLanguage.text
            var table = TextTable(widths: [6, 16, 8])
            table.row([text[.tableId], text[.tableAt], text[.tableStatus], text[.tableNotice]])
            try store.forEachNotice(of: patient.id, unreadOnly: unread, limit: listing.limit) { notice in
                table.row([
                    String(notice.id), dates.minute(notice.event.at),
                    text[notice.notification.unread ? .noticeUnread : .noticeSeen], notice.sentence(text),
                ])
            }
            table.finish()
        }
    }

    struct Read: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "read",
            abstract: CommandLanguage.text[.abstractNotificationsRead])

        @OptionGroup var record: RecordOptions
        @Argument(help: ArgumentHelp(CommandLanguage.text[.helpNotificationsReadId])) var id: Int64?
        @Flag(help: ArgumentHelp(CommandLanguage.text[.helpNotificationsReadAll])) var all = false

        func validate() throws {
            if (id == nil) == !all { throw ValidationError(CommandLanguage.text[.readNeedsOne]) }
        }

        func run() throws {
            let (inbox, text) = try NotificationsCommand.inbox(record)
            do {
                if let id {
                    print(try inbox.markRead(id) ? text[.markedReadNumber, String(id)] : text[.alreadyRead])
                } else {
                    let count = try inbox.markAllRead()
                    print(count == 0 ? text[.nothingUnread] : text[.markedAllRead, String(count)])
                }
            } catch let error as InboxError {
                throw StoreError.refused(error.message(text))
            }
        }
    }

    struct Prefs: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "prefs",
            abstract:
                CommandLanguage.text[.abstractNotificationsPrefs],
            discussion: CommandLanguage.text[.discussionNotificationsPrefs])

        @OptionGroup var record: RecordOptions
        @Argument(help: ArgumentHelp(CommandLanguage.text[.helpNotificationsPrefsSettings], valueName: "topic on|off"))
        var settings: [String] = []

        /// The pairs asked for, in order.
        func changes() throws -> [(BannerTopic, Bool)] {
            guard settings.count % 2 == 0 else {
                throw ValidationError(CommandLanguage.text[.prefsNeedPairs])
            }
            return try stride(from: 0, to: settings.count, by: 2).map { index in
                guard let topic = BannerTopic(rawValue: settings[index]),
                    ["on", "off"].contains(settings[index + 1])
                else { throw ValidationError(CommandLanguage.text[.prefsNeedPairs]) }
                return (topic, settings[index + 1] == "on")
            }
        }

        func validate() throws {
            _ = try changes()
        }

        func run() throws {
            let (inbox, text) = try NotificationsCommand.inbox(record)
            for (topic, on) in try changes() { try inbox.setBanners(topic, on: on) }
            let preferences = try inbox.preferences()
            for topic in BannerTopic.allCases {
                let state = text[preferences.isOn(topic) ? .bannersOnWord : .bannersOffWord]
                print(text[.bannerOption, text[topic.phrase], state] + " (\(topic.rawValue))")
            }
            print(text[.alertsAlwaysBanner])
        }
    }

    static func inbox(_ record: RecordOptions) throws -> (NotificationInbox, Catalog) {
        umask(0o077)
        let store = try record.openForWriting()
        return (
            NotificationInbox(store: store, patient: try record.patient(in: store)), CommandLanguage.text
        )
    }
}
