package no.samskap.gateway.shell.web;

import gg.jte.Content;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A page's {@link Texts} as templates use them: each result is already escaped by {@link Texts}, so it is handed to
 * the template as {@link Content}, which the template writes as it is instead of escaping it a second time.
 */
public record TemplateTexts(Texts texts) {

    public Content get(String key, Object... arguments) {
        return html(texts.text(key, arguments));
    }

    /** The word for a code such as a type or status, as {@link Texts#word} gives it. */
    public Content word(String group, String code) {
        return html(texts.word(group, code));
    }

    public Content date(LocalDate date) {
        return html(texts.date(date));
    }

    public Content date(Instant instant) {
        return html(texts.date(instant));
    }

    public Content number(long number) {
        return html(texts.number(number));
    }

    public String languageTag() {
        return texts.language().tag();
    }

    /** Markup the caller built safely (from {@link Texts}, {@link Html#escape} or another template) and vouches for. */
    public static Content html(String safeHtml) {
        return output -> output.writeContent(safeHtml);
    }
}
