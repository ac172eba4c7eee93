package no.samskap.gateway.ideas.me;

import no.samskap.gateway.shell.assets.Assets;
import no.samskap.gateway.shell.web.CsrfTokens;
import no.samskap.gateway.shell.web.Page;
import no.samskap.gateway.shell.web.Texts;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.stream.Collectors;

import static no.samskap.gateway.shell.web.Html.escape;
import static no.samskap.gateway.shell.web.Html.escapeWithLineBreaks;

/**
 * "Min side": who is signed in and the button that signs them out, their own ideas (with a moderator's reason and
 * the one appeal), their comments a moderator hid (with the reasons for hiding and for showing them again), the
 * ideas they support and follow, and their notifications, which a script keeps live.
 */
final class MyPage {

    private static final String PROFILE = """
        <h1>%s</h1>
        <p>%s</p>
        %s<dl>
          <dt>%s</dt>
          <dd id="username">%s</dd>
          <dt>%s</dt>
          <dd id="municipality">%s</dd>
          <dt>%s</dt>
          <dd id="roles">%s</dd>
        </dl>
        <form method="post" action="/logg-ut">
          <input type="hidden" name="%s" value="%s">
          <button type="submit" id="sign-out">%s</button>
        </form>
        """;

    private MyPage() {
    }

    static String render(Profile profile, String csrfToken, Texts texts) {
        return render(profile, MyPageContent.empty(), MyPageNotice.NONE, csrfToken, texts);
    }

    static String render(Profile profile, MyPageContent content, MyPageNotice notice, String csrfToken, Texts texts) {
        var roles = profile.roles().isEmpty()
            ? texts.text("me.roles.none")
            : profile.roles().stream().map(role -> texts.text("me.role." + role)).collect(Collectors.joining(", "));
        var municipality = profile.municipality() == null ? texts.text("me.municipality.unknown")
            : escape(profile.municipality());
        var signedInAs = texts.text("me.signedInAs", "\u0000").replace("\u0000",
            "<strong id=\"name\">" + escape(profile.name()) + "</strong>");
        var main = new StringBuilder(PROFILE.formatted(texts.text("me.heading"), signedInAs, noticeOf(notice, texts),
            texts.text("me.username"), escape(profile.username()), texts.text("me.municipality"), municipality,
            texts.text("me.roles"), roles, CsrfTokens.FIELD, escape(csrfToken), texts.text("me.signOut")));
        if (profile.roles().contains("staff") || profile.roles().contains("admin")) {
            main.append(staffLinks(texts));
        }
        main.append(myIdeas(content.ideas(), notice, csrfToken, texts));
        main.append(moderatedComments(content.moderatedComments(), texts));
        main.append(links("my-supports", "supported-idea", texts.text("me.supports.heading"),
            texts.text("me.supports.none"), content.supports(), texts));
        main.append(links("my-follows", "followed-idea", texts.text("me.follows.heading"),
            texts.text("me.follows.none"), content.follows(), texts));
        main.append(notifications(content.feed(), csrfToken, texts));
        main.append("<p><a href=\"/\">").append(texts.text("page.toHome")).append("</a></p>\n");
        main.append(Assets.bundled().scriptTag("my-page.js"));
        return Page.render(texts, texts.text("me.title"), main.toString(), "/meg");
    }

    private static String noticeOf(MyPageNotice notice, Texts texts) {
        if (notice.confirmationKey() != null) {
            return "<p id=\"confirmation\" class=\"confirmation\" role=\"status\">" + texts.text(notice.confirmationKey())
                + "</p>\n";
        }
        if (notice.appealErrorKey() != null) {
            return """
                <div id="error-summary" class="error-summary" role="alert" aria-labelledby="error-summary-heading" tabindex="-1">
                  <h2 id="error-summary-heading">%s</h2>
                  <ul><li><a href="#%s">%s</a></li></ul>
                </div>
                """.formatted(texts.text("me.errors.heading"), appealFieldId(notice.appealIdeaId()),
                texts.text(notice.appealErrorKey()));
        }
        return "";
    }

