package no.samskap.organisations.attests.application;

import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/** Dates as the people recording and reading sightings count them: in Norway. */
@Singleton
class OsloCalendar {

    static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");

    private final Clock clock;

    OsloCalendar(Clock clock) {
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(NORWAY));
    }

    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
