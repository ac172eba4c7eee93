package no.samskap.contract.events;

import java.time.Instant;

/** The event's facts changed; {@code facts} is the whole new description, not a difference. */
public record EventUpdated(String eventId, EventFacts facts, String updatedBy, Instant updatedAt) {
}
