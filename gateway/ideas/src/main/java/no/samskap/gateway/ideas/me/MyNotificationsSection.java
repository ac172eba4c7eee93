package no.samskap.gateway.ideas.me;

import io.micronaut.http.HttpParameters;
import jakarta.inject.Singleton;
import no.samskap.gateway.shell.me.MyPageSection;
import no.samskap.gateway.shell.me.MyPageViewer;
import no.samskap.gateway.shell.web.CsrfTokens;
import no.samskap.gateway.shell.web.Texts;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import static no.samskap.gateway.shell.web.Html.escape;

/** The person's notifications on "Min side", newest first, with the form that marks them all read; a script keeps it live. */
@Singleton
final class MyNotificationsSection implements MyPageSection {

    static final String ANCHOR = "my-notifications";

    private final MyPageRows rows;

    MyNotificationsSection(MyPageRows rows) {
        this.rows = rows;
    }

    @Override
    public Placement placement() {
        return new Placement(ANCHOR, "me.notifications.heading", 50);
    }

    @Override
    public Optional<String> content(MyPageViewer viewer) {
        var feed = rows.feedOf(viewer.subject());
        var texts = viewer.texts();
        var html = new StringBuilder("<p id=\"unread-count\">")
            .append(texts.text("me.notifications.unread", feed.unreadCount())).append("</p>\n");
        if (feed.unreadCount() > 0) {
            html.append("""
                <form method="post" action="/meg/varsler/lest" id="mark-all-read-form">
                  <input type="hidden" name="%s" value="%s">
                  <button type="submit" id="mark-all-read">%s</button>
                </form>
                """.formatted(CsrfTokens.FIELD, escape(viewer.csrfToken()), texts.text("me.notifications.markAllRead")));
        }
        if (feed.notifications().isEmpty()) {
            html.append("<p id=\"no-notifications\">").append(texts.text("me.notifications.none")).append("</p>\n");
        }
        html.append("<ol id=\"notifications\" data-stream=\"/api/me/notifications/stream\">\n");
        feed.notifications().forEach(notification -> html.append(notification(notification, texts).indent(2)));
        return Optional.of(html.append("</ol>\n").toString());
    }

    @Override
    public Optional<String> confirmation(HttpParameters query) {
        var read = query.get("lest");
        return "1".equals(read) ? Optional.of("me.notifications.allRead")
            : "feil".equals(read) ? Optional.of("me.notifications.markFailed")
            : Optional.empty();
    }

    @Override
    public Optional<String> script() {
        return Optional.of("/assets/my-page.js");
    }

    private static String notification(MyPageRows.MyNotification notification, Texts texts) {
        var unread = notification.unread();
        var html = new StringBuilder("<li class=\"notification" + (unread ? " unread" : "") + "\" data-idea-id=\""
            + escape(notification.ideaId()) + "\" data-notification-id=\"" + escape(notification.id()) + "\">");
        if (unread) {
            html.append("<strong class=\"unread-marker\">").append(texts.text("me.notifications.unreadMarker"))
                .append("</strong> ");
        }
        html.append(IdeaTitles.of(notification.ideaId(), notification.ideaTitle(), notification.ideaPublic())).append(": ")
            .append(texts.word("me.notification", notification.kind())).append(noteOf(notification, texts))
            .append(" <time datetime=\"").append(escape(notification.addedAt().toString())).append("\">")
            .append(texts.date(notification.addedAt())).append("</time></li>");
        return html.toString();
    }

    /** An assessment's date to answer by, or the date it was moved to, or the start of an answer; others have no note. */
    private static String noteOf(MyPageRows.MyNotification notification, Texts texts) {
        var note = notification.note();
        if (note == null || note.isBlank()) {
            return "";
        }
        if ("under-assessment".equals(notification.kind()) || "response-date-changed".equals(notification.kind())) {
            try {
                // Texts escapes the date again; a formatted date holds nothing that escaping changes.
                return " " + texts.text("idea.timeline.respondBy", texts.date(LocalDate.parse(note)));
            } catch (DateTimeParseException notADate) {
                return "";
            }
        }
        return " <q class=\"note\">" + escape(note) + "</q>";
    }
}
