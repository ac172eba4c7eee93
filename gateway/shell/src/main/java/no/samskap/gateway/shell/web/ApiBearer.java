package no.samskap.gateway.shell.web;

import io.micronaut.http.HttpRequest;

import java.util.Optional;

/**
 * The access token an API client sends to {@code /api/} as {@code Authorization: Bearer} (ADR 0055). When one is
 * present it alone says who is calling: the sign-in cookies are not read, no CSRF token is asked for (a page of
 * another site cannot add the header without a CORS preflight the gateway never grants), and a token that does not
 * hold is refused with 401 rather than read as a visitor. Empty when the request has none, or is not for the API.
 */
public final class ApiBearer {

    private static final String SCHEME = "Bearer";

    private ApiBearer() {
    }

    /** The token as sent, possibly blank; present whenever an API request names the Bearer scheme. */
    public static Optional<String> of(HttpRequest<?> request) {
        if (!RefusalHandler.isApi(request.getPath())) {
            return Optional.empty();
        }
        return request.getHeaders().getAuthorization()
            .map(String::trim)
            .filter(ApiBearer::namesTheBearerScheme)
            .map(value -> value.substring(SCHEME.length()).trim());
    }

    /** {@code Bearer <token>}, or {@code Bearer} alone, which is a token that does not hold. */
    private static boolean namesTheBearerScheme(String value) {
        return value.regionMatches(true, 0, SCHEME, 0, SCHEME.length())
            && (value.length() == SCHEME.length() || Character.isWhitespace(value.charAt(SCHEME.length())));
    }
}
