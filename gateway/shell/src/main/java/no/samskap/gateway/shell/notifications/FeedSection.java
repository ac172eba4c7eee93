package no.samskap.gateway.shell.notifications;

import io.micronaut.http.HttpParameters;
import jakarta.inject.Singleton;
import no.samskap.gateway.shell.me.MyPageSection;
import no.samskap.gateway.shell.me.MyPageViewer;
import no.samskap.gateway.shell.web.CsrfTokens;
import no.samskap.gateway.shell.web.Texts;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static no.samskap.gateway.shell.web.Html.escape;

/**
 * The feed's section of "Min side": the unread count, the button that marks all read, the entries newest first (each
 * worded by its module), and below them each {@link FeedSectionPart} (the digest form). A script keeps the list live;
 * what the section's forms did is confirmed at the top of the page.
 */
@Singleton
public final class FeedSection implements MyPageSection {

    /** The query parameter a form sends the person back with, naming what it did. */
    public static final String NOTICE_PARAMETER = "varsler";
    private static final Map<String, String> NOTICES = Map.of(
        "lest", "notifications.allRead",
        "sammendrag", "notifications.digest.saved",
        "ingen-epost", "notifications.digest.noAddress");

    private final Feeds feeds;
    private final NotificationWordings wordings;
    private final List<FeedSectionPart> parts;

    FeedSection(Feeds feeds, NotificationWordings wordings, List<FeedSectionPart> parts) {
        this.feeds = feeds;
        this.wordings = wordings;
        this.parts = parts;
    }

    @Override
    public Placement placement() {
        return new Placement("my-notifications", "notifications.heading", 50);
    }

    @Override
    public Optional<String> content(MyPageViewer viewer) {
        var feed = feeds.of(viewer.subject());
        var texts = viewer.texts();
        var html = new StringBuilder("<p id=\"unread-count\">")
            .append(texts.text("notifications.unread", feed.unreadCount())).append("</p>\n");
        if (feed.unreadCount() > 0) {
            html.append("""
                <form method="post" action="/meg/varsler/lest" id="mark-all-read-form">
                  <input type="hidden" name="%s" value="%s">
                  <button type="submit" id="mark-all-read">%s</button>
                </form>
                """.formatted(CsrfTokens.FIELD, escape(viewer.csrfToken()), texts.text("notifications.markAllRead")));
        }
        if (feed.notifications().isEmpty()) {
            html.append("<p id=\"no-notifications\">").append(texts.text("notifications.none")).append("</p>\n");
        }
        html.append("<ol id=\"notifications\" data-stream=\"/api/me/notifications/stream\">\n");
        feed.notifications().forEach(entry -> html.append(entry(entry, texts).indent(2)));
        html.append("</ol>\n");
        parts.forEach(part -> html.append(part.render(viewer.subject(), viewer.csrfToken(), texts)));
        return Optional.of(html.toString());
    }

    @Override
    public Optional<String> confirmation(HttpParameters query) {
        return query.getFirst(NOTICE_PARAMETER).map(NOTICES::get);
    }

    @Override
    public Optional<String> script() {
        return Optional.of("my-page.js");
    }

    private String entry(FeedEntry entry, Texts texts) {
        var html = new StringBuilder("<li class=\"notification" + (entry.unread() ? " unread" : "")
            + "\" data-subject-id=\"" + escape(entry.subjectId()) + "\" data-notification-id=\"" + escape(entry.id())
            + "\">");
        if (entry.unread()) {
            html.append("<strong class=\"unread-marker\">").append(texts.text("notifications.unreadMarker"))
                .append("</strong> ");
        }
        return html.append(title(entry)).append(": ").append(wordings.whatHappened(entry, texts))
            .append(" <time datetime=\"").append(escape(entry.notifiedAt().toString())).append("\">")
            .append(texts.date(entry.notifiedAt())).append("</time></li>").toString();
    }

    /** Only a path of this site is linked; anything else a service sent shows as plain text. */
    private static String title(FeedEntry entry) {
        var path = entry.linkPath();
        return path.startsWith("/") && !path.startsWith("//")
            ? "<a href=\"" + escape(path) + "\">" + escape(entry.subjectTitle()) + "</a>"
            : "<span class=\"subject-title\">" + escape(entry.subjectTitle()) + "</span>";
    }
}
