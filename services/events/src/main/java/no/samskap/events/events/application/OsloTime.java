package no.samskap.events.events.application;

import no.samskap.events.events.domain.Refusal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * Reads the times organisers give. A local date-time is Norwegian wall-clock time: 18:00 on a winter day is 17:00
 * UTC and on a summer day 16:00 UTC. A time that does not exist (the hour skipped when summer time starts) moves
 * forward by the gap, as a clock does.
 */
public final class OsloTime {

    public static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private OsloTime() {
    }

    public static Instant read(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        var value = text.strip();
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeException offsetless) {
            try {
                var local = LocalDateTime.parse(value);
                if (local.getYear() > 9_999 || local.getYear() < 2_000) {
                    throw Refusal.invalid(field, "must be a year from 2000 to 9999");
                }
                return local.atZone(OSLO).toInstant();
            } catch (DateTimeException unreadable) {
                throw Refusal.invalid(field, "must be a date and time such as 2027-03-27T18:00 (Norwegian time)"
                    + " or 2027-03-27T18:00:00+01:00");
            }
        }
    }
}
