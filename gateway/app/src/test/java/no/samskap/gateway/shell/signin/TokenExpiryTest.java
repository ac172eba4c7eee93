package no.samskap.gateway.shell.signin;

import com.nimbusds.jose.PlainHeader;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TokenExpiryTest {

    private static final Instant NOW = Instant.parse("2026-11-01T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @Test
    void letsACookieLiveAsLongAsItsTokenDoes() {
        assertEquals(Optional.of(Duration.ofSeconds(300)), TokenExpiry.lifetime(expiringAt(NOW.plusSeconds(300)), CLOCK));
    }

    @Test
    void givesATokenThatHasRunOutNoTimeRatherThanNegativeTime() {
        assertEquals(Optional.of(Duration.ZERO), TokenExpiry.lifetime(expiringAt(NOW.minusSeconds(5)), CLOCK));
    }

    @Test
    void countsATokenAsAboutToRunOutOnlyInsideTheMargin() {
        assertTrue(TokenExpiry.expiresWithin(expiringAt(NOW.plusSeconds(29)), Duration.ofSeconds(30), CLOCK));
        assertFalse(TokenExpiry.expiresWithin(expiringAt(NOW.plusSeconds(31)), Duration.ofSeconds(30), CLOCK));
    }

    @Test
    void treatsSomethingThatIsNoTokenAsRunOutAndOfUnknownLifetime() {
        assertTrue(TokenExpiry.expiresWithin("not-a-token", Duration.ofSeconds(30), CLOCK));
        assertEquals(Optional.empty(), TokenExpiry.lifetime("not-a-token", CLOCK));
    }

    private static String expiringAt(Instant expiry) {
        return new PlainJWT(new PlainHeader(), new JWTClaimsSet.Builder().expirationTime(Date.from(expiry)).build())
            .serialize();
    }
}
