package no.samskap.events.venues.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import no.samskap.events.venues.application.CalendarEntry;

import java.time.Instant;
import java.util.UUID;

/**
 * A time the room is taken, for anyone: {@code kind} is association (with its name) or event (with its title).
 * What an association said it needs the room for is not shown.
 */
@Serdeable
public record CalendarEntryView(String bookingId, Instant startsAt, Instant endsAt, String kind,
                                @Nullable String associationId, @Nullable String associationName,
                                @Nullable String eventId, @Nullable String eventTitle) {

    static CalendarEntryView of(CalendarEntry entry) {
        return new CalendarEntryView(entry.bookingId().toString(), entry.startsAt(), entry.endsAt(),
            entry.eventId() == null ? "association" : "event", text(entry.associationId()), entry.associationName(),
            text(entry.eventId()), entry.eventTitle());
    }

    private static String text(UUID id) {
        return id == null ? null : id.toString();
    }
}
