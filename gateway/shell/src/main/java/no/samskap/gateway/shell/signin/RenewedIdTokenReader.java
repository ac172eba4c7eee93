package no.samskap.gateway.shell.signin;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.token.cookie.CookieTokenReader;
import io.micronaut.security.token.reader.TokenReader;
import jakarta.inject.Singleton;

import java.util.Optional;

/** Offers Micronaut the ID token renewed for this very request ahead of the older one in the cookie. */
@Singleton
final class RenewedIdTokenReader implements TokenReader<HttpRequest<?>> {

    @Override
    public Optional<String> findToken(HttpRequest<?> request) {
        return Renewal.of(request).flatMap(Renewal::idToken);
    }

    @Override
    public int getOrder() {
        return CookieTokenReader.ORDER - 1;
    }
}
