package no.samskap.gateway.shell.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/** Every page's header holds a sign-out form for a signed-in person, so any page may be the one that issues the token. */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class CsrfCookieFilter {

    private final CsrfTokens tokens;

    CsrfCookieFilter(CsrfTokens tokens) {
        this.tokens = tokens;
    }

    @ResponseFilter
    void rememberTheTokenGiven(HttpRequest<?> request, MutableHttpResponse<?> response) {
        tokens.rememberGiven(request, response);
    }
}
