package no.samskap.platform.security;

import com.nimbusds.jwt.JWT;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.jwt.validator.JwtAuthenticationFactory;
import io.micronaut.security.token.jwt.validator.ReactiveJsonWebTokenValidator;
import io.micronaut.security.token.validator.TokenValidator;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A service's bearer tokens, each checked once (signature, issuer, audience, times) and then known until it expires,
 * so that a client sending the same token with every request costs one map look-up rather than a parse, an RSA check
 * and a hop to a worker thread each time (ADR 0065). Ahead of Micronaut's own validator, which still checks every
 * token met for the first time and every token refused. Only where tokens are the whole credential and the claim
 * checks do not depend on the request: the services ({@code authentication: bearer}), not the gateway.
 */
@Singleton
@Requires(property = "micronaut.security.authentication", value = "bearer")
final class KeptBearerTokens implements TokenValidator<HttpRequest<?>> {

    private final ReactiveJsonWebTokenValidator<JWT, HttpRequest<?>> checks;
    private final JwtAuthenticationFactory authentications;
    private final Clock clock;
    private final int capacity;
    private final Map<String, Known> known = new ConcurrentHashMap<>();

    private record Known(Authentication authentication, Instant expiresAt) {
    }

    KeptBearerTokens(ReactiveJsonWebTokenValidator<JWT, HttpRequest<?>> checks, JwtAuthenticationFactory authentications,
                     Clock clock, @Value("${samskap.security.tokens-kept:10000}") int capacity) {
        this.checks = checks;
        this.authentications = authentications;
        this.clock = clock;
        this.capacity = capacity;
    }

    @Override
    public Publisher<Authentication> validateToken(String token, HttpRequest<?> request) {
        var now = clock.instant();
        var found = known.get(token);
        if (found != null && now.isBefore(found.expiresAt())) {
            return Mono.just(found.authentication());
        }
        if (found != null) {
            known.remove(token, found);
        }
        return Mono.from(checks.validate(token, request))
            .flatMap(jwt -> Mono.justOrEmpty(authentications.createAuthentication(jwt)
                .map(authentication -> keep(token, jwt, authentication))));
    }

    /** Before Micronaut's validator, which only runs when this one gives nothing. */
    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE;
    }

    private Authentication keep(String token, JWT jwt, Authentication authentication) {
        expiry(jwt).ifPresent(expiresAt -> {
            if (known.size() >= capacity) {
                forgetExpired();
            }
            if (known.size() < capacity) {
                known.put(token, new Known(authentication, expiresAt));
            }
        });
        return authentication;
    }

    private void forgetExpired() {
        var now = clock.instant();
        known.values().removeIf(entry -> !now.isBefore(entry.expiresAt()));
    }

    /** A token without an expiry is checked every time: nothing says until when it holds. */
    private static Optional<Instant> expiry(JWT jwt) {
        try {
            return Optional.ofNullable(jwt.getJWTClaimsSet().getExpirationTime()).map(Date::toInstant);
        } catch (ParseException unreadable) {
            return Optional.empty();
        }
    }
}
