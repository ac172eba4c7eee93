package no.samskap.gateway.organisations.pages;

import no.samskap.gateway.shell.web.CsrfTokens;
import no.samskap.gateway.shell.web.Texts;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static no.samskap.gateway.shell.web.Html.escape;

/**
 * Designsystemet form parts the module's forms share: a field with its label, hint and message (linked to the input
 * with {@code aria-describedby}), the error summary that links each message to its field, and the CSRF field.
 */
public final class FormParts {

    /** How a field is drawn: its id and name, its label key, its hint key (or null) and its input's attributes. */
    public record Field(String name, String labelKey, String hintKey, String attributes) {
    }

    private FormParts() {
    }

    public static String csrf(String token) {
        return "<input type=\"hidden\" name=\"" + CsrfTokens.FIELD + "\" value=\"" + escape(token) + "\">";
    }

    /** An {@code <input>} with what the person typed; {@code error} the message, if the field was refused. */
    public static String input(Texts texts, Field field, String typed, Optional<String> error) {
        return field(texts, field, error, "<input class=\"ds-input\" id=\"%s\" name=\"%s\" value=\"%s\"%s%s>"
            .formatted(field.name(), field.name(), escape(typed), describedBy(field, error), attributes(field)));
    }

    public static String textarea(Texts texts, Field field, String typed, Optional<String> error) {
        return field(texts, field, error, "<textarea class=\"ds-input\" id=\"%s\" name=\"%s\" rows=\"5\"%s%s>%s</textarea>"
            .formatted(field.name(), field.name(), describedBy(field, error), attributes(field), escape(typed)));
    }

    /** A {@code <select>} of {@code choices} (value to already escaped text), the typed one selected. */
    public static String select(Texts texts, Field field, Map<String, String> choices, String typed,
                                Optional<String> error) {
        var options = new StringBuilder();
        choices.forEach((value, text) -> options.append("\n  <option value=\"").append(escape(value)).append('"')
            .append(value.equals(typed) ? " selected" : "").append('>').append(text).append("</option>"));
        return field(texts, field, error, "<select class=\"ds-input\" id=\"%s\" name=\"%s\"%s%s>%s\n</select>"
            .formatted(field.name(), field.name(), describedBy(field, error), attributes(field), options));
    }

    /** The summary at the top of a refused form: each message links to its field; {@code general} one for the form. */
    public static String errorSummary(Texts texts, Map<String, String> messagesByField, Optional<String> general) {
        if (messagesByField.isEmpty() && general.isEmpty()) {
            return "";
        }
        var items = new StringBuilder();
        general.ifPresent(message -> items.append("\n    <li>").append(message).append("</li>"));
        messagesByField.forEach((field, message) -> items.append("\n    <li><a class=\"ds-link\" href=\"#")
            .append(field).append("\">").append(message).append("</a></li>"));
        return """
            <div class="ds-error-summary" id="error-summary" tabindex="-1" autofocus role="alert" aria-labelledby="error-summary-heading">
              <h2 class="ds-heading" data-size="xs" id="error-summary-heading">%s</h2>
              <ul class="ds-list">%s
              </ul>
            </div>
            """.formatted(texts.text("org.error.summary"), items);
    }

    public static String button(String text, String variant) {
        return "<button class=\"ds-button\" data-variant=\"" + variant + "\" type=\"submit\">" + text + "</button>";
    }

    public static List<String> names(List<Field> fields) {
        return fields.stream().map(Field::name).toList();
    }

    private static String field(Texts texts, Field field, Optional<String> error, String control) {
        var hint = field.hintKey() == null ? ""
            : "\n  <div data-field=\"description\" id=\"%s-hint\">%s</div>".formatted(field.name(), texts.text(field.hintKey()));
        var message = error.map(text -> "\n  <p class=\"ds-validation-message\" data-field=\"validation\" id=\"%s-error\">%s</p>"
            .formatted(field.name(), text)).orElse("");
        return """
            <div class="ds-field">
              <label class="ds-label" for="%s">%s</label>%s%s
              %s
            </div>""".formatted(field.name(), texts.text(field.labelKey()), hint, message, control);
    }

    private static String describedBy(Field field, Optional<String> error) {
        var ids = (field.hintKey() == null ? "" : field.name() + "-hint ") + (error.isPresent() ? field.name() + "-error" : "");
        return (ids.isBlank() ? "" : " aria-describedby=\"" + ids.strip() + "\"")
            + (error.isPresent() ? " aria-invalid=\"true\"" : "");
    }

    private static String attributes(Field field) {
        return field.attributes().isEmpty() ? "" : " " + field.attributes();
    }
}
