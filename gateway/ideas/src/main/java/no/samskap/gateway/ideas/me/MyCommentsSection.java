package no.samskap.gateway.ideas.me;

import jakarta.inject.Singleton;
import no.samskap.gateway.shell.me.MyPageSection;
import no.samskap.gateway.shell.me.MyPageViewer;
import no.samskap.gateway.shell.web.Texts;

import java.util.Optional;

import static no.samskap.gateway.shell.web.Html.escape;
import static no.samskap.gateway.shell.web.Html.escapeWithLineBreaks;

/**
 * The person's comments a moderator hid, with the reasons for hiding and for showing them again. Shown only to a
 * person a moderator has hidden a comment of: most people never need the section.
 */
@Singleton
final class MyCommentsSection implements MyPageSection {

    private final MyPageRows rows;

    MyCommentsSection(MyPageRows rows) {
        this.rows = rows;
    }

    @Override
    public Placement placement() {
        return new Placement("my-comments", "me.comments.heading", 20);
    }

    @Override
    public Optional<String> content(MyPageViewer viewer) {
        var comments = rows.moderatedCommentsOf(viewer.subject());
        if (comments.isEmpty()) {
            return Optional.empty();
        }
        var html = new StringBuilder("<ul class=\"my-list\">\n");
        comments.forEach(comment -> html.append(moderatedComment(comment, viewer.texts()).indent(2)));
        return Optional.of(html.append("</ul>\n").toString());
    }

    private static String moderatedComment(MyPageRows.MyComment comment, Texts texts) {
        var idea = comment.ideaPublic()
            ? "<a href=\"/ideer/" + escape(comment.ideaId()) + "#comment-" + escape(comment.id()) + "\">"
                + escape(comment.ideaTitle()) + "</a>"
            : "<span class=\"idea-title\">" + escape(comment.ideaTitle()) + "</span>";
        var html = new StringBuilder("<li class=\"my-comment\" data-comment-id=\"" + escape(comment.id())
            + "\" data-idea-id=\"" + escape(comment.ideaId()) + "\">\n");
        html.append("  <p>").append(texts.text("me.comments.onIdea", "\u0000").replace("\u0000", idea));
        if (comment.hidden()) {
            html.append(" <span class=\"hidden-marker\">").append(texts.text("me.ideas.hidden")).append("</span>");
        }
        html.append("</p>\n  <blockquote class=\"comment-body\"><p>")
            .append(escapeWithLineBreaks(comment.body())).append("</p></blockquote>\n")
            .append("  <p class=\"reason\">")
            .append(texts.text("me.comments.hidden", texts.date(comment.hiddenAt()), comment.hiddenReason()))
            .append("</p>\n");
        if (comment.restoredAt() != null) {
            var restored = comment.restoredReason() == null || comment.restoredReason().isBlank()
                ? texts.text("me.comments.restoredWithoutReason", texts.date(comment.restoredAt()))
                : texts.text("me.comments.restored", texts.date(comment.restoredAt()), comment.restoredReason());
            html.append("  <p class=\"restored-reason\">").append(restored).append("</p>\n");
        }
        return html.append("</li>").toString();
    }
}
