package no.samskap.gateway.shell.web;

import io.micronaut.http.HttpRequest;

import java.util.Locale;
import java.util.Optional;

/**
 * Which language a visitor reads: what they picked by link ({@code ?lang=}), else what they picked before (the
 * cookie), else the best match of their browser's whole Accept-Language list, else bokmål. Micronaut's own resolver
 * reads only the first tag and ignores q-values, so a Norwegian browser listing "no" or "nn" after "de" would get
 * English.
 */
public final class LanguageChoice {

    public static final String PARAMETER = "lang";
    public static final String COOKIE = "samskap_lang";

    private LanguageChoice() {
    }

    public static Language of(HttpRequest<?> request) {
        return of(request.getParameters().get(PARAMETER),
            request.getCookies().findCookie(COOKIE).map(cookie -> cookie.getValue()).orElse(null),
            request.getHeaders().get("Accept-Language"));
    }

    static Language of(String picked, String remembered, String acceptLanguage) {
        return Language.tagged(String.valueOf(picked))
            .or(() -> Language.tagged(String.valueOf(remembered)))
            .or(() -> bestMatch(acceptLanguage))
            .orElse(Language.BOKMAL);
    }

    /** The link's choice, to be remembered in the cookie; an unknown value is ignored. */
    static Optional<Language> picked(HttpRequest<?> request) {
        return Language.tagged(String.valueOf(request.getParameters().get(PARAMETER)));
    }

    private static Optional<Language> bestMatch(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Optional.empty();
        }
        try {
            var ranges = Locale.LanguageRange.parse(withNorwegianAsBokmal(acceptLanguage));
            return Optional.ofNullable(Locale.lookupTag(ranges, Language.tags())).flatMap(Language::tagged);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Browsers often send plain "no" for Norwegian; we read it as bokmål, the written form most use. */
    private static String withNorwegianAsBokmal(String acceptLanguage) {
        return acceptLanguage.replaceAll("(?i)(^|,)\\s*no(-[a-z]{2})?\\s*(?=;|,|$)", "$1nb");
    }
}
