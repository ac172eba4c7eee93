package no.samskap.gateway.shell.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.cookie.Cookie;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Double-submit CSRF tokens: a random value in an HttpOnly cookie that each form repeats in the hidden field
 * {@value #FIELD}. Another site can make a browser send the cookie, but cannot read it to fill in the field.
 */
@Singleton
public final class CsrfTokens {

    public static final String FIELD = "_csrf";
    public static final String HEADER = "X-CSRF-Token";
    static final String COOKIE = "samskap_csrf";
    private static final String GIVEN = "samskap.csrf.given";
    private static final String REMEMBERED = "samskap.csrf.remembered";

    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final int RANDOM_BYTES = 32;

    private final SecureRandom random = new SecureRandom();
    private final BrowserCookies cookies;

    CsrfTokens(BrowserCookies cookies) {
        this.cookies = cookies;
    }

    /**
     * The browser's token, or a new one if it has none yet, the same for every form of one request (the page's and
     * the header's sign-out); pass it to {@link #remember} with the page, or {@link CsrfCookieFilter} will.
     */
    public CsrfToken tokenFor(HttpRequest<?> request) {
        var given = request.getAttribute(GIVEN, CsrfToken.class);
        if (given.isPresent()) {
            return given.get();
        }
        var token = issued(request)
            .map(value -> new CsrfToken(value, false))
            .orElseGet(() -> new CsrfToken(newValue(), true));
        request.setAttribute(GIVEN, token);
        return token;
    }

    public void remember(CsrfToken token, HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (token.isNew() && request.getAttribute(REMEMBERED, Boolean.class).isEmpty()) {
            response.cookie(cookies.create(COOKIE, token.value(), Optional.empty(), request));
            request.setAttribute(REMEMBERED, Boolean.TRUE);
        }
    }

    /** Sends the cookie for a token this request gave out and the page did not remember itself. */
    void rememberGiven(HttpRequest<?> request, MutableHttpResponse<?> response) {
        request.getAttribute(GIVEN, CsrfToken.class).ifPresent(token -> remember(token, request, response));
    }

    boolean matches(HttpRequest<?> request, String submitted) {
        return issued(request)
            .map(expected -> MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                submitted.getBytes(StandardCharsets.US_ASCII)))
            .orElse(false);
    }

    private Optional<String> issued(HttpRequest<?> request) {
        return request.getCookies().findCookie(COOKIE)
            .map(Cookie::getValue)
            .filter(value -> WELL_FORMED.matcher(value).matches());
    }

    private String newValue() {
        var bytes = new byte[RANDOM_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** {@code isNew} means the browser does not have it yet. */
    public record CsrfToken(String value, boolean isNew) {
    }
}
