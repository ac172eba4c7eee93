package no.samskap.organisations.attests.application;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OsloCalendarTest {

    @Test
    void todayIsTheDateInNorwayNotInUtc() {
        var lateEveningUtc = Clock.fixed(Instant.parse("2026-12-01T23:30:00Z"), ZoneOffset.UTC);

        assertEquals(LocalDate.of(2026, 12, 2), new OsloCalendar(lateEveningUtc).today());
    }

    @Test
    void inSummerNorwayIsTwoHoursAhead() {
        var evening = Clock.fixed(Instant.parse("2027-06-30T21:59:00Z"), ZoneOffset.UTC);
        var midnight = Clock.fixed(Instant.parse("2027-06-30T22:00:00Z"), ZoneOffset.UTC);

        assertEquals(LocalDate.of(2027, 6, 30), new OsloCalendar(evening).today());
        assertEquals(LocalDate.of(2027, 7, 1), new OsloCalendar(midnight).today());
    }

    @Test
    void timesAreKeptToTheMicrosecondAsTheDatabaseKeepsThem() {
        var clock = Clock.fixed(Instant.parse("2026-12-01T10:00:00.123456789Z"), ZoneOffset.UTC);

        assertEquals(Instant.parse("2026-12-01T10:00:00.123456Z"), new OsloCalendar(clock).now());
    }
}
