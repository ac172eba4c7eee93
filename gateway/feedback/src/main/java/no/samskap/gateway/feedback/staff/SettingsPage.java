package no.samskap.gateway.feedback.staff;

import no.samskap.gateway.shell.web.Texts;

import java.util.Optional;

import static no.samskap.gateway.shell.web.Html.escape;

/** The feedback settings form: the report threshold, with a refusal beside the field and in the error summary. */
final class SettingsPage {

    private static final String FIELD = "report-threshold";

    private SettingsPage() {
    }

    static String render(Texts texts, String csrf, Optional<String> typed, boolean saved, Optional<String> refusal,
                         boolean unavailable) {
        var html = new StringBuilder("<h1 class=\"ds-heading\">").append(texts.text("fb.settings.heading"))
            .append("</h1>\n");
        if (saved) {
            html.append("<div class=\"ds-alert\" data-color=\"success\" role=\"status\" id=\"confirmation\"><p>")
                .append(texts.text("fb.settings.saved")).append("</p></div>\n");
        }
        if (unavailable) {
            html.append("<div class=\"ds-alert\" data-color=\"warning\" id=\"unavailable\"><p>")
                .append(texts.text("fb.problem.503")).append("</p></div>\n");
        }
        refusal.ifPresent(text -> html.append("<div class=\"ds-error-summary\" id=\"error-summary\" tabindex=\"-1\"")
            .append(" role=\"alert\" aria-labelledby=\"error-summary-heading\">")
            .append("<h2 class=\"ds-heading\" data-size=\"xs\" id=\"error-summary-heading\">").append(texts.text("fb.form.refused"))
            .append("</h2><ul class=\"ds-list\"><li><a class=\"ds-link\" href=\"#").append(FIELD).append("\">")
            .append(text).append("</a></li></ul></div>\n"));
        html.append("<form method=\"post\" action=\"").append(FeedbackSettingsController.PATH).append("\">\n")
            .append("<input type=\"hidden\" name=\"_csrf\" value=\"").append(escape(csrf)).append("\">\n")
            .append("<div class=\"ds-field\"><label class=\"ds-label\" for=\"").append(FIELD).append("\">")
            .append(texts.text("fb.settings.reportThreshold")).append("</label>\n")
            .append("<p class=\"ds-paragraph\" id=\"").append(FIELD).append("-help\">")
            .append(texts.text("fb.settings.reportThresholdHelp")).append("</p>\n")
            .append("<input class=\"ds-input\" type=\"number\" id=\"").append(FIELD)
            .append("\" name=\"reportThreshold\" min=\"1\" max=\"1000\" required value=\"")
            .append(escape(typed.orElse(""))).append("\" aria-describedby=\"").append(FIELD).append("-help")
            .append(refusal.isPresent() ? " " + FIELD + "-error\" aria-invalid=\"true\"" : "\"").append(">\n");
        refusal.ifPresent(text -> html.append("<p class=\"ds-validation-message\" data-field=\"validation\" id=\"")
            .append(FIELD).append("-error\">").append(text).append("</p>\n"));
        return html.append("</div>\n<button class=\"ds-button\" data-variant=\"primary\" type=\"submit\">")
            .append(texts.text("fb.settings.save")).append("</button>\n</form>\n")
            .append("<p><a class=\"ds-link\" href=\"/stab/tilbakemeldinger/moderering\">")
            .append(texts.text("fb.moderation.link")).append("</a></p>\n").toString();
    }
}