    private static String staffLinks(Texts texts) {
        return """
            <nav id="staff-links" aria-label="%s">
              <ul>
                <li><a href="/stab/innboks" id="staff-inbox">%s</a></li>
                <li><a href="/stab/dashbord" id="staff-dashboard">%s</a></li>
              </ul>
            </nav>
            """.formatted(texts.text("me.staff.nav"), texts.text("me.staff.inbox"), texts.text("me.staff.dashboard"));
    }

    private static String myIdeas(List<MyPageRows.MyIdea> ideas, MyPageNotice notice, String csrfToken, Texts texts) {
        var html = new StringBuilder("<section id=\"my-ideas\" aria-labelledby=\"my-ideas-heading\">\n")
            .append("  <h2 id=\"my-ideas-heading\">").append(texts.text("me.ideas.heading")).append("</h2>\n");
        if (ideas.isEmpty()) {
            html.append("  <p>").append(texts.text("me.ideas.none")).append("</p>\n");
        } else {
            html.append("  <ul class=\"my-list\">\n");
            ideas.forEach(idea -> html.append(myIdea(idea, notice, csrfToken, texts).indent(4)));
            html.append("  </ul>\n");
        }
        return html.append("</section>\n").toString();
    }

    private static String myIdea(MyPageRows.MyIdea idea, MyPageNotice notice, String csrfToken, Texts texts) {
        var id = escape(idea.id());
        var html = new StringBuilder("<li class=\"my-idea\" data-idea-id=\"" + id + "\">\n");
        html.append("  <p>").append(title(idea.id(), idea.title(), idea.isPublic())).append(" – <span class=\"status\">")
            .append(texts.word("status", idea.status())).append("</span>");
        if (idea.hidden()) {
            html.append(" <span class=\"hidden-marker\">").append(texts.text("me.ideas.hidden")).append("</span>");
        }
        html.append("</p>\n");
        if (idea.reason() != null && !idea.reason().isBlank() && (idea.hidden() || "rejected".equals(idea.status()))) {
            html.append("  <p class=\"reason\">").append(texts.text("me.ideas.reason", idea.reason())).append("</p>\n");
        }
        if (!idea.hidden() && idea.restoredReason() != null && !idea.restoredReason().isBlank()) {
            html.append("  <p class=\"restored-reason\">").append(texts.text("me.ideas.restoredReason", idea.restoredReason()))
                .append("</p>\n");
        }
        if ("pending".equals(idea.appeal())) {
            html.append("  <p class=\"appeal-state\">").append(texts.text("me.appeal.pending")).append("</p>\n");
        } else if ("decided".equals(idea.appeal())) {
            html.append("  <p class=\"appeal-state\">").append(texts.text("me.appeal.decided")).append("</p>\n");
        } else if (idea.mayAppeal()) {
            html.append(appealForm(idea, notice, csrfToken, texts).indent(2));
        }
        return html.append("</li>").toString();
    }

    private static String appealForm(MyPageRows.MyIdea idea, MyPageNotice notice, String csrfToken, Texts texts) {
        var field = appealFieldId(idea.id());
        var refused = notice.refusedAppealOf(idea.id());
        var error = refused
            ? "<p id=\"" + field + "-error\" class=\"field-error\">" + texts.text(notice.appealErrorKey()) + "</p>\n" : "";
        var describedBy = field + "-hint" + (refused ? " " + field + "-error" : "");
        return """
            <form method="post" action="/meg/ideer/%s/anke" class="appeal-form">
              <input type="hidden" name="%s" value="%s">
              <label for="%s">%s</label>
              <p id="%s-hint" class="hint">%s</p>
              %s<textarea id="%s" name="reason" rows="4" maxlength="2000" required aria-describedby="%s"%s>%s</textarea>
              <button type="submit">%s</button>
            </form>""".formatted(escape(idea.id()), CsrfTokens.FIELD, escape(csrfToken), field,
            texts.text("me.appeal.label"), field, texts.text("me.appeal.hint"), error, field, describedBy,
            refused ? " aria-invalid=\"true\"" : "", refused && notice.appealText() != null ? escape(notice.appealText()) : "",
            texts.text("me.appeal.submit"));
    }

