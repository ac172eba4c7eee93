package no.samskap.gateway.ideas.me;

import io.micronaut.http.HttpParameters;
import jakarta.inject.Singleton;
import no.samskap.gateway.shell.me.MyPageSection;
import no.samskap.gateway.shell.me.MyPageViewer;
import no.samskap.gateway.shell.web.CsrfTokens;

import java.util.Optional;

import static no.samskap.gateway.shell.web.Html.escape;

/** The person's own ideas on "Min side", with a moderator's reasons and the form for the one appeal. */
@Singleton
final class MyIdeasSection implements MyPageSection {

    static final String ANCHOR = "my-ideas";

    private final MyPageRows rows;

    MyIdeasSection(MyPageRows rows) {
        this.rows = rows;
    }

    @Override
    public Placement placement() {
        return new Placement(ANCHOR, "me.ideas.heading", 10);
    }

    @Override
    public Optional<String> content(MyPageViewer viewer) {
        var ideas = rows.ideasOf(viewer.subject());
        var texts = viewer.texts();
        if (ideas.isEmpty()) {
            return Optional.of("<p>" + texts.text("me.ideas.none") + "</p>\n");
        }
        var html = new StringBuilder("<ul class=\"my-list\">\n");
        ideas.forEach(idea -> html.append(myIdea(idea, viewer).indent(2)));
        return Optional.of(html.append("</ul>\n").toString());
    }

    @Override
    public Optional<String> confirmation(HttpParameters query) {
        return "1".equals(query.get("anket")) ? Optional.of("me.appeal.sent") : Optional.empty();
    }

    static String appealFieldId(String ideaId) {
        return "appeal-reason-" + escape(ideaId);
    }

    private static String myIdea(MyPageRows.MyIdea idea, MyPageViewer viewer) {
        var texts = viewer.texts();
        var html = new StringBuilder("<li class=\"my-idea\" data-idea-id=\"" + escape(idea.id()) + "\">\n");
        html.append("  <p>").append(IdeaTitles.of(idea.id(), idea.title(), idea.isPublic()))
            .append(" – <span class=\"status\">").append(texts.word("status", idea.status())).append("</span>");
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
            html.append(appealForm(idea, viewer).indent(2));
        }
        return html.append("</li>").toString();
    }

    private static String appealForm(MyPageRows.MyIdea idea, MyPageViewer viewer) {
        var texts = viewer.texts();
        var notice = viewer.notice();
        var field = appealFieldId(idea.id());
        var refused = notice.refuses(field);
        var error = refused
            ? "<p id=\"" + field + "-error\" class=\"field-error\">" + texts.text(notice.errorKey()) + "</p>\n" : "";
        var describedBy = field + "-hint" + (refused ? " " + field + "-error" : "");
        return """
            <form method="post" action="/meg/ideer/%s/anke" class="appeal-form">
              <input type="hidden" name="%s" value="%s">
              <label for="%s">%s</label>
              <p id="%s-hint" class="hint">%s</p>
              %s<textarea id="%s" name="reason" rows="4" maxlength="2000" required aria-describedby="%s"%s>%s</textarea>
              <button type="submit">%s</button>
            </form>""".formatted(escape(idea.id()), CsrfTokens.FIELD, escape(viewer.csrfToken()), field,
            texts.text("me.appeal.label"), field, texts.text("me.appeal.hint"), error, field, describedBy,
            refused ? " aria-invalid=\"true\"" : "", refused && notice.typedText() != null ? escape(notice.typedText()) : "",
            texts.text("me.appeal.submit"));
    }
}
