package no.samskap.gateway.organisations.pages;

import gg.jte.Content;
import io.micronaut.core.annotation.Nullable;
import no.samskap.gateway.shell.web.TemplateTexts;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a page says of a refused form, in the page's words: a message per field, linked to it, and one for the form
 * as a whole. {@code errors.jte} sums them up at the top; {@code fieldHead.jte} puts each beside its field.
 */
public record PageMessages(Map<String, Content> byField, @Nullable Content general) {

    /** From messages already escaped, as {@link no.samskap.gateway.shell.web.Texts} gives them. */
    public static PageMessages of(Map<String, String> byField, Optional<String> general) {
        var messages = new LinkedHashMap<String, Content>();
        byField.forEach((field, message) -> messages.put(field, TemplateTexts.html(message)));
        return new PageMessages(messages, general.map(TemplateTexts::html).orElse(null));
    }

    public boolean any() {
        return !byField.isEmpty() || general != null;
    }

    public boolean refused(String field) {
        return byField.containsKey(field);
    }

    public @Nullable Content message(String field) {
        return byField.get(field);
    }

    /** {@code "true"} for a refused field; left out otherwise. */
    public @Nullable String invalid(String field) {
        return refused(field) ? "true" : null;
    }

    public @Nullable String describedBy(String field) {
        return describedBy(field, false);
    }

    /** The field's hint, when it has one, and its message when refused; null when neither. */
    public @Nullable String describedBy(String field, boolean hinted) {
        var ids = (hinted ? field + "-hint " : "") + (refused(field) ? field + "-error" : "");
        return ids.isBlank() ? null : ids.strip();
    }
}
