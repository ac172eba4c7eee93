package no.samskap.gateway.events.live;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * Something changed about a public event: {@code change} says what ({@code event}, {@code seats} or {@code shifts});
 * for seats it carries the new count, so a page can show it without asking again. {@code freeSeats} is null when
 * the event has no limit.
 */
@Serdeable
public record EventChange(String municipality, String eventId, String change, @Nullable Integer freeSeats,
                          @Nullable Integer waiting) {

    public static EventChange of(String municipality, String eventId, String change) {
        return new EventChange(municipality, eventId, change, null, null);
    }
}
