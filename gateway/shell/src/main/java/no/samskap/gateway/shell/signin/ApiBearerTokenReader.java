package no.samskap.gateway.shell.signin;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.token.cookie.CookieTokenReader;
import io.micronaut.security.token.reader.TokenReader;
import jakarta.inject.Singleton;
import no.samskap.gateway.shell.web.ApiBearer;

import java.util.Optional;

/** Offers Micronaut an API client's bearer token ahead of any sign-in cookie; {@link SignInClaims} judges it. */
@Singleton
final class ApiBearerTokenReader implements TokenReader<HttpRequest<?>> {

    @Override
    public Optional<String> findToken(HttpRequest<?> request) {
        return ApiBearer.of(request).filter(token -> !token.isBlank());
    }

    @Override
    public int getOrder() {
        return CookieTokenReader.ORDER - 2;
    }
}
