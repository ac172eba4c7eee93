package no.samskap.gateway.shell.notifications.digest;

import no.samskap.gateway.shell.notifications.FeedEntry;
import no.samskap.gateway.shell.notifications.NotificationWordings;
import no.samskap.gateway.shell.web.Html;
import no.samskap.gateway.shell.web.Texts;

import java.util.List;

/** A digest's subject and HTML body in the person's language, every entry worded as on their page. */
record DigestMail(String subject, String body) {

    static DigestMail of(List<FeedEntry> entries, Texts texts, NotificationWordings wordings, String siteUrl) {
        var items = new StringBuilder();
        entries.forEach(entry -> items.append("<li>").append(title(entry, siteUrl)).append(' ')
            .append(wordings.whatHappened(entry, texts)).append(" (").append(texts.date(entry.notifiedAt()))
            .append(")</li>\n"));
        var body = """
            <!DOCTYPE html>
            <html lang="%s">
            <head><meta charset="utf-8"><title>%s</title></head>
            <body>
            <h1>%s</h1>
            <ul>
            %s</ul>
            <p>%s <a href="%s/meg#notification-digest">%s</a></p>
            </body>
            </html>
            """.formatted(texts.language().tag(), texts.text("notifications.digest.subject", entries.size()),
            texts.text("notifications.digest.heading", entries.size()), items,
            texts.text("notifications.digest.why"), Html.escape(siteUrl), texts.text("notifications.digest.change"));
        // The subject texts hold no character that escaping changes, so the escaped text is also the plain one.
        return new DigestMail(texts.text("notifications.digest.subject", entries.size()), body);
    }

    /** Only a path of this site is linked, so a service cannot put another site's address into a mail. */
    private static String title(FeedEntry entry, String siteUrl) {
        var title = "<strong>" + Html.escape(entry.subjectTitle()) + "</strong>";
        var path = entry.linkPath();
        return path.startsWith("/") && !path.startsWith("//")
            ? "<a href=\"" + Html.escape(siteUrl + path) + "\">" + title + "</a>" : title;
    }
}
