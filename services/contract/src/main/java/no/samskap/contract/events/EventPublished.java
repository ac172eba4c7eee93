package no.samskap.contract.events;

import java.time.Instant;

/** The event is open to the public and to registration, as {@code facts} describe it. */
public record EventPublished(String eventId, EventFacts facts, String publishedBy, Instant publishedAt) {
}
