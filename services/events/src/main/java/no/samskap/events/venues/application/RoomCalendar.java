package no.samskap.events.venues.application;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import no.samskap.events.events.domain.Refusal;
import no.samskap.events.venues.domain.Schedule;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** A venue's public calendar: when its room is taken, day by day in Norwegian dates. */
@Singleton
public class RoomCalendar {

    static final int DEFAULT_DAYS = 31;
    static final int LONGEST_DAYS = 366;

    private final VenueChanges venues;
    private final CalendarEntries entries;
    private final Clock clock;

    RoomCalendar(VenueChanges venues, CalendarEntries entries, Clock clock) {
        this.venues = venues;
        this.entries = entries;
        this.clock = clock;
    }

    /** From the first day up to and including the last; today and the month after when not given. */
    @ReadOnly
    public List<CalendarEntry> of(String venueId, String from, String to) {
        var venue = venues.existing(venueId);
        var first = from == null || from.isBlank() ? LocalDate.now(clock.withZone(Schedule.OSLO))
            : date("from", from);
        var last = to == null || to.isBlank() ? first.plusDays(DEFAULT_DAYS) : date("to", to);
        if (last.isBefore(first)) {
            throw Refusal.invalid("to", "must not be before from");
        }
        if (ChronoUnit.DAYS.between(first, last) > LONGEST_DAYS) {
            throw Refusal.invalid("to", "show at most a year at a time");
        }
        return entries.between(venue.id(), first.atStartOfDay(Schedule.OSLO).toInstant(),
            last.plusDays(1).atStartOfDay(Schedule.OSLO).toInstant());
    }

    private static LocalDate date(String field, String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeException e) {
            throw Refusal.invalid(field, "must be a date such as 2027-01-11");
        }
    }
}