    /** Shown only to a person a moderator has hidden a comment of: most people never need the section. */
    private static String moderatedComments(List<MyPageRows.MyComment> comments, Texts texts) {
        if (comments.isEmpty()) {
            return "";
        }
        var html = new StringBuilder("<section id=\"my-comments\" aria-labelledby=\"my-comments-heading\">\n")
            .append("  <h2 id=\"my-comments-heading\">").append(texts.text("me.comments.heading")).append("</h2>\n")
            .append("  <ul class=\"my-list\">\n");
        comments.forEach(comment -> html.append(moderatedComment(comment, texts).indent(4)));
        return html.append("  </ul>\n</section>\n").toString();
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

    static String appealFieldId(String ideaId) {
        return "appeal-reason-" + escape(ideaId);
    }

    private static String links(String sectionId, String itemClass, String heading, String none,
                                List<MyPageRows.IdeaLink> ideas, Texts texts) {
        var html = new StringBuilder("<section id=\"" + sectionId + "\" aria-labelledby=\"" + sectionId + "-heading\">\n")
            .append("  <h2 id=\"").append(sectionId).append("-heading\">").append(heading).append("</h2>\n");
        if (ideas.isEmpty()) {
            html.append("  <p>").append(none).append("</p>\n");
        } else {
            html.append("  <ul class=\"my-list\">\n");
            ideas.forEach(idea -> html.append("    <li class=\"").append(itemClass).append("\" data-idea-id=\"")
                .append(escape(idea.id())).append("\">").append(title(idea.id(), idea.title(), idea.isPublic()))
                .append(" – <span class=\"status\">").append(texts.word("status", idea.status())).append("</span></li>\n"));
            html.append("  </ul>\n");
        }
        return html.append("</section>\n").toString();
    }

    private static String notifications(MyPageRows.Feed feed, String csrfToken, Texts texts) {
        var html = new StringBuilder("""
            <section id="my-notifications" aria-labelledby="notifications-heading">
              <h2 id="notifications-heading">%s</h2>
              <p id="unread-count">%s</p>
            """.formatted(texts.text("me.notifications.heading"), texts.text("me.notifications.unread", feed.unreadCount())));
        if (feed.unreadCount() > 0) {
            html.append("""
                  <form method="post" action="/meg/varsler/lest" id="mark-all-read-form">
                    <input type="hidden" name="%s" value="%s">
                    <button type="submit" id="mark-all-read">%s</button>
                  </form>
                """.formatted(CsrfTokens.FIELD, escape(csrfToken), texts.text("me.notifications.markAllRead")));
        }
        if (feed.notifications().isEmpty()) {
            html.append("  <p id=\"no-notifications\">").append(texts.text("me.notifications.none")).append("</p>\n");
        }
        html.append("  <ol id=\"notifications\" data-stream=\"/api/me/notifications/stream\">\n");
        feed.notifications().forEach(notification -> html.append(notification(notification, texts).indent(4)));
        return html.append("  </ol>\n</section>\n").toString();
    }

    private static String notification(MyPageRows.MyNotification notification, Texts texts) {
        var unread = notification.unread();
        var html = new StringBuilder("<li class=\"notification" + (unread ? " unread" : "") + "\" data-idea-id=\""
            + escape(notification.ideaId()) + "\" data-notification-id=\"" + escape(notification.id()) + "\">");
        if (unread) {
            html.append("<strong class=\"unread-marker\">").append(texts.text("me.notifications.unreadMarker"))
                .append("</strong> ");
        }
        html.append(title(notification.ideaId(), notification.ideaTitle(), notification.ideaPublic())).append(": ")
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

    private static String title(String id, String title, boolean isPublic) {
        return isPublic
            ? "<a href=\"/ideer/" + escape(id) + "\">" + escape(title) + "</a>"
            : "<span class=\"idea-title\">" + escape(title) + "</span>";
    }
}
