package no.samskap.gateway.ideas.pages;

import no.samskap.gateway.shell.web.CsrfTokens;
import no.samskap.gateway.shell.web.Texts;

import static no.samskap.gateway.shell.web.Html.escape;

/** The small forms of an idea page: a button alone, or a labelled text with its refusal tied to it. */
final class PageFormParts {

    private PageFormParts() {
    }

    static String button(String id, String action, String csrf, String hiddenName, String hiddenValue, String label) {
        return """
            <form method="post" action="%s" id="%s" class="inline-form">
              <input type="hidden" name="%s" value="%s">
              <input type="hidden" name="%s" value="%s">
              <button type="submit">%s</button>
            </form>""".formatted(escape(action), id, CsrfTokens.FIELD, escape(csrf), hiddenName, hiddenValue, label);
    }

    /**
     * A form with one text field named {@code field}; {@code formId} both names the form and, with "-text", its field.
     * After a refusal of this form, its message follows the label and is tied to the field.
     */
    static String text(String formId, String action, String csrf, String field, String label, String hint,
                       String button, Viewing viewing, Texts texts, String extraHidden) {
        var problem = viewing.problem() != null && viewing.problem().form().equals(formId) && viewing.problem().refusal() != null
            ? viewing.problem() : null;
        var fieldId = formId + "-text";
        var error = "";
        var describedBy = fieldId + "-hint";
        if (problem != null) {
            var message = problem.refusal().messageFor(field, texts);
            if (message == null) {
                message = problem.refusal().general(texts, java.util.List.of());
            }
            error = "<p class=\"field-error\" id=\"%s-error\" role=\"alert\"><span class=\"visually-hidden\">%s</span> %s</p>\n"
                .formatted(fieldId, texts.text("form.errorPrefix"), message);
            describedBy += " " + fieldId + "-error";
        }
        return """
            <form method="post" action="%s" id="%s" class="text-form">
              <input type="hidden" name="%s" value="%s">%s
              <label for="%s">%s</label>
              <p class="hint" id="%s-hint">%s</p>
              %s<textarea id="%s" name="%s" rows="4" maxlength="5000" aria-describedby="%s">%s</textarea>
              <p><button type="submit">%s</button></p>
            </form>""".formatted(escape(action), formId, CsrfTokens.FIELD, escape(csrf), extraHidden, fieldId, label,
            fieldId, hint, error, fieldId, field, describedBy, IdeaFormView.textareaContent(viewing.typedIn(formId)), button);
    }
}
