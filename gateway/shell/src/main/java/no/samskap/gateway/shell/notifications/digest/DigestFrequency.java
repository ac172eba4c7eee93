package no.samskap.gateway.shell.notifications.digest;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.Optional;

/**
 * How often a person wants the digest: never (the default), each morning, or each Monday morning, at 07:00 Norwegian
 * time whatever the season.
 */
enum DigestFrequency {
    OFF("off"),
    DAILY("daily"),
    WEEKLY("weekly");

    private static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");
    private static final LocalTime MORNING = LocalTime.of(7, 0);

    private final String code;

    DigestFrequency(String code) {
        this.code = code;
    }

    String code() {
        return code;
    }

    static Optional<DigestFrequency> coded(String code) {
        return Arrays.stream(values()).filter(frequency -> frequency.code.equals(code)).findFirst();
    }

    /** The first digest time strictly after {@code now}; empty when off. */
    Optional<Instant> nextAfter(Instant now) {
        if (this == OFF) {
            return Optional.empty();
        }
        var day = now.atZone(NORWAY).toLocalDate();
        if (this == WEEKLY) {
            day = day.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        }
        var first = day.atTime(MORNING).atZone(NORWAY).toInstant();
        if (first.isAfter(now)) {
            return Optional.of(first);
        }
        var next = this == WEEKLY ? day.plusWeeks(1) : day.plusDays(1);
        return Optional.of(next.atTime(MORNING).atZone(NORWAY).toInstant());
    }
}
