package no.samskap.gateway.shell.notifications.digest;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DigestFrequencyTest {

    @Test
    void aDailyDigestIsDueAtSevenInTheMorningNorwegianTimeInWinterAndSummer() {
        assertEquals(at("2026-12-08T06:00:00Z"), DigestFrequency.DAILY.nextAfter(Instant.parse("2026-12-07T10:00:00Z")));
        assertEquals(at("2026-12-07T06:00:00Z"), DigestFrequency.DAILY.nextAfter(Instant.parse("2026-12-07T05:59:59Z")));
        assertEquals(at("2027-06-15T05:00:00Z"), DigestFrequency.DAILY.nextAfter(Instant.parse("2027-06-14T05:00:00Z")));
    }

    @Test
    void theMorningAfterTheClocksGoForwardIsAnHourEarlierInUtc() {
        assertEquals(at("2027-03-28T05:00:00Z"), DigestFrequency.DAILY.nextAfter(Instant.parse("2027-03-27T06:00:00Z")));
    }

    @Test
    void aWeeklyDigestIsDueOnMondayMorningAndAMondayAfterSevenWaitsAWeek() {
        assertEquals(at("2026-12-14T06:00:00Z"), DigestFrequency.WEEKLY.nextAfter(Instant.parse("2026-12-07T10:00:00Z")));
        assertEquals(at("2026-12-07T06:00:00Z"), DigestFrequency.WEEKLY.nextAfter(Instant.parse("2026-12-03T12:00:00Z")));
    }

    @Test
    void noDigestIsEverDueWhenItIsOff() {
        assertEquals(Optional.empty(), DigestFrequency.OFF.nextAfter(Instant.parse("2026-12-07T10:00:00Z")));
    }

    private static Optional<Instant> at(String instant) {
        return Optional.of(Instant.parse(instant));
    }
}
