package no.samskap.gateway.feedback.pages;

import no.samskap.gateway.feedback.readmodel.BoardEntry;
import no.samskap.gateway.feedback.service.ServiceViews;
import no.samskap.gateway.shell.web.Html;
import no.samskap.gateway.shell.web.Texts;

import java.util.Optional;

/**
 * What the municipality's staff see below a piece of feedback: the idea made of it, or the form that makes one when
 * the author consented (only the service knows that), and the way to the inbox where they answer.
 */
final class StaffTools {

    private StaffTools() {
    }

    static String html(Texts texts, String csrf, BoardEntry entry, String serviceArea,
                       Optional<ServiceViews.Feedback> live) {
        var html = new StringBuilder("<section class=\"feedback-staff\" id=\"staff-tools\" aria-labelledby=\"staff-tools-heading\">\n")
            .append("<h2 class=\"ds-heading\" data-size=\"sm\" id=\"staff-tools-heading\">")
            .append(texts.text("fb.staff.tools")).append("</h2>\n")
            .append("<p><a class=\"ds-link\" href=\"/stab/innboks#feedback-awaiting-answer\">")
            .append(texts.text("fb.staff.toInbox")).append("</a></p>\n");
        var idea = Optional.ofNullable(entry.ideaId()).or(() -> live.map(ServiceViews.Feedback::ideaId));
        if (idea.isPresent()) {
            html.append("<p id=\"made-idea\"><a class=\"ds-link\" href=\"/ideer/").append(Html.escape(idea.get()))
                .append("\">").append(texts.text("fb.staff.madeIdea")).append("</a></p>\n");
        } else if (live.map(ServiceViews.Feedback::ideaConsent).orElse(false)) {
            var suggestion = Optional.ofNullable(entry.wishNext()).filter(text -> !text.isBlank())
                .orElse(Optional.ofNullable(entry.text()).orElse(""));
            html.append("""
                <form method="post" action="/tilbakemeldinger/%s/ide" id="idea-form">
                <input type="hidden" name="_csrf" value="%s">
                <input type="hidden" name="serviceArea" value="%s">
                <div class="ds-field"><label class="ds-label" for="idea-title">%s</label>
                <input class="ds-input" type="text" id="idea-title" name="title" maxlength="120" required></div>
                <div class="ds-field"><label class="ds-label" for="idea-body">%s</label>
                <textarea class="ds-input" id="idea-body" name="body" rows="4" required>%s</textarea></div>
                <button class="ds-button" data-variant="secondary" type="submit">%s</button>
                </form>
                """.formatted(Html.escape(entry.id()), Html.escape(csrf), Html.escape(serviceArea),
                texts.text("fb.staff.ideaTitle"),
                texts.text("fb.staff.ideaBody"), Html.escape(suggestion), texts.text("fb.staff.makeIdea")));
        } else {
            html.append("<p>").append(texts.text("fb.staff.noConsent")).append("</p>\n");
        }
        return html.append("</section>\n").toString();
    }
}
