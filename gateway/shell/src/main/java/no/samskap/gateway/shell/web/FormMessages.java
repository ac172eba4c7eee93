package no.samskap.gateway.shell.web;

import gg.jte.Content;
import io.micronaut.core.annotation.Nullable;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a page says of a refused form, in the page's words, for its templates: a message per field, which the error
 * summary links to its field and the field shows beside itself, and one for the form as a whole.
 */
public record FormMessages(Map<String, Content> byField, @Nullable Content general) {

    public static final FormMessages NONE = new FormMessages(Map.of(), null);

    /** From messages already escaped, as {@link Texts} gives them. */
    public static FormMessages of(Map<String, String> byField, Optional<String> general) {
        var messages = new LinkedHashMap<String, Content>();
        byField.forEach((field, message) -> messages.put(field, TemplateTexts.html(message)));
        return new FormMessages(messages, general.map(TemplateTexts::html).orElse(null));
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

    /** The field's hint ({@code <field>-hint}) when it has one, and its message when refused; null when neither. */
    public @Nullable String describedBy(String field, boolean hinted) {
        var ids = (hinted ? field + "-hint " : "") + (refused(field) ? field + "-error" : "");
        return ids.isBlank() ? null : ids.strip();
    }
}
