package no.samskap.events.venues.application;

import java.time.Instant;
import java.util.UUID;

/**
 * A time the room is taken, as anyone may see it: by an association (its name) or by an event (its title), never
 * the purpose an association gave.
 */
public record CalendarEntry(UUID bookingId, Instant startsAt, Instant endsAt, UUID associationId,
                            String associationName, UUID eventId, String eventTitle) {
}
