package no.samskap.gateway.shell.signin;

import com.nimbusds.jwt.JWTParser;

import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a token Keycloak issued runs out, read from its {@code exp} claim without checking the signature: the
 * answer only decides how long a cookie lives and when to refresh, never whether a token is trusted.
 */
final class TokenExpiry {

    private TokenExpiry() {
    }

    static Optional<Instant> of(String token) {
        try {
            var expiry = JWTParser.parse(token).getJWTClaimsSet().getExpirationTime();
            return Optional.ofNullable(expiry).map(java.util.Date::toInstant);
        } catch (ParseException notAJwt) {
            return Optional.empty();
        }
    }

    /** How long a cookie holding the token should live; empty when the token names no expiry. */
    static Optional<Duration> lifetime(String token, Clock clock) {
        return of(token).map(expiry -> {
            var remaining = Duration.between(clock.instant(), expiry);
            return remaining.isNegative() ? Duration.ZERO : remaining;
        });
    }

    static boolean expiresWithin(String token, Duration margin, Clock clock) {
        return of(token).map(expiry -> expiry.isBefore(clock.instant().plus(margin))).orElse(true);
    }
}
