package no.samskap.gateway.events.venues;

import gg.jte.Content;
import io.micronaut.core.annotation.Nullable;
import no.samskap.gateway.events.organisers.FormRefusal;
import no.samskap.gateway.shell.web.TemplateTexts;
import no.samskap.gateway.shell.web.Texts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static no.samskap.gateway.shell.web.Html.escape;

/**
 * Why a venue form came back: a message per field of the form the service (or the gateway) named, in the page's
 * words ({@code ven.error.<field>}), and what the refusal says beyond them ({@code ven.problem.<kind>}). Templates
 * link each field's message to it with {@code aria-describedby} and sum them up at the top.
 */
public record FormProblems(Map<String, Content> byField, @Nullable Content general) {

    public static final FormProblems NONE = new FormProblems(Map.of(), null);

    static FormProblems of(FormRefusal refusal, Texts texts, List<String> fields) {
        var messages = new LinkedHashMap<String, Content>();
        refusal.errors().stream().filter(error -> fields.contains(error.field())).forEach(error ->
            messages.putIfAbsent(error.field(), TemplateTexts.html(message(texts, error.field(), refusal.status(),
                error.message()))));
        var general = messages.isEmpty() ? TemplateTexts.html(general(texts, refusal)) : null;
        return new FormProblems(messages, general);
    }

    /** The gateway's own refusal of one field, before anything is sent. */
    static FormProblems field(Texts texts, String field) {
        return new FormProblems(Map.of(field, TemplateTexts.html(message(texts, field, 400, ""))), null);
    }

    public boolean any() {
        return !byField.isEmpty() || general != null;
    }

    public @Nullable Content message(String field) {
        return byField.get(field);
    }

    public @Nullable String invalid(String field) {
        return byField.containsKey(field) ? "true" : null;
    }

    /** The ids that describe the field: its hint, if any, and its message when refused. */
    public @Nullable String describedBy(String field, @Nullable String hint) {
        var ids = (hint == null ? "" : hint + " ") + (byField.containsKey(field) ? field + "-error" : "");
        return ids.isBlank() ? null : ids.strip();
    }

    private static String message(Texts texts, String field, int status, @Nullable String serviceWords) {
        for (var key : List.of("ven.error." + field + "." + status, "ven.error." + field)) {
            if (texts.has(key)) {
                return texts.text(key);
            }
        }
        return serviceWords == null || serviceWords.isBlank() ? texts.text("ven.error.other") : escape(serviceWords);
    }

    private static String general(Texts texts, FormRefusal refusal) {
        for (var key : List.of("ven.problem." + refusal.kind(), "ven.problem.status." + refusal.status())) {
            if (texts.has(key)) {
                return texts.text(key);
            }
        }
        return texts.text("ven.problem.refused");
    }
}
