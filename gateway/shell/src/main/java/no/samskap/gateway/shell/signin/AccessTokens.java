package no.samskap.gateway.shell.signin;

import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import no.samskap.gateway.shell.web.ApiBearer;

import java.util.Optional;

/**
 * The signed-in person's Keycloak access token (audience {@code samskap-services}), to relay as
 * {@code Authorization: Bearer} when the gateway calls a service on their behalf: the one an API client sent itself,
 * or else the browser's, which has at least 30 s left since {@link TokenRenewalFilter} renews it before that.
 */
@Singleton
public final class AccessTokens {

    private final SignInCookies cookies;

    AccessTokens(SignInCookies cookies) {
        this.cookies = cookies;
    }

    public Optional<String> toRelay(HttpRequest<?> request) {
        var bearer = ApiBearer.of(request);
        if (bearer.isPresent()) {
            return bearer;
        }
        var renewal = Renewal.of(request);
        if (renewal.isPresent()) {
            return renewal.get().accessToken();
        }
        return cookies.read(SignInCookies.ACCESS_TOKEN, request);
    }
}
