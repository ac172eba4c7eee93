package no.samskap.gateway.events.organisers;

import gg.jte.Content;
import io.micronaut.core.annotation.Nullable;
import no.samskap.gateway.shell.web.TemplateTexts;
import no.samskap.gateway.shell.web.Texts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What an organiser's page says of a refusal, in the page's words: a message per field of its forms, and what the
 * refusal says beyond them. {@code organisers/errors.jte} sums them up, each field's message linked to it.
 */
public record FieldMessages(Map<String, Content> byField, @Nullable Content general) {

    static final FieldMessages NONE = new FieldMessages(Map.of(), null);

    /** The messages for {@code fields}; the general one unless the refusal names one of {@code namedFields}. */
    static FieldMessages of(Texts texts, Optional<FormRefusal> refusal, List<String> fields, List<String> namedFields) {
        if (refusal.isEmpty()) {
            return NONE;
        }
        var messages = new LinkedHashMap<String, Content>();
        fields.forEach(field -> refusal.get().messageFor(field, texts)
            .ifPresent(message -> messages.put(field, TemplateTexts.html(message))));
        return new FieldMessages(messages,
            refusal.get().general(texts, namedFields).map(TemplateTexts::html).orElse(null));
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
        return refused(field) ? field + "-error" : null;
    }
}
