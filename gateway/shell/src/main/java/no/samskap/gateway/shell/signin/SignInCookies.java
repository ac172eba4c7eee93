package no.samskap.gateway.shell.signin;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.security.token.cookie.AccessTokenCookieConfiguration;
import jakarta.inject.Singleton;
import no.samskap.gateway.shell.web.BrowserCookies;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The three cookies of a signed-in browser. Micronaut reads the ID token cookie to know who is signed in; the
 * access token rides along to be relayed to services, and the refresh token renews both before they run out.
 * Each cookie lives exactly as long as the token in it.
 */
@Singleton
final class SignInCookies {

    static final String ACCESS_TOKEN = "samskap_access";
    static final String REFRESH_TOKEN = "samskap_refresh";

    private final BrowserCookies cookies;
    private final String idTokenCookie;
    private final Clock clock;

    SignInCookies(BrowserCookies cookies, AccessTokenCookieConfiguration idTokenCookie, Clock clock) {
        this.cookies = cookies;
        this.idTokenCookie = idTokenCookie.getCookieName();
        this.clock = clock;
    }

    String idTokenCookie() {
        return idTokenCookie;
    }

    Optional<String> read(String name, HttpRequest<?> request) {
        return request.getCookies().findCookie(name).map(Cookie::getValue).filter(value -> !value.isBlank());
    }

    List<Cookie> forTokens(TokenSet tokens, HttpRequest<?> request) {
        return forTokens(tokens.idToken(), tokens.accessToken(), tokens.refreshToken(), request);
    }

    /** Cookies for whichever of the tokens are present. */
    List<Cookie> forTokens(String idToken, String accessToken, String refreshToken, HttpRequest<?> request) {
        return Stream.of(
                cookie(idTokenCookie, idToken, request),
                cookie(ACCESS_TOKEN, accessToken, request),
                cookie(REFRESH_TOKEN, refreshToken, request))
            .flatMap(Optional::stream)
            .toList();
    }

    void expireAll(HttpRequest<?> request, MutableHttpResponse<?> response) {
        for (var name : List.of(idTokenCookie, ACCESS_TOKEN, REFRESH_TOKEN)) {
            cookies.expire(name, request, response);
        }
    }

    private Optional<Cookie> cookie(String name, String token, HttpRequest<?> request) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(cookies.create(name, token, TokenExpiry.lifetime(token, clock), request));
    }
}
