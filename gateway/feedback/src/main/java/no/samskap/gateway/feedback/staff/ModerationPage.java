package no.samskap.gateway.feedback.staff;

import no.samskap.gateway.feedback.readmodel.BoardEntry;
import no.samskap.gateway.feedback.service.ServiceViews;
import no.samskap.gateway.feedback.web.FeedbackWords;
import no.samskap.gateway.shell.web.Texts;

import java.util.List;
import java.util.Optional;

import static no.samskap.gateway.shell.web.Html.escape;

/**
 * The moderation queue: reported or hidden feedback as the service lists it, each with a form to hide or restore it
 * with a reason. When the service does not answer, the hidden pieces the read model knows are listed instead.
 */
final class ModerationPage {

    /** One row of the queue, from the service or from the read model. */
    private record Row(String id, int rating, String text, boolean hidden, String hiddenReason, Integer reports) {
    }

    private ModerationPage() {
    }

    static String render(Texts texts, String csrf, Optional<List<ServiceViews.Feedback>> queue,
                         List<BoardEntry> hidden, Optional<String> done, Optional<String> refusal) {
        var html = new StringBuilder("<h1 class=\"ds-heading\">").append(texts.text("fb.moderation.heading"))
            .append("</h1>\n");
        done.ifPresent(text -> html.append("<div class=\"ds-alert\" data-color=\"success\" role=\"status\" id=\"confirmation\"><p>")
            .append(text).append("</p></div>\n"));
        refusal.ifPresent(text -> html.append("<div class=\"ds-error-summary\" id=\"error-summary\" tabindex=\"-1\" role=\"alert\"")
            .append(" aria-labelledby=\"error-summary-heading\"><h2 class=\"ds-heading\" data-size=\"xs\" id=\"error-summary-heading\">")
            .append(texts.text("fb.form.refused")).append("</h2><ul class=\"ds-list\"><li>").append(text)
            .append("</li></ul></div>\n"));
        var rows = queue.map(found -> found.stream().map(item -> new Row(item.id(), item.rating(), item.text(),
                item.hidden(), item.hiddenReason(), item.reports())).toList())
            .orElseGet(() -> hidden.stream().map(entry -> new Row(entry.id(), entry.rating(), entry.text(), true,
                entry.hiddenReason(), null)).toList());
        if (queue.isEmpty()) {
            html.append("<p id=\"queue-unavailable\">").append(texts.text("fb.moderation.unavailable")).append("</p>\n");
        }
        if (rows.isEmpty()) {
            return html.append("<p id=\"queue-empty\">").append(texts.text("fb.moderation.empty")).append("</p>\n").toString();
        }
        var words = new FeedbackWords(texts);
        html.append("<ul class=\"ds-list feedback-moderation\">\n");
        for (var row : rows) {
            var id = escape(row.id());
            html.append("<li class=\"ds-card\" data-feedback-id=\"").append(id).append("\">\n<p><a class=\"ds-link\" href=\"/tilbakemeldinger/")
                .append(id).append("\">").append(escape(words.rating(row.rating()))).append("</a>");
            if (row.hidden()) {
                html.append(" <span class=\"ds-tag\" data-color=\"warning\">").append(texts.text("fb.moderation.hidden"))
                    .append("</span>");
            }
            if (row.reports() != null) {
                html.append(" ").append(texts.text("fb.moderation.reports", row.reports()));
            }
            html.append("</p>\n");
            if (row.text() != null) {
                html.append("<p>").append(escape(row.text())).append("</p>\n");
            }
            if (row.hidden() && row.hiddenReason() != null) {
                html.append("<p>").append(texts.text("fb.page.hidden")).append(" ").append(escape(row.hiddenReason()))
                    .append("</p>\n");
            }
            var step = row.hidden() ? "gjenoppretting" : "skjuling";
            html.append("<form method=\"post\" action=\"/stab/tilbakemeldinger/").append(id).append("/").append(step)
                .append("\">\n<input type=\"hidden\" name=\"_csrf\" value=\"").append(escape(csrf)).append("\">\n")
                .append("<div class=\"ds-field\"><label class=\"ds-label\" for=\"reason-").append(id).append("\">")
                .append(texts.text("fb.moderation.reason")).append("</label>\n<input class=\"ds-input\" type=\"text\" id=\"reason-")
                .append(id).append("\" name=\"reason\" maxlength=\"500\" required></div>\n")
                .append("<button class=\"ds-button\" data-variant=\"secondary\" type=\"submit\">")
                .append(texts.text(row.hidden() ? "fb.moderation.restore" : "fb.moderation.hide"))
                .append("</button>\n</form>\n</li>\n");
        }
        return html.append("</ul>\n").toString();
    }
}
