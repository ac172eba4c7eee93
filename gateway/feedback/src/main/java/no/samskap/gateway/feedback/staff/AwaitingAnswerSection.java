package no.samskap.gateway.feedback.staff;

import jakarta.inject.Singleton;
import no.samskap.gateway.feedback.readmodel.BoardEntry;
import no.samskap.gateway.feedback.readmodel.FeedbackBoard;
import no.samskap.gateway.feedback.web.FeedbackWords;
import no.samskap.gateway.shell.staff.InboxSection;
import no.samskap.gateway.shell.staff.InboxView;
import no.samskap.gateway.shell.staff.StaffMember;
import no.samskap.gateway.shell.web.Texts;

import java.util.List;

import static no.samskap.gateway.shell.web.Html.escape;

/**
 * "Tilbakemeldinger som venter på svar": the municipality's unanswered feedback, soonest committed date first, each
 * with the answer form (public or to the author only) and the form that moves the date.
 */
@Singleton
final class AwaitingAnswerSection implements InboxSection {

    static final String KEY = "feedback-awaiting-answer";

    private final FeedbackBoard board;

    AwaitingAnswerSection(FeedbackBoard board) {
        this.board = board;
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public String heading(Texts texts) {
        return texts.text("fb.staff.awaiting");
    }

    @Override
    public Items read(StaffMember member) {
        var waiting = board.awaitingAnswer(member.municipality());
        return new Items() {
            @Override
            public int count() {
                return waiting.size();
            }

            @Override
            public String html(InboxView view) {
                return render(waiting, view);
            }
        };
    }

    private static String render(List<BoardEntry> waiting, InboxView view) {
        var texts = view.texts();
        var words = new FeedbackWords(texts);
        var refusal = view.refusal(AnswerRefusal.class);
        var html = new StringBuilder("<ul class=\"ds-list feedback-inbox\">\n");
        for (var entry : waiting) {
            var id = entry.id();
            var refused = refusal.filter(found -> found.concerns(id));
            var late = entry.respondBy().isBefore(view.today());
            html.append("<li class=\"ds-card\" data-feedback-id=\"").append(id).append("\">\n<p><a class=\"ds-link\" href=\"/tilbakemeldinger/")
                .append(id).append("\">").append(escape(words.rating(entry.rating()))).append(" – ")
                .append(escape(entry.eventTitle() != null ? entry.eventTitle()
                    : entry.unit() == null ? "" : entry.unit())).append("</a> ")
                .append(late ? "<span class=\"ds-tag\" data-color=\"danger\">" + texts.text("fb.staff.late") + "</span> " : "")
                .append(texts.text("fb.staff.respondBy", words.date(entry.respondBy()))).append("</p>\n");
            if (entry.text() != null && !entry.text().isBlank()) {
                html.append("<p>").append(escape(entry.text())).append("</p>\n");
            }
            if (entry.wishNext() != null && !entry.wishNext().isBlank()) {
                html.append("<p>").append(texts.text("fb.entry.wishNext")).append(" ").append(escape(entry.wishNext()))
                    .append("</p>\n");
            }
            var answerField = "answer-" + id;
            var answerRefused = refused.filter(found -> found.fieldId().equals(answerField));
            html.append("<form method=\"post\" action=\"/stab/innboks/tilbakemeldinger/").append(id).append("/svar\">\n")
                .append(csrf(view))
                .append("<div class=\"ds-field\"><label class=\"ds-label\" for=\"").append(answerField).append("\">")
                .append(texts.text("fb.staff.answer")).append("</label>\n<textarea class=\"ds-input\" id=\"")
                .append(answerField).append("\" name=\"text\" rows=\"3\" maxlength=\"4000\" required")
                .append(answerRefused.isPresent() ? " aria-invalid=\"true\" aria-describedby=\"" + answerField + "-error\"" : "")
                .append(">").append(escape(answerRefused.map(AnswerRefusal::typed).orElse(""))).append("</textarea>\n")
                .append(answerRefused.map(found -> "<p class=\"ds-validation-message\" data-field=\"validation\" id=\""
                    + answerField + "-error\">" + found.message() + "</p>\n").orElse(""))
                .append("</div>\n<fieldset class=\"ds-fieldset\"><legend class=\"ds-label\">")
                .append(texts.text("fb.staff.whoSees")).append("</legend>\n")
                .append(radio(id, "public", "ja", texts.text("fb.staff.publicAnswer"), true))
                .append(radio(id, "private", "nei", texts.text("fb.staff.privateAnswer"), false))
                .append("</fieldset>\n<button class=\"ds-button\" data-variant=\"primary\" type=\"submit\">")
                .append(texts.text("fb.staff.sendAnswer")).append("</button>\n</form>\n");
            var dateField = "respond-by-" + id;
            var dateRefused = refused.filter(found -> found.fieldId().equals(dateField));
            html.append("<details class=\"ds-details\"").append(dateRefused.isPresent() ? " open" : "")
                .append("><summary>").append(texts.text("fb.staff.changeDate")).append("</summary>\n<div>\n")
                .append("<form method=\"post\" action=\"/stab/innboks/tilbakemeldinger/").append(id).append("/svarfrist\">\n")
                .append(csrf(view))
                .append("<div class=\"ds-field\"><label class=\"ds-label\" for=\"").append(dateField).append("\">")
                .append(texts.text("fb.staff.newDate")).append("</label>\n<input class=\"ds-input\" type=\"date\" id=\"")
                .append(dateField).append("\" name=\"respondBy\" required max=\"9999-12-31\" value=\"")
                .append(escape(dateRefused.map(AnswerRefusal::typed).orElse(entry.respondBy().toString()))).append("\"")
                .append(dateRefused.isPresent() ? " aria-invalid=\"true\" aria-describedby=\"" + dateField + "-error\"" : "")
                .append(">\n")
                .append(dateRefused.map(found -> "<p class=\"ds-validation-message\" data-field=\"validation\" id=\""
                    + dateField + "-error\">" + found.message() + "</p>\n").orElse(""))
                .append("</div>\n<div class=\"ds-field\"><label class=\"ds-label\" for=\"reason-").append(id).append("\">")
                .append(texts.text("fb.staff.dateReason")).append("</label>\n<input class=\"ds-input\" type=\"text\" id=\"reason-")
                .append(id).append("\" name=\"reason\" maxlength=\"500\" required></div>\n")
                .append("<button class=\"ds-button\" data-variant=\"secondary\" type=\"submit\">")
                .append(texts.text("fb.staff.saveDate")).append("</button>\n</form>\n</div>\n</details>\n</li>\n");
        }
        return html.append("</ul>\n<p><a class=\"ds-link\" href=\"/stab/tilbakemeldinger/moderering\">")
            .append(texts.text("fb.moderation.link")).append("</a></p>\n").toString();
    }

    private static String radio(String id, String suffix, String value, String label, boolean checked) {
        var field = "public-" + suffix + "-" + id;
        return "<div class=\"ds-field\"><input class=\"ds-input\" type=\"radio\" id=\"" + field
            + "\" name=\"publicAnswer\" value=\"" + value + "\"" + (checked ? " checked" : "") + ">"
            + "<label class=\"ds-label\" for=\"" + field + "\">" + label + "</label></div>\n";
    }

    private static String csrf(InboxView view) {
        return "<input type=\"hidden\" name=\"_csrf\" value=\"" + escape(view.csrfToken()) + "\">\n";
    }
}
