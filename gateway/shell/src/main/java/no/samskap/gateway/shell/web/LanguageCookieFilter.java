package no.samskap.gateway.shell.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;

import java.time.Duration;

/** Remembers a language picked by link for a year, so every later page comes in it. */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class LanguageCookieFilter {

    private static final Duration REMEMBERED_FOR = Duration.ofDays(365);

    @ResponseFilter
    void rememberPickedLanguage(HttpRequest<?> request, MutableHttpResponse<?> response) {
        LanguageChoice.picked(request).ifPresent(language -> response.cookie(Cookie.of(LanguageChoice.COOKIE, language.tag())
            .path("/")
            .maxAge(REMEMBERED_FOR)
            .sameSite(SameSite.Lax)));
    }
}
