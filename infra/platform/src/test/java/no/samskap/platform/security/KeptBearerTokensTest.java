package no.samskap.platform.security;

import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.jwt.validator.ReactiveJsonWebTokenValidator;
import org.junit.jupiter.api.Test;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class KeptBearerTokensTest {

    private static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");
    private static final HttpRequest<?> REQUEST = HttpRequest.GET("/offers");

    private final Checks checks = new Checks();
    private final MovableClock clock = new MovableClock();
    private final KeptBearerTokens tokens = new KeptBearerTokens(checks, KeptBearerTokensTest::authentication, clock, 2);

    @Test
    void aTokenCheckedOnceIsKnownAgainWithoutBeingCheckedAgain() {
        checks.accept("a", expiringIn(Duration.ofMinutes(5), "ola"));

        assertEquals(Optional.of("ola"), subjectFor("a"));
        assertEquals(Optional.of("ola"), subjectFor("a"));
        assertEquals(List.of("a"), checks.checked);
    }

    @Test
    void aKnownTokenIsCheckedAgainOnceItHasExpired() {
        checks.accept("a", expiringIn(Duration.ofMinutes(5), "ola"));
        subjectFor("a");

        clock.move(Duration.ofMinutes(5));
        checks.refuse("a");

        assertEquals(Optional.empty(), subjectFor("a"));
        assertEquals(List.of("a", "a"), checks.checked);
    }

    @Test
    void aRefusedTokenIsNeverKept() {
        checks.refuse("forged");

        assertEquals(Optional.empty(), subjectFor("forged"));
        assertEquals(Optional.empty(), subjectFor("forged"));
        assertEquals(List.of("forged", "forged"), checks.checked);
    }

    @Test
    void aTokenWithoutAnExpiryIsCheckedEveryTime() {
        checks.accept("forever", new PlainJWT(new JWTClaimsSet.Builder().subject("kari").build()));

        subjectFor("forever");
        subjectFor("forever");

        assertEquals(List.of("forever", "forever"), checks.checked);
    }

    @Test
    void whenFullTheExpiredMakeRoomAndOtherwiseANewTokenIsCheckedEachTime() {
        checks.accept("a", expiringIn(Duration.ofMinutes(1), "ola"));
        checks.accept("b", expiringIn(Duration.ofMinutes(10), "kari"));
        checks.accept("c", expiringIn(Duration.ofMinutes(10), "per"));
        subjectFor("a");
        subjectFor("b");

        subjectFor("c");
        subjectFor("c");
        assertEquals(List.of("a", "b", "c", "c"), checks.checked, "full: c is not kept");

        clock.move(Duration.ofMinutes(2));
        checks.checked.clear();
        subjectFor("c");
        subjectFor("c");
        subjectFor("b");
        assertEquals(List.of("c"), checks.checked, "a expired and made room for c; b is still known");
    }

    private Optional<String> subjectFor(String token) {
        return Mono.from(tokens.validateToken(token, REQUEST)).blockOptional().map(Authentication::getName);
    }

    private JWT expiringIn(Duration lifetime, String subject) {
        return new PlainJWT(new JWTClaimsSet.Builder().subject(subject)
            .expirationTime(Date.from(clock.instant().plus(lifetime))).build());
    }

    private static Optional<Authentication> authentication(JWT jwt) {
        try {
            return Optional.of(Authentication.build(jwt.getJWTClaimsSet().getSubject()));
        } catch (ParseException unreadable) {
            return Optional.empty();
        }
    }

    /** Micronaut's checks as the service has them: each token either holds or does not. */
    private static final class Checks implements ReactiveJsonWebTokenValidator<JWT, HttpRequest<?>> {

        private final Map<String, JWT> holding = new HashMap<>();
        private final List<String> checked = new ArrayList<>();

        void accept(String token, JWT jwt) {
            holding.put(token, jwt);
        }

        void refuse(String token) {
            holding.remove(token);
        }

        @Override
        public Publisher<JWT> validate(String token, HttpRequest<?> request) {
            checked.add(token);
            return Mono.justOrEmpty(holding.get(token));
        }

        @Override
        public Publisher<Authentication> validateToken(String token, HttpRequest<?> request) {
            throw new UnsupportedOperationException("only validate is used");
        }
    }

    private static final class MovableClock extends Clock {

        private Instant now = NOW;

        void move(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
