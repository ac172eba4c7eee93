package no.samskap.events.venues.domain;

import java.time.Instant;

/** One stretch of time a booking takes the room, from {@code startsAt} up to (not including) {@code endsAt}. */
public record Occurrence(Instant startsAt, Instant endsAt) {
}
