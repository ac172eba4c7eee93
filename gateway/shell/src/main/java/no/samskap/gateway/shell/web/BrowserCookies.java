package no.samskap.gateway.shell.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.security.token.cookie.AccessTokenCookieConfiguration;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.Optional;

/**
 * Makes every cookie the gateway sets with the attributes of the sign-in cookie ({@code micronaut.security.token.cookie.*}):
 * HttpOnly, SameSite=Lax, path /, and Secure when the request came over TLS or {@code cookie-secure} says so.
 */
@Singleton
public final class BrowserCookies {

    private final AccessTokenCookieConfiguration settings;

    BrowserCookies(AccessTokenCookieConfiguration settings) {
        this.settings = settings;
    }

    /** A cookie that lives for {@code lifetime}, or until the browser closes when it is empty. */
    public Cookie create(String name, String value, Optional<Duration> lifetime, HttpRequest<?> request) {
        var cookie = Cookie.of(name, value).configure(settings, request.isSecure());
        lifetime.ifPresent(cookie::maxAge);
        return cookie;
    }

    public void expire(String name, HttpRequest<?> request, MutableHttpResponse<?> response) {
        response.cookie(create(name, "", Optional.of(Duration.ZERO), request));
    }

    /** Whether the response already sets or expires the named cookie. */
    public static boolean sets(MutableHttpResponse<?> response, String name) {
        return response.getHeaders().getAll("Set-Cookie").stream().anyMatch(header -> header.startsWith(name + "="));
    }
}
