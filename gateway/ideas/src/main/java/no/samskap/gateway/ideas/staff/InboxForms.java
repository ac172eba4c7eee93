package no.samskap.gateway.ideas.staff;

import no.samskap.gateway.shell.staff.StaffInboxPages;
import no.samskap.gateway.shell.web.CsrfTokens;
import no.samskap.gateway.shell.web.Texts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static no.samskap.gateway.shell.web.Html.escape;

/**
 * The inbox's forms: each posts to the page route of its action with the CSRF field, and carries ids made of the
 * action, the field and the item, so that a refusal can put the service's message at the field it names (linked
 * with {@code aria-describedby} and from the error summary) and keep what was entered.
 */
final class InboxForms {

    private final String csrfToken;
    private final Texts texts;
    private final LocalDate today;
    private final Optional<FormProblem> problem;

    InboxForms(String csrfToken, Texts texts, LocalDate today, Optional<FormProblem> problem) {
        this.csrfToken = csrfToken;
        this.texts = texts;
        this.today = today;
        this.problem = problem;
    }

    String form(StaffAction action, String ideaId, String commentId, String fields) {
        var itemId = commentId == null ? ideaId : commentId;
        var target = StaffInboxPages.PATH + "/ideer/" + escape(ideaId)
            + (commentId == null ? "" : "/kommentarer/" + escape(commentId)) + "/" + action.segment();
        var formId = action.key() + "-" + escape(itemId);
        var html = new StringBuilder();
        html.append("<form method=\"post\" action=\"").append(target).append("\" id=\"").append(formId)
            .append("\" class=\"staff-action\"");
        var formMessage = problem.filter(refused -> refused.isAbout(action, itemId))
            .flatMap(refused -> refused.formMessage(texts));
        if (formMessage.isPresent()) {
            html.append(" aria-describedby=\"").append(formId).append("-error\"");
        }
        html.append(">\n<input type=\"hidden\" name=\"").append(CsrfTokens.FIELD).append("\" value=\"")
            .append(escape(csrfToken)).append("\">\n");
        formMessage.ifPresent(message -> html.append("<p class=\"field-error\" id=\"").append(formId).append("-error\">")
            .append(message).append("</p>\n"));
        html.append(fields);
        html.append("<button type=\"submit\" id=\"").append(action.key()).append("-button-").append(escape(itemId))
            .append("\" name=\"action\" value=\"").append(action.key()).append("\">")
            .append(texts.text("staff.action." + action.key())).append("</button>\n</form>\n");
        return html.toString();
    }

    String textarea(StaffAction action, String itemId, String field) {
        var id = fieldId(action, itemId, field);
        var error = fieldError(action, itemId, field, id);
        return "<div class=\"field\">\n<label for=\"" + id + "\">" + label(action, field) + "</label>\n"
            + error.orElse("") + "<textarea id=\"" + id + "\" name=\"" + field + "\" rows=\"3\" required"
            + describedBy(error, id) + ">" + escape(entered(action, itemId, field)) + "</textarea>\n</div>\n";
    }

    String dateField(StaffAction action, String itemId, String field) {
        var id = fieldId(action, itemId, field);
        var error = fieldError(action, itemId, field, id);
        return "<div class=\"field\">\n<label for=\"" + id + "\">" + label(action, field) + "</label>\n"
            + error.orElse("") + "<input type=\"date\" id=\"" + id + "\" name=\"" + field + "\" required min=\""
            + today + "\" max=\"9999-12-31\" value=\"" + escape(entered(action, itemId, field)) + "\"" + describedBy(error, id)
            + ">\n</div>\n";
    }

    String radios(StaffAction action, String itemId, String field, List<String> values, String wordGroup) {
        var id = fieldId(action, itemId, field);
        var error = fieldError(action, itemId, field, id);
        var html = new StringBuilder("<fieldset class=\"field\"").append(describedBy(error, id)).append(">\n<legend>")
            .append(texts.text("staff.field." + field)).append("</legend>\n").append(error.orElse(""));
        var chosen = entered(action, itemId, field);
        for (int i = 0; i < values.size(); i++) {
            var value = values.get(i);
            var optionId = i == 0 ? id : id + "-" + value;
            html.append("<div class=\"choice\"><input type=\"radio\" id=\"").append(optionId).append("\" name=\"")
                .append(field).append("\" value=\"").append(value).append('"').append(value.equals(chosen) ? " checked" : "")
                .append(" required><label for=\"").append(optionId).append("\">")
                .append(texts.word(wordGroup.substring(0, wordGroup.length() - 1), value)).append("</label></div>\n");
        }
        return html.append("</fieldset>\n").toString();
    }

    /** A field's label, or the action's own where it says more, such as who reads a reason. */
    private String label(StaffAction action, String field) {
        return label(texts, action, field);
    }

    private static String label(Texts texts, StaffAction action, String field) {
        var own = "staff.field." + action.key() + "." + field;
        return texts.has(own) ? texts.text(own) : texts.text("staff.field." + field);
    }

    private static String fieldId(StaffAction action, String itemId, String field) {
        return action.key() + "-" + field + "-" + escape(itemId);
    }

    private Optional<String> fieldError(StaffAction action, String itemId, String field, String id) {
        return problem.filter(refused -> refused.isAbout(action, itemId))
            .flatMap(refused -> refused.messageFor(field))
            .map(message -> "<p class=\"field-error\" id=\"" + id + "-error\"><span class=\"visually-hidden\">"
                + texts.text("staff.error.prefix") + " </span>" + FormProblem.inPageWords(field, message, texts)
                + "</p>\n");
    }

    private static String describedBy(Optional<String> error, String id) {
        return error.isPresent() ? " aria-describedby=\"" + id + "-error\" aria-invalid=\"true\"" : "";
    }

    private String entered(StaffAction action, String itemId, String field) {
        return problem.filter(refused -> refused.isAbout(action, itemId)).map(refused -> refused.entered(field)).orElse("");
    }

    static String errorSummary(Texts texts, FormProblem refused) {
        var links = new ArrayList<String>();
        var idPart = escape(refused.itemId());
        refused.fieldMessages().forEach((field, message) -> links.add("<li><a href=\"#" + refused.action().key() + "-"
            + escape(field) + "-" + idPart + "\">" + (refused.action().fields().contains(field)
            ? label(texts, refused.action(), field) : escape(field)) + ": "
            + FormProblem.inPageWords(field, message, texts) + "</a></li>"));
        refused.formMessage(texts).ifPresent(message -> links.add("<li><a href=\"#" + refused.action().key() + "-" + idPart
            + "\">" + texts.text("staff.action." + refused.action().key()) + ": " + message + "</a></li>"));
        return "<div id=\"error-summary\" class=\"ds-error-summary error-summary\" role=\"alert\" tabindex=\"-1\" autofocus"
            + " aria-labelledby=\"error-summary-heading\">\n"
            + "<h2 id=\"error-summary-heading\">" + texts.text("staff.error.heading") + "</h2>\n<ul>\n"
            + String.join("\n", links) + "\n</ul>\n</div>\n";
    }
}
