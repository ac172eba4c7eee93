package no.samskap.gateway.feedback.staff;

import gg.jte.Content;
import io.micronaut.core.annotation.Nullable;
import no.samskap.gateway.feedback.web.FeedbackForm;
import no.samskap.gateway.shell.web.TemplateTexts;

/**
 * The feedback settings form ({@code staff/settings.jte}): the report threshold as typed or read from the service,
 * with a refusal beside the field and in the error summary.
 */
public record SettingsPage(TemplateTexts t, String csrf, String typed, boolean saved, @Nullable Content refusal,
                           boolean unavailable) {

    public String action() {
        return FeedbackSettingsController.PATH;
    }

    public String describedBy() {
        return refusal == null ? "report-threshold-help" : "report-threshold-help report-threshold-error";
    }

    /** {@code "true"} when refused; left out otherwise. */
    public @Nullable String invalid() {
        return refusal == null ? null : "true";
    }

    String render() {
        return FeedbackForm.TEMPLATES.render("staff/settings.jte", this);
    }
}
