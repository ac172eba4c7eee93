package no.samskap.gateway.shell.signin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;

import java.util.Optional;

/** What renewing a request's tokens gave: fresh tokens, or word that the Keycloak session has ended. */
record Renewal(@Nullable TokenSet tokens) {

    private static final String ATTRIBUTE = "samskap.signin.renewal";

    static Renewal renewed(TokenSet tokens) {
        return new Renewal(tokens);
    }

    static Renewal sessionEnded() {
        return new Renewal(null);
    }

    static Optional<Renewal> of(HttpRequest<?> request) {
        return request.getAttribute(ATTRIBUTE, Renewal.class);
    }

    void attachTo(HttpRequest<?> request) {
        request.setAttribute(ATTRIBUTE, this);
    }

    boolean hasEnded() {
        return tokens == null;
    }

    Optional<String> idToken() {
        return Optional.ofNullable(tokens).map(TokenSet::idToken);
    }

    Optional<String> accessToken() {
        return Optional.ofNullable(tokens).map(TokenSet::accessToken);
    }
}
